import { describe, expect, it } from 'vitest';
import { canOpenClient } from './client-access.ts';

const open = { restricted: false, teamId: 'team-a' };
const restrictedA = { restricted: true, teamId: 'team-a' };
const restrictedNoTeam = { restricted: true, teamId: null };

describe('canOpenClient', () => {
  it('lets supervisors open every client', () => {
    const supervisor = { role: 'supervisor' as const, teamIds: [] };
    expect([open, restrictedA, restrictedNoTeam].map((c) => canOpenClient(supervisor, c))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('lets caseworkers open unrestricted clients and restricted ones of their own teams only', () => {
    const onTeam = { role: 'caseworker' as const, teamIds: ['team-a'] };
    const offTeam = { role: 'caseworker' as const, teamIds: ['team-b'] };
    expect(canOpenClient(onTeam, restrictedA)).toBe(true);
    expect(canOpenClient(offTeam, restrictedA)).toBe(false);
    expect(canOpenClient(offTeam, open)).toBe(true);
    expect(canOpenClient(onTeam, restrictedNoTeam)).toBe(false);
  });

  it('never lets volunteers open a client record', () => {
    const volunteer = { role: 'volunteer' as const, teamIds: ['team-a'] };
    expect([open, restrictedA].map((c) => canOpenClient(volunteer, c))).toEqual([false, false]);
  });
});

describe('canOpenClient with break-glass', () => {
  const restrictedB = { id: 'person-b', restricted: true, teamId: 'team-b' };
  const caseworker = { role: 'caseworker' as const, teamIds: ['team-a'], breakGlassPersonIds: ['person-b'] };

  it('lets a caseworker open the restricted client their running grant names, and no other', () => {
    expect(canOpenClient(caseworker, restrictedB)).toBe(true);
    expect(canOpenClient(caseworker, { ...restrictedB, id: 'person-c' })).toBe(false);
  });

  it('needs the client’s id for a grant to count', () => {
    expect(canOpenClient(caseworker, { restricted: true, teamId: 'team-b' })).toBe(false);
  });

  it('gives volunteers nothing, whatever grant they might hold', () => {
    expect(canOpenClient({ ...caseworker, role: 'volunteer' }, restrictedB)).toBe(false);
  });
});
