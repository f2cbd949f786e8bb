import { sql, type SQL } from 'drizzle-orm';
import type { Database, DbOrTx } from '../client.ts';
import { bytesKeyId, DecryptionError, type FieldCipher } from './cipher.ts';
import { isSealed, SEALED_PREFIX, type Ciphertext } from './ciphertext.ts';
import { ENCRYPTED_COLUMNS, type EncryptedColumn, type EncryptedField } from './columns.ts';

/**
 * Re-sealing stored values, column by column (ENCRYPTED_COLUMNS), in small batches, each its own short
 * transaction that updates a row only if its stored value is still the one read (so an edit made meanwhile
 * wins, and is already sealed under whichever key its server had). Blind indexes are recomputed with the value.
 *
 * - `rotate`: every value not sealed under the current key is re-sealed under it (`pnpm keys:rotate`).
 * - `legacy`: only values written before encryption existed (plain text in a sealed column) are sealed, and
 *   missing blind indexes computed; run at every start, after the migrations. Cheap when there is nothing.
 */
export type ReencryptMode = 'rotate' | 'legacy';

export interface ColumnReport {
  /** Values sealed under the current key by this run. */
  resealed: number;
  /** Rows changed by someone else between the read and the write: left as they were written. */
  skipped: number;
  /** Values that could not be opened (key missing from the ring, or altered): left as they are. */
  unreadable: number;
}

export interface ReencryptReport extends ColumnReport {
  /** By `<table>.<column>`. */
  columns: Record<string, ColumnReport>;
}

export const REENCRYPT_BATCH_SIZE = 200;

const id = (name: string) => sql.identifier(name);
const prefixOf = (value: SQL, prefix: string) => sql`left(${value}, ${prefix.length}) <> ${prefix}`;

/** The expressions holding sealed text in one registry entry: the column, or each sealed field of the jsonb. */
function sealedExpressions(column: EncryptedColumn): { field: string; value: SQL }[] {
  if (column.how === 'json') {
    return (column.fields ?? []).map((f) => ({
      field: `${column.table}.${column.column}.${f}`,
      value: sql`(${id(column.column)} ->> ${f})`,
    }));
  }
  return [{ field: `${column.table}.${column.column}`, value: sql`${id(column.column)}` }];
}

/** Rows of one entry needing work in this mode. */
function needsWork(column: EncryptedColumn, mode: ReencryptMode, currentPrefix: string): SQL {
  const stale = sealedExpressions(column).map(
    ({ value }) =>
      sql`(${value} is not null and ${prefixOf(value, mode === 'rotate' ? currentPrefix : SEALED_PREFIX)})`,
  );
  if (column.index) {
    // A value without its blind index (sealed before the index existed, or by an old release).
    stale.push(sql`(${id(column.column)} is not null and ${id(column.index.column)} is null)`);
  }
  const when = column.when ? sql`${id(column.when)} and ` : sql``;
  return sql`${when}(${sql.join(stale, sql` or `)})`;
}

/** The plain text of a stored value: opened if sealed, as it is if written before encryption. */
function plainText(cipher: FieldCipher, field: string, stored: string): string {
  if (isSealed(stored)) return cipher.open(field as EncryptedField, stored as unknown as Ciphertext);
  if (stored.startsWith('enc:')) throw new DecryptionError(field, 'refused');
  return stored;
}

function resealed(cipher: FieldCipher, field: string, stored: string, currentPrefix: string): string {
  if (stored.startsWith(currentPrefix)) {
    // Already under the current key: still opened, so a damaged value is reported rather than copied.
    plainText(cipher, field, stored);
    return stored;
  }
  return cipher.seal(field as EncryptedField, plainText(cipher, field, stored)) as unknown as string;
}

async function reencryptColumn(
  db: Database,
  cipher: FieldCipher,
  column: EncryptedColumn,
  mode: ReencryptMode,
  batchSize: number,
): Promise<ColumnReport> {
  const report: ColumnReport = { resealed: 0, skipped: 0, unreadable: 0 };
  const table = id(column.table);
  const key = id(column.key);
  let after: string | null = null;
  for (;;) {
    const currentPrefix = `${SEALED_PREFIX}${cipher.keyring.currentId}:`;
    const batch: { key: string }[] = await db.transaction(async (tx) => {
      const found = await tx.execute<{ key: string; value: unknown }>(sql`
        select ${key}::text as key, ${id(column.column)} as value
          from ${table}
         where ${needsWork(column, mode, currentPrefix)}
           ${after === null ? sql`` : sql`and ${key} > ${after}::uuid`}
         order by ${key}
         limit ${batchSize}`);
      for (const row of found.rows) {
        let next: unknown;
        let plain: string | null = null;
        try {
          if (column.how === 'json') {
            const before = (typeof row.value === 'string' ? JSON.parse(row.value) : row.value) as Record<
              string,
              unknown
            >;
            const sealedFields = { ...before };
            for (const f of column.fields ?? []) {
              const value = before[f];
              if (typeof value === 'string') {
                sealedFields[f] = resealed(
                  cipher,
                  `${column.table}.${column.column}.${f}`,
                  value,
                  currentPrefix,
                );
              }
            }
            next = sealedFields;
          } else {
            const field = `${column.table}.${column.column}`;
            plain = plainText(cipher, field, row.value as string);
            next = resealed(cipher, field, row.value as string, currentPrefix);
          }
        } catch (error) {
          if (!(error instanceof DecryptionError)) throw error;
          report.unreadable++;
          continue;
        }
        const updated = await tx.execute<{ key: string }>(
          column.how === 'json'
            ? sql`update ${table} set ${id(column.column)} = ${JSON.stringify(next)}::jsonb
                   where ${key} = ${row.key}::uuid and ${id(column.column)} = ${JSON.stringify(row.value)}::jsonb
               returning ${key}::text as key`
            : sql`update ${table} set ${id(column.column)} = ${next as string}
                   ${column.index ? sql`, ${id(column.index.column)} = ${cipher.blindIndex(column.index.kind, plain)}` : sql``}
                   where ${key} = ${row.key}::uuid and ${id(column.column)} = ${row.value as string}
               returning ${key}::text as key`,
        );
        if (updated.rows.length > 0) report.resealed++;
        else report.skipped++;
      }
      return found.rows;
    });
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return report;
    after = last.key;
  }
}

