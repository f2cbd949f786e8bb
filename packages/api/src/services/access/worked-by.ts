import { cases, people } from '@umbrella/db';
import { eq, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * Rows on clients `userId` works with: their key worker, or their case file's lead caseworker. Over a query
 * joined to `people`; `caseId` is the row's case file column.
 */
export function workedBy(userId: string, caseId: PgColumn): SQL | undefined {
  return or(
    eq(people.keyWorkerId, userId),
    sql`exists (select 1 from ${cases} where ${cases.id} = ${caseId} and ${cases.leadCaseworkerId} = ${userId})`,
  );
}
