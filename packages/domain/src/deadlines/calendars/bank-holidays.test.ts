import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../iso-date.ts';
import { bankHolidaysFor, bankHolidayOn } from './bank-holidays.ts';
import { easterSunday } from './easter.ts';
import type { Jurisdiction } from './jurisdictions.ts';

const dates = (year: number, jurisdiction: Jurisdiction = 'england-and-wales') =>
  bankHolidaysFor(year, jurisdiction).map((h) => h.date);
const nameOn = (date: string, jurisdiction: Jurisdiction = 'england-and-wales') =>
  bankHolidayOn(toDayNumber(date), jurisdiction)?.name;

describe('Easter', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(toIsoDate(easterSunday(year))).toBe(date);
  });
});

describe('England and Wales (DOMAIN.md §4)', () => {
  it.each([
    [2024, ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26']],
    [2025, ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26']],
    [2026, ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28']],
    [2027, ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28']],
    // Computed by hand from the rules, beyond the published list.
    [2028, ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26']],
  ])('%i', (year, days) => {
    expect(dates(year)).toEqual(days.map((d) => `${year}-${d}`));
  });

  it('names days and substitute days', () => {
    expect(nameOn('2026-05-04')).toBe('Early May bank holiday');
    expect(nameOn('2026-04-06')).toBe('Easter Monday');
    expect(nameOn('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(nameOn('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(nameOn('2027-12-28')).toBe('Boxing Day (substitute day)');
    expect(nameOn('2026-12-26')).toBeUndefined();
    expect(nameOn('2026-05-05')).toBeUndefined();
  });

  it('Christmas on a Sunday: Boxing Day stays on Monday, Christmas moves to Tuesday 27', () => {
    expect(dates(2022).filter((d) => d >= '2022-12-01')).toEqual(['2022-12-26', '2022-12-27']);
    expect(nameOn('2022-12-27')).toBe('Christmas Day (substitute day)');
  });

  it("New Year's Day at a weekend moves to the Monday", () => {
    expect(dates(2022)[0]).toBe('2022-01-03');
    expect(dates(2023)[0]).toBe('2023-01-02');
  });

  it('has no Scottish or Northern Irish days', () => {
    expect(nameOn('2026-01-02')).toBeUndefined();
    expect(nameOn('2026-03-17')).toBeUndefined();
    expect(nameOn('2026-11-30')).toBeUndefined();
    expect(nameOn('2027-07-12')).toBeUndefined();
  });
});

describe('one-off days', () => {
  it('2020: early May moved to Friday 8 May (VE Day)', () => {
    expect(dates(2020)).toEqual([
      '2020-01-01',
      '2020-04-10',
      '2020-04-13',
      '2020-05-08',
      '2020-05-25',
      '2020-08-31',
      '2020-12-25',
      '2020-12-28',
    ]);
  });

  it('2022: spring moved to 2 June, Platinum Jubilee on 3 June, State Funeral on 19 September', () => {
    expect(dates(2022)).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
  });

  it('2023: the coronation on 8 May, as well as early May on 1 May', () => {
    expect(dates(2023)).toEqual([
      '2023-01-02',
      '2023-04-07',
      '2023-04-10',
      '2023-05-01',
      '2023-05-08',
      '2023-05-29',
      '2023-08-28',
      '2023-12-25',
      '2023-12-26',
    ]);
  });

  it('2012: spring moved to 4 June, Diamond Jubilee on 5 June', () => {
    expect(dates(2012)).toContain('2012-06-04');
    expect(dates(2012)).toContain('2012-06-05');
    expect(dates(2012)).not.toContain('2012-05-28');
  });

  it('apply in Scotland and Northern Ireland too', () => {
    for (const j of ['scotland', 'northern-ireland'] as const) {
      expect(dates(2020, j)).toContain('2020-05-08');
      expect(dates(2020, j)).not.toContain('2020-05-04');
      expect(dates(2022, j)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
      expect(dates(2022, j)).not.toContain('2022-05-30');
      expect(dates(2023, j)).toContain('2023-05-08');
    }
  });
});

describe('Scotland', () => {
  it.each([
    [2024, ['01-01', '01-02', '03-29', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26']],
    [2025, ['01-01', '01-02', '04-18', '05-05', '05-26', '08-04', '12-01', '12-25', '12-26']],
    [2026, ['01-01', '01-02', '04-03', '05-04', '05-25', '08-03', '11-30', '12-25', '12-28']],
    [2027, ['01-01', '01-04', '03-26', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28']],
  ])('%i: 2 January, no Easter Monday, first Monday of August, St Andrew’s Day', (year, days) => {
    expect(dates(year, 'scotland')).toEqual(days.map((d) => `${year}-${d}`));
  });

  it('substitute days for New Year at a weekend', () => {
    // 2022: Saturday 1 and Sunday 2 January -> Monday 3 and Tuesday 4.
    expect(dates(2022, 'scotland').slice(0, 2)).toEqual(['2022-01-03', '2022-01-04']);
    // 2023: Sunday 1 January, Monday 2 January -> Monday 2 and Tuesday 3.
    expect(dates(2023, 'scotland').slice(0, 2)).toEqual(['2023-01-02', '2023-01-03']);
    // 2027: Saturday 2 January -> Monday 4.
    expect(nameOn('2027-01-04', 'scotland')).toBe('2nd January (substitute day)');
  });

  it("St Andrew's Day at a weekend moves to the Monday", () => {
    expect(nameOn('2025-12-01', 'scotland')).toBe("St Andrew's Day (substitute day)");
    expect(nameOn('2024-12-02', 'scotland')).toBe("St Andrew's Day (substitute day)");
  });
});

describe('Northern Ireland', () => {
  it.each([
    [2024, ['01-01', '03-18', '03-29', '04-01', '05-06', '05-27', '07-12', '08-26', '12-25', '12-26']],
    [2025, ['01-01', '03-17', '04-18', '04-21', '05-05', '05-26', '07-14', '08-25', '12-25', '12-26']],
    [2026, ['01-01', '03-17', '04-03', '04-06', '05-04', '05-25', '07-13', '08-31', '12-25', '12-28']],
    [2027, ['01-01', '03-17', '03-26', '03-29', '05-03', '05-31', '07-12', '08-30', '12-27', '12-28']],
  ])("%i: St Patrick's Day and the Battle of the Boyne", (year, days) => {
    expect(dates(year, 'northern-ireland')).toEqual(days.map((d) => `${year}-${d}`));
  });

  it('substitute days', () => {
    expect(nameOn('2024-03-18', 'northern-ireland')).toBe("St Patrick's Day (substitute day)");
    expect(nameOn('2025-07-14', 'northern-ireland')).toBe('Battle of the Boyne (substitute day)');
    expect(nameOn('2026-07-13', 'northern-ireland')).toBe('Battle of the Boyne (substitute day)');
  });
});

describe('any year', () => {
  it('gives eight days in England and Wales, nine in Scotland, ten in Northern Ireland (no one-offs)', () => {
    for (let year = 1990; year <= 2100; year += 1) {
      if ([1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023].includes(year)) continue;
      expect(dates(year)).toHaveLength(8);
      expect(dates(year, 'scotland')).toHaveLength(9);
      expect(dates(year, 'northern-ireland')).toHaveLength(10);
    }
  });

  it('never puts a bank holiday on a weekend', () => {
    for (let year = 1990; year <= 2100; year += 1) {
      for (const j of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
        for (const h of bankHolidaysFor(year, j)) {
          const weekday = new Date(`${h.date}T00:00:00Z`).getUTCDay();
          expect(weekday === 0 || weekday === 6).toBe(false);
        }
      }
    }
  });
});