/** The prefix of sealed bytes, as bytea, for SQL to compare with the start of a file. */
const bytesPrefix = (prefix: string) => sql`${Buffer.from(prefix, 'ascii')}::bytea`;
const startsWith = (prefix: string) =>
  sql`substring(content from 1 for ${Buffer.byteLength(prefix)}) = ${bytesPrefix(prefix)}`;

/**
 * Uploaded files (documents.content, sealed bytes): the same work as a text column, one file at a time (a file
 * may be large), updated only while it still holds what was read.
 */
async function reencryptFiles(
  db: Database,
  cipher: FieldCipher,
  mode: ReencryptMode,
  batchSize: number,
): Promise<ColumnReport> {
  const report: ColumnReport = { resealed: 0, skipped: 0, unreadable: 0 };
  let after: string | null = null;
  for (;;) {
    const currentPrefix = `${SEALED_PREFIX}${cipher.keyring.currentId}:`;
    const stale =
      mode === 'rotate' ? sql`not ${startsWith(currentPrefix)}` : sql`not ${startsWith(SEALED_PREFIX)}`;
    const ids: { rows: { id: string }[] } = await db.execute<{ id: string }>(sql`
      select id::text as id from documents
       where ${stale} ${after === null ? sql`` : sql`and id > ${after}::uuid`}
       order by id limit ${batchSize}`);
    for (const { id: fileId } of ids.rows) {
      await db.transaction(async (tx) => {
        const [row] = (
          await tx.execute<{ content: Uint8Array }>(
            sql`select content from documents where id = ${fileId}::uuid and ${stale} for update`,
          )
        ).rows;
        if (!row) {
          report.skipped++;
          return;
        }
        const stored = new Uint8Array(row.content);
        let plain: Uint8Array;
        try {
          plain = bytesKeyId(stored) === null ? stored : cipher.openBytes('documents.content', stored);
        } catch (error) {
          if (!(error instanceof DecryptionError)) throw error;
          report.unreadable++;
          return;
        }
        await tx.execute(
          sql`update documents set content = ${cipher.sealBytes('documents.content', plain)} where id = ${fileId}::uuid`,
        );
        report.resealed++;
      });
    }
    const last = ids.rows.at(-1);
    if (!last || ids.rows.length < batchSize) return report;
    after = last.id;
  }
}

/** Re-seals what the mode asks for, in every sealed column and every file; a report of counts (never values). */
export async function reencryptAll(
  db: Database,
  cipher: FieldCipher,
  options: { mode: ReencryptMode; batchSize?: number },
): Promise<ReencryptReport> {
  const report: ReencryptReport = { resealed: 0, skipped: 0, unreadable: 0, columns: {} };
  for (const column of ENCRYPTED_COLUMNS as readonly EncryptedColumn[]) {
    const one = await reencryptColumn(
      db,
      cipher,
      column,
      options.mode,
      options.batchSize ?? REENCRYPT_BATCH_SIZE,
    );
    report.columns[`${column.table}.${column.column}`] = one;
    report.resealed += one.resealed;
    report.skipped += one.skipped;
    report.unreadable += one.unreadable;
  }
  const files = await reencryptFiles(db, cipher, options.mode, options.batchSize ?? REENCRYPT_BATCH_SIZE);
  report.columns['documents.content'] = files;
  report.resealed += files.resealed;
  report.skipped += files.skipped;
  report.unreadable += files.unreadable;
  return report;
}

/** Seals the values written before encryption existed, and fills missing blind indexes (run at start). */
export function sealLegacyValues(db: Database, cipher: FieldCipher): Promise<ReencryptReport> {
  return reencryptAll(db, cipher, { mode: 'legacy' });
}

/**
 * How many stored values each key id seals, over every sealed column; `''` counts values not sealed at all
 * (written before encryption). A key that seals nothing may be pruned from the ring.
 */
export async function keysInUse(db: DbOrTx): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const column of ENCRYPTED_COLUMNS as readonly EncryptedColumn[]) {
    for (const { value } of sealedExpressions(column)) {
      const rows = await db.execute<{ key_id: string; n: number | string }>(sql`
        select case when left(${value}, ${SEALED_PREFIX.length}) = ${SEALED_PREFIX}
                    then split_part(${value}, ':', 3) else '' end as key_id,
               count(*) as n
          from ${id(column.table)}
         where ${value} is not null ${column.when ? sql`and ${id(column.when)}` : sql``}
         group by 1`);
      for (const row of rows.rows) {
        counts.set(row.key_id, (counts.get(row.key_id) ?? 0) + Number(row.n));
      }
    }
  }
  // Files: the key id sits between the prefix and the next colon, as ASCII.
  const files = await db.execute<{ key_id: string; n: number | string }>(sql`
    select case when ${startsWith(SEALED_PREFIX)}
                then split_part(encode(substring(content from 1 for 48), 'escape'), ':', 3) else '' end as key_id,
           count(*) as n
      from documents group by 1`);
  for (const row of files.rows) counts.set(row.key_id, (counts.get(row.key_id) ?? 0) + Number(row.n));
  return counts;
}
