import { isAllowedByPolicy, type AccessPolicy } from '@umbrella/domain';
import type { Context } from './context.ts';
import { AppError } from './errors.ts';
import { auditAccessDenied } from './services/access/access-denied.ts';
import type { StaffContext } from './services/access/client-record.ts';

/**
 * For entry points outside tRPC (file uploads and downloads, the subject access bundle): the caller's tier
 * checked as a procedure's would be, a refusal audited.
 */
export async function requirePolicy(
  ctx: Context,
  entry: string,
  policy: AccessPolicy,
): Promise<StaffContext> {
  const session = ctx.session;
  const subject = session ? { ...session.user, status: session.status } : null;
  if (session && isAllowedByPolicy(policy, subject)) return { ...ctx, session };
  if (!session || session.status !== 'active')
    throw new AppError('UNAUTHORIZED', 'Please sign in to continue.');
  await auditAccessDenied(ctx, session, entry, policy);
  throw new AppError('FORBIDDEN', 'You do not have access to this.');
}
