import { describe, expect, it } from 'vitest';
import { isAllowedByPolicy, type AccessPolicy, type PolicySubject } from './policy.ts';
import { isSecondFactorRequired } from './roles.ts';

const active = (role: PolicySubject['role'], isAdmin = false): PolicySubject => ({
  role,
  isAdmin,
  status: 'active',
});

describe('isAllowedByPolicy', () => {
  it('lets anyone through a public policy', () => {
    expect(isAllowedByPolicy({ kind: 'public' }, null)).toBe(true);
  });

  it('refuses signed-out callers everything else', () => {
    const policies: AccessPolicy[] = [
      { kind: 'signingIn' },
      { kind: 'authed' },
      { kind: 'admin' },
      { kind: 'roles', roles: ['volunteer', 'caseworker', 'supervisor'] },
    ];
    for (const policy of policies) expect(isAllowedByPolicy(policy, null)).toBe(false);
  });

  it('keeps a half-signed-in session out of data until every step is done', () => {
    const pending: PolicySubject = { role: 'supervisor', isAdmin: true, status: 'needs_totp_enrolment' };
    expect(isAllowedByPolicy({ kind: 'signingIn' }, pending)).toBe(true);
    expect(isAllowedByPolicy({ kind: 'authed' }, pending)).toBe(false);
    expect(isAllowedByPolicy({ kind: 'admin' }, pending)).toBe(false);
    expect(isAllowedByPolicy({ kind: 'roles', roles: ['supervisor'] }, pending)).toBe(false);
  });

  it('checks roles exactly, without implying admin or hierarchy', () => {
    const supervisorsOnly: AccessPolicy = { kind: 'roles', roles: ['supervisor'] };
    expect(isAllowedByPolicy(supervisorsOnly, active('supervisor'))).toBe(true);
    expect(isAllowedByPolicy(supervisorsOnly, active('caseworker', true))).toBe(false);
    expect(isAllowedByPolicy({ kind: 'admin' }, active('volunteer', true))).toBe(true);
    expect(isAllowedByPolicy({ kind: 'admin' }, active('supervisor'))).toBe(false);
  });

  it('lets the listed roles or any admin through rolesOrAdmin, and nobody half signed in', () => {
    const supervisorsOrAdmins: AccessPolicy = { kind: 'rolesOrAdmin', roles: ['supervisor'] };
    expect(isAllowedByPolicy(supervisorsOrAdmins, active('supervisor'))).toBe(true);
    expect(isAllowedByPolicy(supervisorsOrAdmins, active('caseworker', true))).toBe(true);
    expect(isAllowedByPolicy(supervisorsOrAdmins, active('caseworker'))).toBe(false);
    expect(isAllowedByPolicy(supervisorsOrAdmins, active('volunteer'))).toBe(false);
    expect(isAllowedByPolicy(supervisorsOrAdmins, null)).toBe(false);
    const pending: PolicySubject = { role: 'supervisor', isAdmin: true, status: 'needs_totp' };
    expect(isAllowedByPolicy(supervisorsOrAdmins, pending)).toBe(false);
  });
});

describe('isSecondFactorRequired', () => {
  it('requires it of supervisors and admins only', () => {
    expect(isSecondFactorRequired({ role: 'volunteer', isAdmin: false })).toBe(false);
    expect(isSecondFactorRequired({ role: 'caseworker', isAdmin: false })).toBe(false);
    expect(isSecondFactorRequired({ role: 'supervisor', isAdmin: false })).toBe(true);
    expect(isSecondFactorRequired({ role: 'volunteer', isAdmin: true })).toBe(true);
  });
});
