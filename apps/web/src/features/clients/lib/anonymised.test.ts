import { describe, expect, it } from 'vitest';
import { anonymisedNotice } from './anonymised.ts';

describe('anonymisedNotice', () => {
  it('gives the day the record was anonymised, in London', () => {
    expect(anonymisedNotice('2026-11-23T10:15:00.000Z')).toBe('This record was anonymised on 23 Nov 2026.');
    // 23:30 UTC on 30 June is already 1 July in London (summer time).
    expect(anonymisedNotice('2026-06-30T23:30:00.000Z')).toBe('This record was anonymised on 1 Jul 2026.');
  });
});
