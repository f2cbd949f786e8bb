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
