import type { DbOrTx } from '@umbrella/db';
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { conflict, notFound, type AppError } from '../../errors.ts';

/**
 * After a versioned update matched no row: the row is either gone (NOT_FOUND) or was changed by someone else
 * since the editor read it (CONFLICT). Never a silent overwrite.
 */
export async function staleOrMissing(
  tx: DbOrTx,
  table: PgTable & { id: PgColumn },
  id: string,
  what: string,
): Promise<AppError> {
  const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
  return row ? conflict(what) : notFound(what);
}
