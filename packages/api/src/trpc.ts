import { initTRPC, TRPCError } from '@trpc/server';
import { isAllowedByPolicy, type AccessPolicy, type Role } from '@umbrella/domain';
import { z, ZodError } from 'zod';
import type { Context, CurrentSession } from './context.ts';
import { AppError } from './errors.ts';
import { auditAccessDenied } from './services/access/access-denied.ts';

export interface ProcedureMeta {
  /** Who may call the procedure: declared beside every procedure through its tier. */
  policy: AccessPolicy;
}

const INTERNAL_MESSAGE = 'Something went wrong on our side. Nothing was saved; please try again.';

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    isDev: false,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const fieldErrors =
        cause instanceof ZodError
          ? (z.flattenError(cause).fieldErrors as Record<string, string[]>)
          : cause instanceof AppError
            ? cause.fieldErrors
            : undefined;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      const message =
        cause instanceof ZodError
          ? firstZodMessage(cause)
          : cause instanceof SyntaxError
            ? 'The request body is not valid JSON.'
            : internal
              ? INTERNAL_MESSAGE
              : shape.message;
      const { stack: _stack, ...data } = shape.data;
      return { ...shape, message, data: { ...data, fieldErrors: fieldErrors ?? null } };
    },
  });

function firstZodMessage(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request was not valid.';
  const field = issue.path.join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** PostgreSQL's unique_violation, raised when two requests race to create the same thing. */
function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return cause?.code === '23505';
}

/** Maps the services' error vocabulary to tRPC codes, in one place. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) throw new TRPCError({ code: cause.code, message: cause.message, cause });
  if (isUniqueViolation(cause)) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'This clashes with a record saved a moment ago. Reload, then try again.',
    });
  }
  return result;
});

function enforce(policy: AccessPolicy) {
  return t.middleware(async ({ ctx, next, path }) => {
    const session = ctx.session;
    const subject = session ? { ...session.user, status: session.status } : null;
    if (!isAllowedByPolicy(policy, subject)) {
      if (!session || session.status !== 'active') {
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
      }
      // A signed-in user reaching for what their role does not allow: refused and recorded.
      await auditAccessDenied(ctx, session, path, policy);
      throw new TRPCError({ code: 'FORBIDDEN', message: 'You do not have access to this.' });
    }
    return next();
  });
}

const base = t.procedure.use(mapErrors);

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

/** PostgreSQL cannot store the NUL character: refuse it in any input with a clear message, not a 500. */
const refuseNul = t.middleware(async ({ getRawInput, next }) => {
  if (containsNul(await getRawInput())) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Text must not contain the NUL character.' });
  }
  return next();
});

function tier(policy: AccessPolicy) {
  return base.meta({ policy }).use(enforce(policy)).use(refuseNul);
}

/** Narrows the context: past these tiers there is always a session. */
const withSession = t.middleware(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
  return next({ ctx: { ...ctx, session: ctx.session as CurrentSession } });
});

export const publicProcedure = tier({ kind: 'public' });
/** Part-way through signing in (code, forced password change or enrolment still to do), or fully signed in. */
export const signingInProcedure = tier({ kind: 'signingIn' }).use(withSession);
export const authedProcedure = tier({ kind: 'authed' }).use(withSession);
export const adminProcedure = tier({ kind: 'admin' }).use(withSession);
export function roleProcedure(...roles: [Role, ...Role[]]) {
  return tier({ kind: 'roles', roles }).use(withSession);
}
/** The listed roles, or any administrator (the audit viewer). */
export function roleOrAdminProcedure(...roles: [Role, ...Role[]]) {
  return tier({ kind: 'rolesOrAdmin', roles }).use(withSession);
}
