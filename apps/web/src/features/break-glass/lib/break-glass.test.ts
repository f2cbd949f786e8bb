import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import {
  breakGlassBannerText,
  grantPeriodText,
  isRestrictedRefusal,
  msUntilEnd,
  pageRangeText,
} from './break-glass.ts';

function trpcError(code: string, message: string) {
  return new TRPCClientError(message, { result: { error: { message, code: -32603, data: { code } } } });
}

describe('isRestrictedRefusal', () => {
  it('knows the refusal of a restricted record', () => {
    expect(
      isRestrictedRefusal(trpcError('FORBIDDEN', "This client's record is restricted to their team.")),
    ).toBe(true);
  });

  it('leaves other refusals and errors alone', () => {
    expect(isRestrictedRefusal(trpcError('FORBIDDEN', 'You do not have access to this.'))).toBe(false);
    expect(
      isRestrictedRefusal(trpcError('NOT_FOUND', "This client's record is restricted to their team.")),
    ).toBe(false);
    expect(isRestrictedRefusal(new Error('offline'))).toBe(false);
    expect(isRestrictedRefusal(undefined)).toBe(false);
  });
});

describe('breakGlassBannerText', () => {
  it('gives the time the access ends, in London', () => {
    expect(breakGlassBannerText('2026-11-23T14:05:00Z', new Date('2026-11-23T13:05:00Z'))).toBe(
      'You opened this restricted record with break-glass until 14:05. Your reason and every view are recorded.',
    );
    expect(breakGlassBannerText('2026-06-01T13:05:00Z', new Date('2026-06-01T12:05:00Z'))).toMatch(
      /until 14:05\./,
    );
  });

  it('names the day when the access ends after midnight', () => {
    expect(breakGlassBannerText('2026-11-24T00:30:00Z', new Date('2026-11-23T23:45:00Z'))).toMatch(
      /until 24 Nov 2026, 00:30\./,
    );
  });
});

describe('grantPeriodText', () => {
  it('says when it opened, until when, and whether it still runs', () => {
    const grant = { openedAt: '2026-11-23T13:05:00Z', expiresAt: '2026-11-23T14:05:00Z', running: false };
    expect(grantPeriodText(grant)).toBe('23 Nov 2026, 13:05 until 14:05');
    expect(grantPeriodText({ ...grant, running: true })).toBe(
      '23 Nov 2026, 13:05 until 14:05 (still running)',
    );
    expect(grantPeriodText({ ...grant, expiresAt: '2026-11-24T05:05:00Z' })).toBe(
      '23 Nov 2026, 13:05 until 24 Nov 2026, 05:05',
    );
  });
});

describe('msUntilEnd', () => {
  it('counts down to the end, never below nought', () => {
    const now = new Date('2026-11-23T13:05:00Z');
    expect(msUntilEnd('2026-11-23T14:05:00Z', now)).toBe(3_600_000);
    expect(msUntilEnd('2026-11-23T13:00:00Z', now)).toBe(0);
    expect(msUntilEnd('not a time', now)).toBeNull();
    expect(msUntilEnd('2027-11-23T14:05:00Z', now)).toBeNull();
  });
});

describe('pageRangeText', () => {
  it('says which of how many are shown', () => {
    expect(pageRangeText(0, 0, 0)).toBe('None to show');
    expect(pageRangeText(0, 1, 1)).toBe('Showing 1');
    expect(pageRangeText(0, 7, 7)).toBe('Showing all 7');
    expect(pageRangeText(0, 10, 23)).toBe('Showing 1 to 10 of 23');
    expect(pageRangeText(20, 3, 23)).toBe('Showing 21 to 23 of 23');
  });
});
