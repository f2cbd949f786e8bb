import { communications, people, type DbOrTx } from '@umbrella/db';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INVALID_CURSOR = 'The page cursor is not valid. Start again from the first page.';

/** The cursor names the last communication of a page; the next page starts after it, newest first. */
export function encodeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

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
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!UUID.test(id)) throw badRequest('cursor', INVALID_CURSOR);
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
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
