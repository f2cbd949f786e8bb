import { describe, expect, it } from 'vitest';
import { instantToLondonLocal, londonDateOf, londonLocalToInstant, londonTimeOf } from './local-time.ts';

describe('London wall-clock times', () => {
  it('reads winter times as GMT and summer times as BST', () => {
    expect(londonLocalToInstant('2026-12-05T14:00').toISOString()).toBe('2026-12-05T14:00:00.000Z');
    expect(londonLocalToInstant('2026-07-05T14:00').toISOString()).toBe('2026-07-05T13:00:00.000Z');
  });

  it('round-trips', () => {
    for (const local of ['2026-01-01T00:00', '2026-03-29T03:30', '2026-10-25T00:59', '2026-11-23T23:59']) {
      expect(instantToLondonLocal(londonLocalToInstant(local))).toBe(local);
    }
  });

  it('takes the first of the repeated hour when the clocks go back', () => {
    // 25 Oct 2026: 01:30 happens twice; the first is BST (00:30Z).
    expect(londonLocalToInstant('2026-10-25T01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('moves a time inside the missing spring hour forward', () => {
    // 29 Mar 2026: 01:00 -> 02:00 BST; 01:30 does not exist and becomes 02:30 BST (01:30Z).
    expect(londonLocalToInstant('2026-03-29T01:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('gives the London date and time of an instant', () => {
    expect(londonDateOf('2026-07-05T23:30:00Z')).toBe('2026-07-06');
    expect(londonTimeOf('2026-07-05T23:30:00Z')).toBe('00:30');
    expect(londonDateOf(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-05');
  });

  it('refuses text that is not a local date-time', () => {
    expect(() => londonLocalToInstant('not a date')).toThrow(RangeError);
  });
});
