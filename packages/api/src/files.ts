import { isAllowedByPolicy, type AccessPolicy } from '@umbrella/domain';
import type { Context } from './context.ts';
import { AppError, type AppErrorCode } from './errors.ts';
import { auditAccessDenied } from './services/access/access-denied.ts';
import type { StaffContext } from './services/access/client-record.ts';
import type { AttachmentView } from './services/communications/communication-view.ts';
import { readDocument, type DocumentFile } from './services/documents/read-document.ts';
import { stageDocument } from './services/documents/stage-document.ts';

/**
 * Files travel outside tRPC (raw bytes up, a download down), so these two entry points apply the same rules
 * as a procedure: the caller's tier first (a refusal audited), then the client record check in the service.
 */
export const FILE_POLICY: AccessPolicy = { kind: 'roles', roles: ['caseworker', 'supervisor'] };

async function requireStaff(ctx: Context, entry: string): Promise<StaffContext> {
  const session = ctx.session;
  const subject = session ? { ...session.user, status: session.status } : null;
  if (session && isAllowedByPolicy(FILE_POLICY, subject)) return { ...ctx, session };
  if (!session || session.status !== 'active')
    throw new AppError('UNAUTHORIZED', 'Please sign in to continue.');
  await auditAccessDenied(ctx, session, entry, FILE_POLICY);
  throw new AppError('FORBIDDEN', 'You do not have access to this.');
}

export async function uploadFile(
  ctx: Context,
  input: { personId: string; filename: string; bytes: Uint8Array },
): Promise<AttachmentView> {
  return stageDocument(await requireStaff(ctx, 'files.upload'), input);
}

export async function downloadFile(ctx: Context, id: string): Promise<DocumentFile> {
  return readDocument(await requireStaff(ctx, 'files.download'), id);
}

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** An AppError as an HTTP answer: the status and a body shaped like a tRPC error's (message, field errors). */
export function fileErrorResponse(
  error: unknown,
): { status: number; body: { message: string; fieldErrors: Record<string, string[]> } } | null {
  if (!(error instanceof AppError)) return null;
  return {
    status: STATUS[error.code],
    body: { message: error.message, fieldErrors: error.fieldErrors ?? {} },
  };
}
