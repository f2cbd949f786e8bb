import type { Role } from './roles.ts';

/**
 * The access-policy vocabulary. Every tRPC procedure declares one of these beside its definition, and a test
 * walks the router to check that each has one and that it is enforced.
 *
 * - `public`: anyone, signed in or not (sign-in, first-run set-up, health of the session).
 * - `signingIn`: a session that has passed the password step but not yet the second factor, a forced password
 *   change or a forced TOTP enrolment; it reaches only the steps that finish signing in.
 * - `authed`: any fully signed-in user.
 * - `roles`: fully signed-in users whose role is listed (admins are not implied).
 * - `admin`: fully signed-in users with the admin capability.
 * - `rolesOrAdmin`: fully signed-in users whose role is listed, or who are admins (the audit viewer).
 */
export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'signingIn' }
  | { kind: 'authed' }
  | { kind: 'roles'; roles: readonly Role[] }
  | { kind: 'admin' }
  | { kind: 'rolesOrAdmin'; roles: readonly Role[] };

export type SessionStatus = 'needs_totp' | 'needs_password_change' | 'needs_totp_enrolment' | 'active';

export interface PolicySubject {
  role: Role;
  isAdmin: boolean;
  status: SessionStatus;
}

/** Whether a caller (or nobody, when signed out) passes a policy. Pure, so the tests can enumerate it. */
export function isAllowedByPolicy(policy: AccessPolicy, subject: PolicySubject | null): boolean {
  switch (policy.kind) {
    case 'public':
      return true;
    case 'signingIn':
      return subject !== null;
    case 'authed':
      return subject?.status === 'active';
    case 'roles':
      return subject?.status === 'active' && policy.roles.includes(subject.role);
    case 'admin':
      return subject?.status === 'active' && subject.isAdmin;
    case 'rolesOrAdmin':
      return subject?.status === 'active' && (subject.isAdmin || policy.roles.includes(subject.role));
  }
}

export function describePolicy(policy: AccessPolicy): string {
  switch (policy.kind) {
    case 'public':
      return 'anyone';
    case 'signingIn':
      return 'a user part-way through signing in';
    case 'authed':
      return 'any signed-in user';
    case 'roles':
      return `signed-in ${policy.roles.join(' or ')}`;
    case 'admin':
      return 'signed-in administrators';
    case 'rolesOrAdmin':
      return `signed-in ${policy.roles.join(' or ')}, or administrators`;
  }
}
