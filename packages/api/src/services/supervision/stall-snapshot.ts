import { caseStallSnapshotState, type Database, type DbOrTx } from '@umbrella/db';
import { londonToday, stallCutoffs, type StallCutoffs, type StallThresholds } from '@umbrella/domain';
import { eq, sql, type SQL } from 'drizzle-orm';
import { openCaseStallsSql, withoutJit } from './stall-query.ts';
import { loadStallThresholds } from './thresholds.ts';

// Serialises the refreshes (readers of an up-to-date snapshot never take it).
const STALL_SNAPSHOT_LOCK_KEY = 4_711_100;
/** Above this many changed cases, rebuilding the whole snapshot is as quick as recomputing them one by one. */
const MAX_CASES_RECOMPUTED = 2_000;

/**
 * The snapshot as rows of openCaseStallsSql (the same columns), for reads over every open case (the caseload
 * table). Read it after refreshStallSnapshot, in the same transaction.
 */
export const STALL_SNAPSHOT_SQL: SQL = sql`select s.case_id, c.person_id, s.opened_on, s.key_worker_id,
  s.last_activity_on, s.idle_days, s.reasons from case_stall_snapshot s join cases c on c.id = s.case_id`;

type Work = { kind: 'none' } | { kind: 'all' } | { kind: 'some'; since: Date };

async function workToDo(tx: DbOrTx, key: string, now: Date): Promise<Work> {
  const [state] = await tx.select().from(caseStallSnapshotState).where(eq(caseStallSnapshotState.id, 1));
  // Another day or other thresholds change every case; a clock set back (tests) cannot be patched up either.
  if (!state || state.computedFor !== key || state.computedAt > now) return { kind: 'all' };
  const result = await tx.execute(sql`select
      exists (select 1 from case_stall_changes)
      or exists (select 1 from appointments where starts_at > ${state.computedAt.toISOString()}::timestamptz
                   and starts_at <= ${now.toISOString()}::timestamptz) as changed`);
  const changed = (result.rows[0] as { changed: boolean } | undefined)?.changed === true;
  return changed ? { kind: 'some', since: state.computedAt } : { kind: 'none' };
}

/**
 * Brings the stalled-cases snapshot up to date for `cutoffs.today` and `thresholds`, inside the caller's
 * transaction: the cases marked changed by the triggers (migration 0017) and those with an appointment begun
 * since the last refresh are recomputed with the same statement as the whole (openCaseStallsSql); on a new day
 * or new thresholds, every open case is. Changes committed while this runs stay marked for the next refresh.
 */
export async function refreshStallSnapshot(
  tx: DbOrTx,
  cutoffs: StallCutoffs,
  thresholds: StallThresholds,
  now: Date,
): Promise<void> {
  const key = `${cutoffs.today} ${JSON.stringify(thresholds)}`;
  if ((await workToDo(tx, key, now)).kind === 'none') return;
  await tx.execute(sql`select pg_advisory_xact_lock(${STALL_SNAPSHOT_LOCK_KEY})`);
  // Another request may have refreshed it while this one waited.
  const work = await workToDo(tx, key, now);
  if (work.kind === 'none') return;
  const changed = await tx.execute(sql`delete from case_stall_changes returning case_id`);
  let caseIds: string[] | undefined;
  if (work.kind === 'some') {
    const begun = await tx.execute(sql`select distinct case_id from appointments
      where starts_at > ${work.since.toISOString()}::timestamptz and starts_at <= ${now.toISOString()}::timestamptz`);
    const ids = new Set(
      [...changed.rows, ...begun.rows].map((r) => String((r as { case_id: string }).case_id)),
    );
    if (ids.size <= MAX_CASES_RECOMPUTED) caseIds = [...ids];
  }
  if (caseIds === undefined) {
    await tx.execute(sql`delete from case_stall_snapshot`);
  } else if (caseIds.length > 0) {
    await tx.execute(
      sql`delete from case_stall_snapshot where case_id in (${sql.join(
        caseIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  }
  if (caseIds === undefined || caseIds.length > 0) {
    await tx.execute(sql`insert into case_stall_snapshot
        (case_id, opened_on, key_worker_id, last_activity_on, idle_days, reasons)
      select case_id, opened_on, key_worker_id, last_activity_on, idle_days, reasons
        from (${openCaseStallsSql(cutoffs, now, caseIds)}) s`);
  }
  await tx
    .insert(caseStallSnapshotState)
    .values({ id: 1, computedFor: key, computedAt: now })
    .onConflictDoUpdate({ target: caseStallSnapshotState.id, set: { computedFor: key, computedAt: now } });
}

/**
 * The background refresh (apps/server/src/jobs/stall-snapshot.ts): the same as a dashboard read does first, in
 * a transaction of its own, so the day's rebuild (a second or two at 17,000 open cases) is rarely left to a
 * supervisor's request.
 */
export async function refreshStallSnapshotNow(db: Database, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await withoutJit(tx);
    const thresholds = await loadStallThresholds(tx);
    await refreshStallSnapshot(tx, stallCutoffs(thresholds, londonToday(now)), thresholds, now);
  });
}
