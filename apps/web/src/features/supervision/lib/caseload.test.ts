import { describe, expect, it } from 'vitest';
import {
  caseloadTotals,
  caseworkerLabel,
  keyWorkerOptions,
  STALLED_FIGURES,
  stalledSearchFor,
  totalSearchFor,
} from './caseload.ts';
import { chosenShown, withChoice } from './selection.ts';
import type { CaseloadRow } from './types.ts';

const joanna = { id: 'u1', displayName: 'Joanna Mensah', role: 'caseworker' as const, active: true };
const tomasz = { id: 'u2', displayName: 'Tomasz Nowak', role: 'supervisor' as const, active: false };

function row(user: CaseloadRow['user'], n: number): CaseloadRow {
  return {
    user,
    openCases: n,
    stalledCases: n - 1,
    overdueDeadlines: 2 * n,
    repliesOverdue: n,
    oldestUntouched: null,
  };
}

describe('the caseload', () => {
  const rows = [row(joanna, 5), row(tomasz, 2), row(null, 3)];

  it('offers its staff as key workers, not the row of cases without one', () => {
    expect(keyWorkerOptions(rows).map((o) => o.id)).toEqual(['u1', 'u2']);
  });

  it('says who is a supervisor or no longer active', () => {
    expect(caseworkerLabel(joanna)).toBe('Joanna Mensah');
    expect(caseworkerLabel(tomasz)).toBe('Tomasz Nowak (supervisor, inactive)');
    expect(caseworkerLabel({ ...joanna, active: false })).toBe('Joanna Mensah (inactive)');
  });

  it('leads each figure to its stalled cases: the key worker (or none) and the reason', () => {
    expect(stalledSearchFor(row(joanna, 1))).toEqual({ keyWorker: 'u1' });
    expect(stalledSearchFor(row(null, 1), 'deadline_overdue')).toEqual({
      keyWorker: 'none',
      reason: 'deadline_overdue',
    });
  });

  it('leads each total to the stalled cases of everyone, by the reason its figure counts', () => {
    expect(STALLED_FIGURES.map((figure) => totalSearchFor(figure))).toEqual([
      {},
      { reason: 'deadline_overdue' },
      { reason: 'reply_overdue' },
    ]);
    expect(STALLED_FIGURES.map((figure) => stalledSearchFor(row(null, 1), figure.reason))).toEqual([
      { keyWorker: 'none' },
      { keyWorker: 'none', reason: 'deadline_overdue' },
      { keyWorker: 'none', reason: 'reply_overdue' },
    ]);
  });

  it('adds up every row', () => {
    expect(caseloadTotals(rows)).toEqual({
      openCases: 10,
      stalledCases: 7,
      overdueDeadlines: 20,
      repliesOverdue: 10,
    });
    expect(caseloadTotals([])).toEqual({
      openCases: 0,
      stalledCases: 0,
      overdueDeadlines: 0,
      repliesOverdue: 0,
    });
  });
});

describe('ticking cases to reassign', () => {
  const shown = [{ personId: 'a' }, { personId: 'b' }, { personId: 'a' }, { personId: 'c' }];

  it('moves only the clients ticked among those shown, once each, in the list order', () => {
    expect(chosenShown(new Set(['c', 'a', 'gone']), shown)).toEqual(['a', 'c']);
    expect(chosenShown(new Set(), shown)).toEqual([]);
  });

  it('adds and removes clients without changing the set it was given', () => {
    const before = new Set(['a']);
    expect([...withChoice(before, ['b', 'c'], true)]).toEqual(['a', 'b', 'c']);
    expect([...withChoice(before, ['a', 'b'], false)]).toEqual([]);
    expect([...before]).toEqual(['a']);
  });
});
