import {
  STALL_REASONS,
  type StalledCaseSort,
  type stalledCasesInput,
  type StallReason,
} from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';

type Input = z.infer<typeof stalledCasesInput>;

/*
 * The stalled-cases dashboard reads the snapshot (stall-snapshot.ts) in two statements: the counts, from the
 * snapshot alone, and one page, which the indexes on the snapshot (migration 0018) let PostgreSQL read in order
 * and stop after the page: a page of 25 touches a few dozen rows whatever the number of flagged cases (it sorted
 * all 9,800 of them, joined to their clients, at every request).
 */

function keyWorkerFilter(keyWorker: string | null): SQL {
  if (keyWorker === null) return sql`true`;
  return keyWorker === 'none' ? sql`s.key_worker_id is null` : sql`s.key_worker_id = ${keyWorker}::uuid`;
}

/** Flagged cases under the key-worker and matter-kind filters (not the reason: its counts are shown beside it). */
function flaggedUnderFilters(input: Input): SQL {
  const kind = input.matterKind
    ? sql`exists (select 1 from matters m where m.case_id = s.case_id and m.kind = ${input.matterKind} and m.stage <> 'closed')`
    : sql`true`;
  return sql`cardinality(s.reasons) > 0 and ${keyWorkerFilter(input.keyWorker)} and ${kind}`;
}

/** How many flagged cases have each combination of reasons (a few dozen rows): totals are summed from them. */
export function reasonCombinationsQuery(input: Input): SQL {
  return sql`select s.reasons, count(*)::int as n from case_stall_snapshot s
    where ${flaggedUnderFilters(input)} group by s.reasons`;
}

export interface StallCounts {
  /** Flagged cases under every filter, the reason's too. */
  total: number;
  /** Flagged cases with each reason, under the key-worker and matter-kind filters. */
  reasonCounts: Record<StallReason, number>;
}

export function sumReasonCombinations(
  rows: readonly { reasons: unknown; n: unknown }[],
  reason: StallReason | null,
): StallCounts {
  const reasonCounts = Object.fromEntries(STALL_REASONS.map((r) => [r, 0])) as Record<StallReason, number>;
  let total = 0;
  for (const row of rows) {
    const reasons = row.reasons as StallReason[];
    const n = Number(row.n);
    for (const r of reasons) if (r in reasonCounts) reasonCounts[r] += n;
    if (reason === null || reasons.includes(reason)) total += n;
  }
  return { total, reasonCounts };
}

const PAGE_COLUMNS = sql`s.case_id, c.person_id, p.display_name, p.restricted, s.key_worker_id,
  u.display_name as key_worker_name, s.opened_on::text as opened_on, s.last_activity_on::text as last_activity_on,
  s.idle_days, s.reasons`;

/** Each order ends on the case id, so pages never overlap or skip. */
const ORDER: Record<Exclude<StalledCaseSort, 'caseworker'>, SQL> = {
  idle: sql`s.idle_days desc, p.display_name, s.case_id`,
  reasons: sql`cardinality(s.reasons) desc, s.idle_days desc, p.display_name, s.case_id`,
  client: sql`p.display_name, s.case_id`,
};

function flaggedCases(input: Input, keyWorker: 'any' | 'assigned' | 'none'): SQL {
  const reason = input.reason ? sql`${input.reason}::text = any(s.reasons)` : sql`true`;
  const join =
    keyWorker === 'assigned'
      ? sql`join users u on u.id = s.key_worker_id`
      : keyWorker === 'none'
        ? sql`left join users u on false`
        : sql`left join users u on u.id = s.key_worker_id`;
  const which = keyWorker === 'none' ? sql` and s.key_worker_id is null` : sql``;
  return sql`case_stall_snapshot s join cases c on c.id = s.case_id join people p on p.id = c.person_id ${join}
    where ${flaggedUnderFilters(input)} and ${reason}${which}`;
}

/**
 * One page of the flagged cases in the chosen order. By caseworker, the cases with a key worker (in the order of
 * their names) come before those without: two ordered reads, each stopping after the page, put end to end.
 */
export function stalledCasesPageQuery(input: Input, offset: number): SQL {
  if (input.sort !== 'caseworker') {
    return sql`select ${PAGE_COLUMNS} from ${flaggedCases(input, 'any')}
      order by ${ORDER[input.sort]} limit ${input.limit} offset ${offset}`;
  }
  const enough = offset + input.limit;
  return sql`select * from (
      (select ${PAGE_COLUMNS}, 0 as unassigned from ${flaggedCases(input, 'assigned')}
        order by u.display_name, s.key_worker_id, s.idle_days desc, p.display_name, s.case_id limit ${enough})
      union all
      (select ${PAGE_COLUMNS}, 1 as unassigned from ${flaggedCases(input, 'none')}
        order by s.idle_days desc, p.display_name, s.case_id limit ${enough})
    ) b
    order by b.unassigned, b.key_worker_name, b.key_worker_id, b.idle_days desc, b.display_name, b.case_id
    limit ${input.limit} offset ${offset}`;
}
