import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The stalled-cases dashboard's working copy: each open case's stall reasons as computed for `today` under the
 * thresholds in force (see services/supervision/stall-snapshot.ts). Working out every open case from its
 * communications, notes, appointments and deadlines takes over a second at 17,000 open cases; the dashboard
 * reads this instead, and recomputes only the cases changed since (`case_stall_changes`), all of them once a
 * day. Not a record: it can be dropped and is rebuilt on the next read. It holds case ids and dates only (the
 * client is found through the case), like an index.
 */
export const caseStallSnapshot = pgTable(
  'case_stall_snapshot',
  {
    /** A case id (no foreign key: this is a cache, rebuilt at will). */
    caseId: uuid().primaryKey(),
    openedOn: date({ mode: 'string' }).notNull(),
    keyWorkerId: uuid(),
    lastActivityOn: date({ mode: 'string' }),
    idleDays: integer().notNull(),
    reasons: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [
    index('case_stall_snapshot_flagged_idx')
      .on(t.caseId)
      .where(sql`cardinality(${t.reasons}) > 0`),
    // The dashboard's orders (services/supervision/stalled-cases-query.ts): read in order, stopped after a page.
    index('case_stall_snapshot_idle_idx')
      .on(t.idleDays.desc().nullsFirst(), t.caseId)
      .where(sql`cardinality(${t.reasons}) > 0`),
    index('case_stall_snapshot_reasons_idx')
      .on(sql`cardinality(${t.reasons}) desc`, t.idleDays.desc().nullsFirst())
      .where(sql`cardinality(${t.reasons}) > 0`),
    index('case_stall_snapshot_key_worker_idx')
      .on(t.keyWorkerId, t.idleDays.desc().nullsFirst())
      .where(sql`cardinality(${t.reasons}) > 0`),
  ],
);

/** What the snapshot was computed for: one row. */
export const caseStallSnapshotState = pgTable('case_stall_snapshot_state', {
  id: integer().primaryKey().default(1),
  /** The day and the thresholds it holds (`YYYY-MM-DD` + thresholds as JSON); another key means rebuild it all. */
  computedFor: text().notNull(),
  /** When it was last brought up to date: appointments begun since then count as activity on their cases. */
  computedAt: timestamp({ withTimezone: true }).notNull(),
});

/** Cases changed since the snapshot was brought up to date, marked by triggers on the tables the rules read. */
export const caseStallChanges = pgTable('case_stall_changes', {
  caseId: uuid().primaryKey(),
});
