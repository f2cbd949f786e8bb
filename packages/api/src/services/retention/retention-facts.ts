import { cases, matters, people, type DbOrTx } from '@umbrella/db';
import { anonymisationBlock, type MatterKind } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import type { PersonRow } from '../access/client-record.ts';

export interface ClientRetentionFacts {
  /** Closed only when every case file of the client is closed (with its day). */
  caseStatus: 'open' | 'closed';
  closedOn: string | null;
  kinds: MatterKind[];
}

/** The case files and matter kinds the retention rule looks at, for one client. */
export async function loadRetentionFacts(tx: DbOrTx, personId: string): Promise<ClientRetentionFacts> {
  const files = await tx
    .select({ status: cases.status, closedOn: cases.closedOn })
    .from(cases)
    .where(eq(cases.personId, personId));
  const kinds = await tx
    .selectDistinct({ kind: matters.kind })
    .from(matters)
    .where(eq(matters.personId, personId));
  const closed = files.length > 0 && files.every((f) => f.status === 'closed' && f.closedOn !== null);
  const closedOn = closed
    ? (files
        .map((f) => f.closedOn ?? '')
        .sort()
        .at(-1) ?? null)
    : null;
  return {
    caseStatus: closed ? 'closed' : 'open',
    closedOn,
    kinds: kinds.map((k) => k.kind).sort(),
  };
}

/**
 * Locks the client's row for the rest of the transaction, so a legal hold set at the same moment cannot slip
 * between the check and the act. No record check: supervisors see every client, and administrators act on
 * the id without opening the record.
 */
export async function lockClient(tx: DbOrTx, personId: string): Promise<PersonRow> {
  const [person] = await tx.select().from(people).where(eq(people.id, personId)).limit(1).for('update');
  if (!person) throw notFound('client');
  return person;
}

/** Why this client cannot be anonymised now (legal hold, open case, already anonymised), or null. */
export async function blockFor(tx: DbOrTx, person: PersonRow): Promise<string | null> {
  const facts = await loadRetentionFacts(tx, person.id);
  return anonymisationBlock({
    caseStatus: facts.caseStatus,
    legalHold: person.legalHold,
    anonymised: person.anonymisedAt !== null,
  });
}
