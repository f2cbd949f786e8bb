import { cases, people } from '@umbrella/db';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * Rows on clients `userId` works with: their key worker, or their case file's lead caseworker. Over a query
 * joined to `people`; `caseId` is the row's case file column.
 *
 * The first condition is implied by the second; it is there for the planner, which cannot start from an `or`:
 * with it, the query starts from the user's few hundred clients (the key-worker and lead-caseworker indexes)
 * instead of every open deadline or awaited reply of the organisation (~1 s at 20,000 clients). As an array
 * (`= any(array(...))`) it is looked up in the primary key; as `in (...)` the planner hashed all the clients.
 */
export function workedBy(userId: string, caseId: PgColumn): SQL | undefined {
  return and(
    sql`${people.id} = any(array(select kw.id from ${people} kw where kw.key_worker_id = ${userId}
      union all select lc.person_id from ${cases} lc where lc.lead_caseworker_id = ${userId}))`,
    or(
      eq(people.keyWorkerId, userId),
      sql`exists (select 1 from ${cases} where ${cases.id} = ${caseId} and ${cases.leadCaseworkerId} = ${userId})`,
    ),
  );
}
