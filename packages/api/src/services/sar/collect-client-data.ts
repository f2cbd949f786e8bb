import {
  CLIENT_TABLES,
  NOT_EXPORTED_COLUMNS,
  openStoredRow,
  type Ciphertext,
  type ClientTableLink,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import { isUuid, nameRedactor } from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';
import { auditRowsAboutClient } from '../audit/about-client.ts';

export type Row = Record<string, unknown>;

export interface ClientFile {
  id: string;
  filename: string;
  contentType: string;
  sha256: string;
  content: Uint8Array;
}

/** Everything held about one client: every row of every client table, names for the ids, the files. */
export interface ClientData {
  sections: Record<string, Row[]>;
  /** Staff, agencies and contacts the rows refer to by id. */
  names: {
    staff: Record<string, string>;
    agencies: Record<string, string>;
    contacts: Record<string, string>;
  };
  files: ClientFile[];
}

function rowsQuery(link: ClientTableLink, personId: string): SQL {
  const table = sql.identifier(link.table);
  switch (link.by) {
    case 'id':
      return sql`select * from ${table} where id = ${personId}`;
    case 'person_id':
      return sql`select * from ${table} where person_id = ${personId} order by created_at, id`;
    case 'matter_id':
      return sql`select * from ${table} where matter_id in (select id from matters where person_id = ${personId})`;
    case 'appointment_id':
      return sql`select * from ${table} where appointment_id in (select id from appointments where person_id = ${personId}) order by created_at, id`;
    case 'audit_entity':
      // Rows against the client and rows against their records naming them (the audit viewer's rule).
      return sql`select * from ${table} where ${auditRowsAboutClient(personId)} order by seq`;
  }
}

/** A value as JSON holds it: instants as ISO strings, bytes as base64. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

/** Redacts other clients' names in every string of a value, leaving ids alone. */
function redactDeep(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return isUuid(value) ? value : redact(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)]));
  }
  return value;
}

/**
 * Builds the redactor from every other client's display name and aliases (the client's own are spared). Alias
 * names are stored encrypted: they are opened here, since the text they must be found in is in clear.
 */
async function otherClientsRedactor(tx: DbOrTx, cipher: FieldCipher, personId: string) {
  const displayNames = await tx.execute<{ name: string; own: boolean }>(
    sql`select display_name as name, id = ${personId} as own from people`,
  );
  const aliases = await tx.execute<{ name: string; own: boolean }>(
    sql`select name, person_id = ${personId} as own from person_aliases`,
  );
  const names = [
    ...displayNames.rows,
    ...aliases.rows.map((a) => ({
      name: cipher.open('person_aliases.name', a.name as unknown as Ciphertext),
      own: a.own,
    })),
  ];
  return nameRedactor(
    names.filter((n) => !n.own).map((n) => n.name),
    names.filter((n) => n.own).map((n) => n.name),
  );
}

/** Display names for every id in the rows that names a member of staff, an agency or a contact. */
async function namesFor(tx: DbOrTx, sections: Record<string, Row[]>): Promise<ClientData['names']> {
  const ids = new Set<string>();
  for (const rows of Object.values(sections)) {
    for (const row of rows) {
      for (const [key, value] of Object.entries(row)) {
        if (!key.endsWith('id')) continue;
        for (const v of Array.isArray(value) ? value : [value]) if (isUuid(v)) ids.add(v);
      }
    }
  }
  const list = [...ids];
  if (list.length === 0) return { staff: {}, agencies: {}, contacts: {} };
  const idArray = sql`array[${sql.join(
    list.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
  const found = await tx.execute<{ kind: 'staff' | 'agencies' | 'contacts'; id: string; name: string }>(sql`
    select 'staff' as kind, id, display_name as name from users where id = any(${idArray})
    union all select 'agencies', id, name from agencies where id = any(${idArray})
    union all select 'contacts', id, name from contacts where id = any(${idArray})`);
  const names: ClientData['names'] = { staff: {}, agencies: {}, contacts: {} };
  for (const row of found.rows) names[row.kind][row.id] = row.name;
  return names;
}

/**
 * Reads every row held about one client (CLIENT_TABLES), in the caller's transaction, with other clients'
 * names redacted from the text. The encrypted columns (ENCRYPTED_COLUMNS) are decrypted: the bundle is for the
 * client, in clear. Search vectors, blind indexes and hashes are left out; file bytes come back as files.
 */
export async function collectClientData(
  tx: DbOrTx,
  cipher: FieldCipher,
  personId: string,
): Promise<ClientData> {
  const redact = await otherClientsRedactor(tx, cipher, personId);
  const sections: Record<string, Row[]> = {};
  for (const link of CLIENT_TABLES) {
    const result = await tx.execute<Row>(rowsQuery(link, personId));
    const skipped = new Set(NOT_EXPORTED_COLUMNS[link.table] ?? []);
    sections[link.table] = result.rows.map((row) =>
      Object.fromEntries(
        Object.entries(openStoredRow(cipher, link.table, row))
          .filter(([key]) => !skipped.has(key))
          .map(([key, value]) => [key, redactDeep(plain(value), redact)]),
      ),
    );
  }
  const files = await tx.execute<{
    id: string;
    filename: string;
    content_type: string;
    sha256: string;
    content: Uint8Array;
  }>(
    sql`select id, filename, content_type, sha256, content from documents where person_id = ${personId} order by created_at, id`,
  );
  return {
    sections,
    names: await namesFor(tx, sections),
    files: files.rows.map((f) => ({
      id: f.id,
      filename: redact(f.filename),
      contentType: f.content_type,
      sha256: f.sha256,
      content: new Uint8Array(cipher.openBytes('documents.content', f.content)),
    })),
  };
}
