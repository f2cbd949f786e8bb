import { describe, expect, it } from 'vitest';
import { effectiveSessionStatus, nextSessionStatus, type SignInSubject } from './session-status.ts';

const caseworker: SignInSubject = {
  role: 'caseworker',
  isAdmin: false,
  totpEnabled: false,
  mustChangePassword: false,
};

describe('nextSessionStatus', () => {
  it('lets a caseworker without TOTP straight in', () => {
    expect(nextSessionStatus(caseworker, { totp: false })).toBe('active');
  });

  it('asks for the code first when TOTP is enrolled', () => {
    const user = { ...caseworker, totpEnabled: true, mustChangePassword: true };
    expect(nextSessionStatus(user, { totp: false })).toBe('needs_totp');
    expect(nextSessionStatus(user, { totp: true })).toBe('needs_password_change');
  });

  it('forces enrolment on supervisors and admins without TOTP, after any password change', () => {
    expect(nextSessionStatus({ ...caseworker, role: 'supervisor' }, { totp: false })).toBe(
      'needs_totp_enrolment',
    );
    expect(
      nextSessionStatus({ ...caseworker, isAdmin: true, mustChangePassword: true }, { totp: false }),
    ).toBe('needs_password_change');
    expect(nextSessionStatus({ ...caseworker, isAdmin: true, totpEnabled: true }, { totp: true })).toBe(
      'active',
    );
  });
});

describe('effectiveSessionStatus', () => {
  it('pulls an active session back when the user has become a supervisor without TOTP', () => {
    expect(effectiveSessionStatus('active', { ...caseworker, role: 'supervisor' }, false)).toBe(
      'needs_totp_enrolment',
    );
  });

  it('never skips the code step while the user has TOTP', () => {
    expect(effectiveSessionStatus('needs_totp', { ...caseworker, totpEnabled: true }, false)).toBe(
      'needs_totp',
    );
  });

  it('does not let enrolment in another browser sign this session in without a code', () => {
    const supervisorNowEnrolled = { ...caseworker, role: 'supervisor' as const, totpEnabled: true };
    expect(effectiveSessionStatus('needs_totp_enrolment', supervisorNowEnrolled, false)).toBe('needs_totp');
    expect(effectiveSessionStatus('needs_password_change', { ...caseworker, totpEnabled: true }, false)).toBe(
      'needs_totp',
    );
    expect(effectiveSessionStatus('active', supervisorNowEnrolled, true)).toBe('active');
  });

  it('frees a session waiting for a code when TOTP was switched off meanwhile', () => {
    expect(effectiveSessionStatus('needs_totp', caseworker, false)).toBe('active');
  });

  it('moves a session on once the step is done elsewhere', () => {
    expect(effectiveSessionStatus('needs_password_change', caseworker, false)).toBe('active');
  });
});
