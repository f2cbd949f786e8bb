import { describe, expect, it } from 'vitest';
import { formatDayAndTime, formatLocalDay } from '../../../lib/dates.ts';
import { formatWhen, interpreterText } from './format.ts';

const TODAY = '2026-11-20';

describe('formatting accompaniments', () => {
  it('writes the day with its weekday, and the year only when it is not this year', () => {
    expect(formatLocalDay('2026-12-04T14:00', TODAY)).toBe('Fri 4 Dec');
    expect(formatLocalDay('2027-01-05T09:00', TODAY)).toBe('Tue 5 Jan 2027');
  });

  it('writes when an appointment is, across midnight too', () => {
    expect(formatWhen('2026-12-04T14:00', '2026-12-04T15:30', TODAY)).toBe('Fri 4 Dec, 14:00–15:30');
    expect(formatWhen('2026-12-04T22:00', '2026-12-05T01:00', TODAY)).toBe(
      'Fri 4 Dec, 22:00 to Sat 5 Dec, 01:00',
    );
  });

  it('writes an instant in London time, summer time included', () => {
    expect(formatDayAndTime('2026-12-11T15:30:00.000Z', TODAY)).toBe('Fri 11 Dec, 15:30');
    expect(formatDayAndTime('2026-07-10T13:00:00.000Z', TODAY)).toBe('Fri 10 Jul, 14:00');
  });

  it('says whether an interpreter is booked', () => {
    expect(interpreterText({ needed: false, language: null, booked: false })).toBe('Not needed');
    expect(interpreterText({ needed: true, language: 'Tigrinya', booked: true })).toBe('Booked: Tigrinya');
    expect(interpreterText({ needed: true, language: 'Tigrinya', booked: false })).toBe(
      'Needed: Tigrinya, not booked yet',
    );
    expect(interpreterText({ needed: true, language: null, booked: false })).toBe('Needed, not booked yet');
  });
});
