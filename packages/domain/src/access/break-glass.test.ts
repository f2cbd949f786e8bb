import { describe, expect, it } from 'vitest';
import {
  BREAK_GLASS_REASON_MAX,
  breakGlassExpiry,
  breakGlassListInput,
  breakGlassRefusal,
  breakGlassUntilText,
  isBreakGlassActive,
  openBreakGlassInput,
  reviewBreakGlassInput,
} from './break-glass.ts';

const ID = '0b9d7c2e-4c1a-4f7e-9a51-6f1d2c3b4a59';
const opened = new Date('2026-11-23T13:05:00Z');

describe('breakGlassExpiry', () => {
  it('ends an hour after opening by default', () => {
    expect(breakGlassExpiry(opened).toISOString()).toBe('2026-11-23T14:05:00.000Z');
  });

  it('takes the organisation’s minutes, from 1 to 480', () => {
    expect(breakGlassExpiry(opened, 1).toISOString()).toBe('2026-11-23T13:06:00.000Z');
    expect(breakGlassExpiry(opened, 480).toISOString()).toBe('2026-11-23T21:05:00.000Z');
    for (const minutes of [0, 481, 1.5, Number.NaN]) {
      expect(() => breakGlassExpiry(opened, minutes)).toThrow(RangeError);
    }
  });
});

describe('isBreakGlassActive', () => {
  const grant = { expiresAt: '2026-11-23T14:05:00.000Z' };

  it('runs until, and not including, its end', () => {
    expect(isBreakGlassActive(grant, new Date('2026-11-23T13:05:00Z'))).toBe(true);
    expect(isBreakGlassActive(grant, new Date('2026-11-23T14:04:59.999Z'))).toBe(true);
    expect(isBreakGlassActive(grant, new Date('2026-11-23T14:05:00Z'))).toBe(false);
    expect(isBreakGlassActive(grant, new Date('2026-11-24T09:00:00Z'))).toBe(false);
  });

  it('reads a Date as well as a string', () => {
    expect(isBreakGlassActive({ expiresAt: new Date(grant.expiresAt) }, opened)).toBe(true);
  });
});

describe('breakGlassRefusal', () => {
  const restrictedB = { id: 'p', restricted: true, teamId: 'team-b' };

  it('lets a caseworker break glass on a restricted client outside their teams', () => {
    expect(breakGlassRefusal({ role: 'caseworker', teamIds: ['team-a'] }, restrictedB)).toBeNull();
    expect(
      breakGlassRefusal({ role: 'caseworker', teamIds: [] }, { ...restrictedB, teamId: null }),
    ).toBeNull();
  });

  it('refuses a client the caseworker can open already', () => {
    const caseworker = { role: 'caseworker' as const, teamIds: ['team-b'] };
    expect(breakGlassRefusal(caseworker, restrictedB)).toBe('can_already_open');
    expect(breakGlassRefusal(caseworker, { ...restrictedB, restricted: false })).toBe('can_already_open');
  });

  it('ignores a grant already running: the question is the record without one', () => {
    const holding = { role: 'caseworker' as const, teamIds: [], breakGlassPersonIds: ['p'] };
    expect(breakGlassRefusal(holding, restrictedB)).toBeNull();
  });

  it('refuses supervisors and volunteers', () => {
    expect(breakGlassRefusal({ role: 'supervisor', teamIds: [] }, restrictedB)).toBe('not_caseworker');
    expect(breakGlassRefusal({ role: 'volunteer', teamIds: [] }, restrictedB)).toBe('not_caseworker');
  });
});

describe('breakGlassUntilText', () => {
  it('gives the time alone when the grant ends today in London', () => {
    expect(breakGlassUntilText('2026-11-23T14:05:00Z', opened)).toBe('14:05');
    // Summer time: 13:05 UTC is 14:05 in London.
    expect(breakGlassUntilText('2026-07-01T13:05:00Z', new Date('2026-07-01T12:05:00Z'))).toBe('14:05');
  });

  it('gives the day too when it ends after midnight', () => {
    expect(breakGlassUntilText('2026-11-24T00:30:00Z', new Date('2026-11-23T23:30:00Z'))).toBe(
      '24 Nov 2026, 00:30',
    );
  });
});

describe('input schemas', () => {
  it('needs a reason, trimmed, at most 1000 characters', () => {
    expect(openBreakGlassInput.parse({ personId: ID, reason: '  Safeguarding call  ' }).reason).toBe(
      'Safeguarding call',
    );
    const blank = openBreakGlassInput.safeParse({ personId: ID, reason: '   ' });
    expect(blank.success ? [] : blank.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['reason', 'Enter the reason'],
    ]);
    expect(openBreakGlassInput.safeParse({ personId: ID }).success).toBe(false);
    expect(
      openBreakGlassInput.safeParse({ personId: ID, reason: 'x'.repeat(BREAK_GLASS_REASON_MAX) }).success,
    ).toBe(true);
    expect(
      openBreakGlassInput.safeParse({ personId: ID, reason: 'x'.repeat(BREAK_GLASS_REASON_MAX + 1) }).success,
    ).toBe(false);
    expect(openBreakGlassInput.safeParse({ personId: 'nope', reason: 'x' }).success).toBe(false);
  });

  it('reviews at a version, the note optional (empty is none)', () => {
    expect(reviewBreakGlassInput.parse({ id: ID, version: 1 })).toEqual({ id: ID, version: 1, note: null });
    expect(reviewBreakGlassInput.parse({ id: ID, version: 2, note: '  ' }).note).toBeNull();
    expect(reviewBreakGlassInput.parse({ id: ID, version: 2, note: 'Spoke to them' }).note).toBe(
      'Spoke to them',
    );
    expect(reviewBreakGlassInput.safeParse({ id: ID }).success).toBe(false);
    expect(reviewBreakGlassInput.safeParse({ id: ID, version: 1, note: 'x'.repeat(1001) }).success).toBe(
      false,
    );
  });

  it('lists the grants to review by default, a page at a time', () => {
    expect(breakGlassListInput.parse({})).toEqual({ show: 'to_review', offset: 0, limit: 20 });
    expect(breakGlassListInput.safeParse({ limit: 101 }).success).toBe(false);
    expect(breakGlassListInput.safeParse({ offset: -1 }).success).toBe(false);
    expect(breakGlassListInput.safeParse({ show: 'reviewed' }).success).toBe(false);
  });
});
