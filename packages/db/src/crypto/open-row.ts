import type { FieldCipher } from './cipher.ts';
import type { Ciphertext } from './ciphertext.ts';
import { ENCRYPTED_COLUMNS, type EncryptedColumn, type EncryptedField } from './columns.ts';

/**
 * A row read by column name (`select *`, snake_case keys) with its sealed columns opened and its blind
 * indexes left out: for exports that hand a client their data in clear (the subject access bundle).
 */
export function openStoredRow(
  cipher: FieldCipher,
  table: string,
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const column of ENCRYPTED_COLUMNS as readonly EncryptedColumn[]) {
    if (column.table !== table) continue;
    if (column.index) delete out[column.index.column];
    const stored = row[column.column];
    if (stored === null || stored === undefined) continue;
    if (column.when && row[column.when] !== true) continue;
    if (column.how === 'json') {
      const value = { ...(stored as Record<string, unknown>) };
      for (const f of column.fields ?? []) {
        const sealed = value[f];
        if (typeof sealed === 'string') {
          value[f] = cipher.open(
            `${table}.${column.column}.${f}` as EncryptedField,
            sealed as unknown as Ciphertext,
          );
        }
      }
      out[column.column] = value;
    } else {
      out[column.column] = cipher.open(
        `${table}.${column.column}` as EncryptedField,
        stored as unknown as Ciphertext,
      );
    }
  }
  return out;
}
