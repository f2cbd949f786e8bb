import { communications, people, type DbOrTx } from '@umbrella/db';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';
import { INVALID_CURSOR } from '../clients/list-cursor.ts';
import { decodeIdCursor, encodeIdCursor } from '../paging/id-cursor.ts';

/**
 * Communications older (in newest-first order) than the one the cursor names. A tampered cursor is a 400, and so
 * is one naming a communication outside `scope` (another client's, or one the caller may not open), which would
 * otherwise hint at where a hidden communication falls.
 */
export async function olderThanCursor(
  tx: DbOrTx,
  cursor: string | undefined,
  scope: SQL | undefined,
): Promise<SQL | undefined> {
  if (!cursor) return undefined;
  const id = decodeIdCursor(cursor);
  const [anchor] = await tx
    .select({ id: communications.id })
    .from(communications)
    .innerJoin(people, eq(people.id, communications.personId))
    .where(and(eq(communications.id, id), scope))
    .limit(1);
  if (!anchor) throw badRequest('cursor', INVALID_CURSOR);
  return sql`(${communications.occurredOn}, ${communications.createdAt}, ${communications.id}) <
    (select c.occurred_on, c.created_at, c.id from ${communications} c where c.id = ${id})`;
}

/** Words as a person types them ("refusal letter", "-draft", "\"home office\""), matched against the index. */
export function matchesWords(words: string | undefined): SQL | undefined {
  if (!words) return undefined;
  return sql`${communications.search} @@ websearch_to_tsquery('english', ${words})`;
}

/** A page of `limit` from `limit + 1` rows read, and where the next page starts. */
export function toPage<T extends { id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeIdCursor(last.id) : null };
}
