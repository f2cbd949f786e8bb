import type { DbOrTx } from '@umbrella/db';
import { sql, type SQL } from 'drizzle-orm';

type Row = Record<string, unknown>;

/** A page of a set read by offset, in one statement. */
export interface OffsetPageQuery {
  /** The statement's `with` clause, defining the set. */
  with: SQL;
  /** What is counted for the total: the set, by the name the `with` clause gives it. */
  set: SQL;
  /** The page's columns, read `from`: the set under an alias, with the joins the columns need. */
  columns: SQL;
  from: SQL;
  /** The page order; it must end on a unique column, so that pages never overlap or skip. */
  order: SQL;
  limit: number;
  offset: number;
}

/** Where a page starts: the cursor is the number of rows already shown (the input schema allows digits only). */
export function pageOffset(cursor: string | null | undefined): number {
  return cursor ? Number(cursor) : 0;
}

/**
 * The set's total and `limit` rows of it from `offset`. The statement always returns a row, its page columns null
 * when the page is empty, so the total comes back with an empty page too; that row is dropped here.
 */
export async function readOffsetPage(
  tx: DbOrTx,
  q: OffsetPageQuery,
): Promise<{ total: number; rows: Row[] }> {
  const result = await tx.execute(sql`
    ${q.with}
    select t.total, pg.*
      from (select count(*)::int as total from ${q.set}) t
      left join lateral (
        select ${q.columns}, row_number() over (order by ${q.order}) as ord
          from ${q.from}
         order by ${q.order}
         limit ${q.limit} offset ${q.offset}
      ) pg on true
     order by pg.ord`);
  const rows = result.rows as Row[];
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.filter((r) => r.ord !== null && r.ord !== undefined),
  };
}

/** The cursor of the page after `shown` rows read from `offset`; null after the last. */
export function nextOffsetCursor(offset: number, shown: number, total: number): string | null {
  const next = offset + shown;
  return shown > 0 && next < total ? String(next) : null;
}
