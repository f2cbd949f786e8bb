import { describe, expect, it } from 'vitest';
import { dayPartOf, slotOf, speaksLanguage } from './availability.ts';
import { feedSummary } from './feed.ts';

describe('availability', () => {
  it('puts an appointment in its London weekday and part of the day', () => {
    expect(slotOf(new Date('2026-12-04T14:00:00Z'))).toBe('fri-afternoon');
    expect(slotOf(new Date('2026-12-06T09:00:00Z'))).toBe('sun-morning');
    // 23:30 UTC on Sunday 5 Jul is 00:30 BST on Monday 6 Jul.
    expect(slotOf(new Date('2026-07-05T23:30:00Z'))).toBe('mon-morning');
  });

  it('splits the day at noon and 17:00', () => {
    expect(dayPartOf(11)).toBe('morning');
    expect(dayPartOf(12)).toBe('afternoon');
    expect(dayPartOf(16)).toBe('afternoon');
    expect(dayPartOf(17)).toBe('evening');
  });

  it('matches languages whatever their case and spacing', () => {
    expect(speaksLanguage(['Tigrinya', 'English'], ' tigrinya ')).toBe(true);
    expect(speaksLanguage(['English'], 'Romanian')).toBe(false);
    expect(speaksLanguage(['English'], null)).toBe(false);
  });
});

describe('feedSummary', () => {
  it('says what, when and the area only', () => {
    const appointment = { startsAt: new Date('2026-12-05T14:00:00Z'), area: 'Croydon' };
    expect(feedSummary(appointment, 'volunteer')).toBe('Accompaniment, 14:00, Croydon');
    expect(feedSummary({ ...appointment, area: null }, 'staff')).toBe('Client appointment, 14:00');
  });
});
