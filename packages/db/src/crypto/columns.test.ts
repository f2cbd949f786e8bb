import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { CLIENT_TABLES } from '../personal-data/client-tables.ts';
import * as schema from '../schema/index.ts';
import { BLIND_INDEX_COLUMNS, ENCRYPTED_COLUMNS, fieldsOf, type EncryptedColumn } from './columns.ts';

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Every table of the schema by its SQL name, with its columns' SQL names and types. */
const TABLES = new Map(
  (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map((table) => {
      const config = getTableConfig(table);
      return [config.name, new Map(config.columns.map((c) => [snake(c.name), c.getSQLType()]))] as const;
    }),
);

describe('the registry of encrypted columns', () => {
  it.each(
    (ENCRYPTED_COLUMNS as readonly EncryptedColumn[]).map((c) => [`${c.table}.${c.column}`, c] as const),
  )('%s exists with the type its sealing needs', (_name, column) => {
    const columns = TABLES.get(column.table);
    expect(columns, column.table).toBeDefined();
    expect(columns?.get(column.key)).toBe('uuid');
    expect(columns?.get(column.column)).toBe(column.how === 'json' ? 'jsonb' : 'text');
    if (column.index) expect(columns?.get(column.index.column)).toBe('text');
    if (column.when) expect(columns?.get(column.when)).toBe('boolean');
  });

  it('covers only client tables, so the subject access bundle decrypts them all', () => {
    const clientTables = new Set(CLIENT_TABLES.map((t) => t.table));
    for (const column of ENCRYPTED_COLUMNS) expect(clientTables).toContain(column.table);
  });

  it('names each sealed field once, and lists the blind-index columns', () => {
    const fields = (ENCRYPTED_COLUMNS as readonly EncryptedColumn[]).flatMap(fieldsOf);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toContain('people.safe_contact.codeWord');
    expect(BLIND_INDEX_COLUMNS).toEqual({
      person_aliases: ['name_index'],
      matters: ['reference_index'],
      police_report_details: ['crime_reference_index'],
      nrm_referral_details: ['nrm_reference_index'],
      asylum_claim_details: ['home_office_reference_index', 'appeal_number_index'],
    });
  });
});
