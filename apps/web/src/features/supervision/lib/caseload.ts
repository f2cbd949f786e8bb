import type { StallReason } from '@umbrella/domain';
import type { SupervisionSearch } from './dashboard-search.ts';
import type { CaseloadRow } from './types.ts';

/** A caseworker or supervisor who may hold cases: the key worker filter's choices. */
export interface KeyWorkerOption {
  id: string;
  displayName: string;
  role: 'caseworker' | 'supervisor';
  active: boolean;
}

/** The staff on the caseload, in its order (the row of cases without a key worker is not a person). */
export function keyWorkerOptions(rows: readonly CaseloadRow[]): KeyWorkerOption[] {
  return rows.flatMap((row) => (row.user ? [row.user] : []));
}

/** "Joanna Mensah", "Tomasz Nowak (supervisor)", "Sam Green (inactive)". */
export function caseworkerLabel(person: Pick<KeyWorkerOption, 'displayName' | 'role' | 'active'>): string {
  const notes = [person.role === 'supervisor' ? 'supervisor' : null, person.active ? null : 'inactive'];
  const said = notes.filter(Boolean).join(', ');
  return said ? `${person.displayName} (${said})` : person.displayName;
}

/** The stalled-cases address for a caseload row's number: its key worker (or none), and a reason if given. */
export function stalledSearchFor(row: Pick<CaseloadRow, 'user'>, reason?: StallReason): SupervisionSearch {
  const out: SupervisionSearch = { keyWorker: row.user?.id ?? 'none' };
  if (reason) out.reason = reason;
  return out;
}

/** A figure of the caseload that opens the stalled list, filtered by its reason if it has one. */
export interface StalledFigure {
  key: 'stalledCases' | 'overdueDeadlines' | 'repliesOverdue';
  /** The table's column. */
  column: string;
  reason?: StallReason;
  /** What its link says after the count: on a row (with the row's name), and on the totals. */
  of: (name: string) => string;
  inAll: string;
}

/** The stalled, deadlines-overdue and replies-overdue figures, in the table's order. */
export const STALLED_FIGURES: readonly StalledFigure[] = [
  {
    key: 'stalledCases',
    column: 'Stalled',
    of: (name) => `stalled cases of ${name}`,
    inAll: 'stalled cases',
  },
  {
    key: 'overdueDeadlines',
    column: 'Deadlines overdue',
    reason: 'deadline_overdue',
    of: (name) => `deadlines overdue, cases of ${name}`,
    inAll: 'cases with deadlines overdue',
  },
  {
    key: 'repliesOverdue',
    column: 'Replies overdue',
    reason: 'reply_overdue',
    of: (name) => `replies overdue, cases of ${name}`,
    inAll: 'cases with replies overdue',
  },
];

/** The stalled-cases address for a figure of the totals: everyone's cases, by its reason if it has one. */
export function totalSearchFor(figure: Pick<StalledFigure, 'reason'>): SupervisionSearch {
  return figure.reason ? { reason: figure.reason } : {};
}

/** The caseload's totals: the figures of every row added up. */
export function caseloadTotals(rows: readonly CaseloadRow[]) {
  return rows.reduce(
    (sum, row) => ({
      openCases: sum.openCases + row.openCases,
      stalledCases: sum.stalledCases + row.stalledCases,
      overdueDeadlines: sum.overdueDeadlines + row.overdueDeadlines,
      repliesOverdue: sum.repliesOverdue + row.repliesOverdue,
    }),
    { openCases: 0, stalledCases: 0, overdueDeadlines: 0, repliesOverdue: 0 },
  );
}
