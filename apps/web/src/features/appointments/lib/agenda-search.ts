import { dayNumber, fromDayNumber, isCalendarDate, mondayOf, todayInLondon } from '../../../lib/dates.ts';

/**
 * The agenda's filters, kept in the address so a view can be bookmarked: a date and fixed values only. Each
 * is left out when it is the default (today, a week, my clients, every appointment), so the plain address
 * `/appointments` always shows this week.
 */
export interface AgendaSearch {
  date?: string | undefined;
  span?: 'day' | undefined;
  scope?: 'all' | undefined;
  unassigned?: true | undefined;
}

/** The filters with the defaults filled in: what the agenda is asked for. */
export interface AgendaFilters {
  date: string;
  span: 'day' | 'week';
  scope: 'mine' | 'all';
  unassignedOnly: boolean;
}

// Checked by shape only (no lists from the domain), so the router's first download stays small.
/**
 * Anything unknown or malformed in the address is dropped rather than refused: an old bookmark still opens.
 * Every key is returned (`undefined` when dropped): the router lays this over the raw search, so a key left
 * out would let a malformed value through.
 */
export function validateAgendaSearch(search: Record<string, unknown>): AgendaSearch {
  return {
    date: isCalendarDate(search.date) ? search.date : undefined,
    span: search.span === 'day' ? 'day' : undefined,
    scope: search.scope === 'all' ? 'all' : undefined,
    unassigned: search.unassigned === true || search.unassigned === 'true' ? true : undefined,
  };
}

export function agendaFilters(search: AgendaSearch, today: string = todayInLondon()): AgendaFilters {
  return {
    date: search.date ?? today,
    span: search.span ?? 'week',
    scope: search.scope ?? 'mine',
    unassignedOnly: search.unassigned === true,
  };
}

/** The address for these filters: defaults (and today's date) left out. */
export function agendaSearch(filters: AgendaFilters, today: string = todayInLondon()): AgendaSearch {
  const out: AgendaSearch = {};
  if (filters.date !== today) out.date = filters.date;
  if (filters.span === 'day') out.span = 'day';
  if (filters.scope === 'all') out.scope = 'all';
  if (filters.unassignedOnly) out.unassigned = true;
  return out;
}

/** The first and last day the agenda shows for these filters. */
export function agendaRange(filters: Pick<AgendaFilters, 'date' | 'span'>): { from: string; to: string } {
  if (filters.span === 'day') return { from: filters.date, to: filters.date };
  const from = mondayOf(filters.date);
  return { from, to: fromDayNumber(dayNumber(from) + 6) };
}

/** The day or week before (-1) or after (+1) the one shown. */
export function shiftAgenda(filters: AgendaFilters, direction: -1 | 1): AgendaFilters {
  const start = agendaRange(filters).from;
  const step = filters.span === 'day' ? 1 : 7;
  return { ...filters, date: fromDayNumber(dayNumber(start) + direction * step) };
}
