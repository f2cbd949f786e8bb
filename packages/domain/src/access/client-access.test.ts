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
