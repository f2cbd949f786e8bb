import { describe, expect, it } from 'vitest';
import { dayHeading, linkedDateText, needVolunteerText, timeRange } from './format.ts';

describe('appointment times', () => {
  it('shows the time range in London, winter and summer', () => {
    expect(timeRange('2026-12-05T14:00:00.000Z', '2026-12-05T15:30:00.000Z')).toBe('14:00–15:30');
    // British Summer Time: an hour ahead of UTC.
    expect(timeRange('2026-07-05T13:00:00.000Z', '2026-07-05T14:15:00.000Z')).toBe('14:00–15:15');
  });

  it('heads a day with its weekday', () => {
    expect(dayHeading('2026-12-05')).toBe('Saturday 5 Dec 2026');
    expect(dayHeading('2026-11-30')).toBe('Monday 30 Nov 2026');
  });
});

describe('counts', () => {
  it('says how many need a volunteer', () => {
    expect(needVolunteerText(1)).toBe('1 appointment needs a volunteer');
    expect(needVolunteerText(3)).toBe('3 appointments need a volunteer');
  });

  it('names the matter date an appointment is on', () => {
    expect(linkedDateText('hearingDate')).toBe('This is the tribunal hearing date on the asylum claim.');
    expect(linkedDateText(null)).toBeNull();
  });
});
