import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.ts';
import {
  approvalRefusal,
  approverNeeded,
  canApproveAnonymisation,
  canRequestAnonymisation,
  OWN_REQUEST_MESSAGE,
  type RetentionActor,
} from './approval.ts';

let next = 0;
const actor = (role: Role, isAdmin = false): RetentionActor => ({ id: `user-${++next}`, role, isAdmin });

const kinds = {
  supervisor: () => actor('supervisor'),
  'admin (caseworker)': () => actor('caseworker', true),
  'admin (volunteer)': () => actor('volunteer', true),
  'supervisor and admin': () => actor('supervisor', true),
  caseworker: () => actor('caseworker'),
  volunteer: () => actor('volunteer'),
} as const;
type Kind = keyof typeof kinds;

describe('who may ask', () => {
  it('is supervisors and administrators only', () => {
    expect(canRequestAnonymisation(kinds.supervisor())).toBe(true);
    expect(canRequestAnonymisation(kinds['admin (caseworker)']())).toBe(true);
    expect(canRequestAnonymisation(kinds['admin (volunteer)']())).toBe(true);
    expect(canRequestAnonymisation(kinds['supervisor and admin']())).toBe(true);
    expect(canRequestAnonymisation(kinds.caseworker())).toBe(false);
    expect(canRequestAnonymisation(kinds.volunteer())).toBe(false);
  });
});

describe('the two-person rule', () => {
  // requester -> approver -> allowed
  const table: [Kind, Kind, boolean][] = [
    ['supervisor', 'supervisor', false],
    ['supervisor', 'admin (caseworker)', true],
    ['supervisor', 'admin (volunteer)', true],
    ['supervisor', 'supervisor and admin', true],
    ['supervisor', 'caseworker', false],
    ['supervisor', 'volunteer', false],
    ['admin (caseworker)', 'supervisor', true],
    ['admin (caseworker)', 'supervisor and admin', true],
    ['admin (caseworker)', 'admin (caseworker)', false],
    ['admin (caseworker)', 'admin (volunteer)', false],
    ['admin (caseworker)', 'caseworker', false],
    ['admin (volunteer)', 'supervisor', true],
    ['supervisor and admin', 'supervisor', true],
    ['supervisor and admin', 'admin (caseworker)', true],
    ['supervisor and admin', 'supervisor and admin', true],
    ['supervisor and admin', 'caseworker', false],
    ['supervisor and admin', 'volunteer', false],
    ['caseworker', 'supervisor and admin', false],
    ['volunteer', 'supervisor and admin', false],
  ];

  it.each(table)('a request by %s approved by %s: %s', (requesterKind, approverKind, allowed) => {
    const requester = kinds[requesterKind]();
    const approver = kinds[approverKind]();
    expect(canApproveAnonymisation(requester, approver)).toBe(allowed);
    expect(approvalRefusal(requester, approver) === null).toBe(allowed);
  });

  it.each(Object.keys(kinds) as Kind[])('never lets a %s approve their own request', (kind) => {
    const same = kinds[kind]();
    expect(canApproveAnonymisation(same, same)).toBe(false);
    expect(approvalRefusal(same, same)).toBe(OWN_REQUEST_MESSAGE);
  });

  it('says who is needed', () => {
    expect(approverNeeded(kinds.supervisor())).toBe('an administrator');
    expect(approverNeeded(kinds['admin (caseworker)']())).toBe('a supervisor');
    expect(approverNeeded(kinds['supervisor and admin']())).toBe('another supervisor or administrator');
    expect(approvalRefusal(kinds.supervisor(), kinds.supervisor())).toContain('approved by an administrator');
  });
});
