import { isUuid } from '@umbrella/domain';
import { badRequest } from '../../errors.ts';

/**
 * Where the next page starts: after the client with this id in (name, id) order when browsing (the name is
 * read back from the database, so the cursor stays short whatever the script of the name), after (score, id)
 * when searching.
 */
export type ListCursor = { mode: 'name'; id: string } | { mode: 'score'; score: string; id: string };

const SCORE = /^\d{1,3}(\.\d{1,8})?$/;

export const INVALID_CURSOR = 'The page cursor is not valid. Start again from the first page.';

export function encodeListCursor(cursor: ListCursor): string {
  const parts = cursor.mode === 'name' ? ['n', cursor.id] : ['s', cursor.score, cursor.id];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** A cursor is opaque to the browser but checked here: a tampered one is a 400, never a database error. */
export function decodeListCursor(cursor: string, searching: boolean): ListCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('cursor', INVALID_CURSOR);
  }
  if (Array.isArray(parsed)) {
    const [mode, a, b] = parsed as unknown[];
    if (parsed.length === 2 && mode === 'n' && !searching && isUuid(a)) {
      return { mode: 'name', id: a };
    }
    if (parsed.length === 3 && mode === 's' && searching && typeof a === 'string' && SCORE.test(a)) {
      if (isUuid(b)) return { mode: 'score', score: a, id: b };
    }
  }
  throw badRequest('cursor', INVALID_CURSOR);
}
