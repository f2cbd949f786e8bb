import { describe, expect, it } from 'vitest';
import { isCalendarDate, mondayOf } from '../../../lib/dates.ts';
import {
  agendaFilters,
  agendaRange,
  agendaSearch,
  shiftAgenda,
  validateAgendaSearch,
} from './agenda-search.ts';

const TODAY = '2026-12-03'; // a Thursday

describe('the agenda address', () => {
  it('keeps a real date, a day span, all clients and the unassigned filter', () => {
    expect(validateAgendaSearch({ date: '2026-12-05', span: 'day', scope: 'all', unassigned: true })).toEqual(
      { date: '2026-12-05', span: 'day', scope: 'all', unassigned: true },
    );
    expect(validateAgendaSearch({ unassigned: 'true' })).toEqual({ unassigned: true });
  });

  it('drops defaults, unknown values, malformed and impossible dates, and anything else', () => {
    expect(
      validateAgendaSearch({
        date: '2026-02-30',
        span: 'week',
        scope: 'mine',
        unassigned: false,
        name: 'Someone',
      }),
    ).toEqual({});
    expect(validateAgendaSearch({ date: '5 Dec 2026', span: 'month', scope: 'team' })).toEqual({});
    expect(validateAgendaSearch({ date: '1999-12-31' })).toEqual({});
    expect(validateAgendaSearch({ date: ['2026-12-05'] })).toEqual({});
  });

  it('checks dates as the server does', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2099-12-31')).toBe(true);
    expect(isCalendarDate('2100-01-01')).toBe(false);
    expect(isCalendarDate(20261205)).toBe(false);
  });

  it('fills in this week, my clients and every appointment by default', () => {
    expect(agendaFilters({}, TODAY)).toEqual({
      date: TODAY,
      span: 'week',
      scope: 'mine',
      unassignedOnly: false,
    });
  });

  it('round-trips filters through the address, leaving today and the defaults out', () => {
    const filters = agendaFilters({ date: '2026-12-05', span: 'day', unassigned: true }, TODAY);
    expect(agendaSearch(filters, TODAY)).toEqual({ date: '2026-12-05', span: 'day', unassigned: true });
    expect(agendaSearch(agendaFilters({}, TODAY), TODAY)).toEqual({});
  });
});

describe('moving through the agenda', () => {
  it('starts a week on Monday', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(agendaRange({ date: '2026-12-03', span: 'week' })).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
    });
    expect(agendaRange({ date: '2026-12-03', span: 'day' })).toEqual({
      from: '2026-12-03',
      to: '2026-12-03',
    });
  });

  it('goes a week or a day back and forward, across months and years', () => {
    const week = agendaFilters({ date: '2026-12-31' }, TODAY);
    expect(shiftAgenda(week, 1).date).toBe('2027-01-04');
    expect(shiftAgenda(week, -1).date).toBe('2026-12-21');
    const day = agendaFilters({ date: '2026-12-31', span: 'day' }, TODAY);
    expect(shiftAgenda(day, 1).date).toBe('2027-01-01');
    expect(shiftAgenda(day, -1)).toEqual({ ...day, date: '2026-12-30' });
  });
});

describe('validateAgendaSearch over a malformed address', () => {
  it('returns every key, so the router cannot fall back to the raw value', () => {
    const search = validateAgendaSearch({ date: 'rubbish', span: 'month', scope: 'x', unassigned: 'no' });
    expect(Object.keys(search).sort()).toEqual(['date', 'scope', 'span', 'unassigned']);
    expect(Object.values(search).every((v) => v === undefined)).toBe(true);
  });
});
