import { communications, openCommunicationText, type DbOrTx } from '@umbrella/db';
import { eq } from 'drizzle-orm';
import { badRequest, notFound } from '../../errors.ts';
import { openClientRecord, type PersonRow, type StaffContext } from '../access/client-record.ts';
import { communicationColumns } from './communication-view.ts';

type StoredCommunication = NonNullable<Awaited<ReturnType<typeof selectCommunication>>>;

/** A communication's facts, without its words (sealed in the row: only opened where they are read). */
export type CommunicationRow = Omit<StoredCommunication, 'subject' | 'body'>;

/** A communication with its subject and text opened. */
export type OpenedCommunication = CommunicationRow & { subject: string; body: string | null };

function withoutText({ subject: _subject, body: _body, ...row }: StoredCommunication): CommunicationRow {
  return row;
}

async function selectCommunication(tx: DbOrTx, id: string, lock: boolean) {
  const query = tx
    .select(communicationColumns)
    .from(communications)
    .where(eq(communications.id, id))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/**
 * Opens a communication by id: finds its client, then checks the caller may open that client's record
 * (a refusal is audited by `inClientTransaction`). `write` also locks the communication.
 */
export async function openCommunication(
  tx: DbOrTx,
  ctx: StaffContext,
  id: string,
  action: string,
  options: { write?: boolean } = {},
): Promise<{ person: PersonRow; communication: OpenedCommunication }> {
  const found = await selectCommunication(tx, id, false);
  if (!found) throw notFound('communication');
  const person = await openClientRecord(tx, ctx, found.personId, action, { write: options.write });
  const communication = options.write ? await selectCommunication(tx, id, true) : found;
  if (!communication) throw notFound('communication');
  return {
    person,
    communication: { ...withoutText(communication), ...openCommunicationText(ctx.cipher, communication) },
  };
}

/** A communication named in an input (a chaser's original, a reply's letter): it must be on the same client. */
export async function linkedCommunication(
  tx: DbOrTx,
  personId: string,
  id: string,
  field: string,
): Promise<CommunicationRow> {
  const row = await selectCommunication(tx, id, true);
  if (!row || row.personId !== personId) {
    throw badRequest(field, 'That communication is not on this client’s case file.');
  }
  return withoutText(row);
}
