import type { SessionStatus } from '../access/policy.ts';
import { isSecondFactorRequired, type Role } from '../access/roles.ts';

export interface SignInSubject {
  role: Role;
  isAdmin: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
}

/**
 * The step a session is at, given what the user has proved so far. Signing in runs, in order:
 * password -> TOTP code (if enrolled) -> replace an admin-set password -> enrol TOTP (if the role requires it).
 */
export function nextSessionStatus(user: SignInSubject, proved: { totp: boolean }): SessionStatus {
  if (user.totpEnabled && !proved.totp) return 'needs_totp';
  if (user.mustChangePassword) return 'needs_password_change';
  if (!user.totpEnabled && isSecondFactorRequired(user)) return 'needs_totp_enrolment';
  return 'active';
}

/**
 * A stored status re-checked against the user as they are now: an admin may since have made them a
 * supervisor (TOTP now required) or reset their password; they may have enrolled TOTP in another browser,
 * which this session has not proved. Only what this session itself proved counts.
 */
export function effectiveSessionStatus(
  stored: SessionStatus,
  user: SignInSubject,
  sessionProvedTotp: boolean,
): SessionStatus {
  if (stored === 'needs_totp' && user.totpEnabled) return stored;
  return nextSessionStatus(user, { totp: sessionProvedTotp });
}
