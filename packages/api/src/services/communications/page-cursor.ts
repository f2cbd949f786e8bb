import { communications } from '@umbrella/db';
import { sql, type SQL } from 'drizzle-orm';
import { badRequest } from '../../errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INVALID_CURSOR = 'The page cursor is not valid. Start again from the first page.';

/** The cursor names the last communication of a page; the next page starts after it, newest first. */
export function encodeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

/** Communications older (in newest-first order) than the one the cursor names; a tampered cursor is a 400. */
export function olderThanCursor(cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!UUID.test(id)) throw badRequest('cursor', INVALID_CURSOR);
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
