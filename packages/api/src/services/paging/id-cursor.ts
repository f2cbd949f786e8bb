import { isUuid } from '@umbrella/domain';
import { badRequest } from '../../errors.ts';
import { INVALID_CURSOR } from '../clients/list-cursor.ts';

/** A cursor naming the last row of a page by its id: opaque to the browser, short whatever the row holds. */
export function encodeIdCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

/** The id a cursor names; a tampered cursor is a 400 naming `cursor`, never a database error. */
export function decodeIdCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (isUuid(id)) return id;
  throw badRequest('cursor', INVALID_CURSOR);
}
