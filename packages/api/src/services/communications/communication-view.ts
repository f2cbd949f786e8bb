import {
  communications,
  disclosures,
  documents,
  matters,
  openCommunicationText,
  people,
  users,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import {
  isDisclosingCommunication,
  type Channel,
  type ConfirmationState,
  type Direction,
  type DisclosureBasis,
  type InformationCategory,
  type LegalBasis,
  type MatterKind,
  type RecipientCategory,
  type ReplyState,
} from '@umbrella/domain';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PersonRef } from '../clients/views.ts';

export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * The disclosure a communication sent (or a call or meeting) made: on what basis it was shared ("Shared with the client's consent",
 * "Approved by Sam Super: …").
 */
export interface CommunicationDisclosure {
  id: string;
  basis: DisclosureBasis;
  legalBasis: LegalBasis | null;
  basisDetails: string | null;
  recipientCategory: RecipientCategory;
  informationShared: InformationCategory[];
  decidedBy: PersonRef | null;
  decisionReason: string | null;
  decidedAt: string | null;
}

/** A communication as the screens see it. */
export interface CommunicationView {
  id: string;
  version: number;
  personId: string;
  clientDisplayName: string;
  matterId: string | null;
  matterKind: MatterKind | null;
  direction: Direction;
  channel: Channel;
  agencyId: string | null;
  contactId: string | null;
  counterpartName: string | null;
  /** Who it was with, as recorded at the time. */
  counterpartLabel: string;
  occurredOn: string;
  subject: string;
  /** The text, or in lists its first 300 characters (then `bodyTruncated`). */
  body: string | null;
  bodyTruncated: boolean;
  replyState: ReplyState | null;
  replyDue: string | null;
  replyDueExplanation: string | null;
  /** Awaiting a reply and the reply-due date has passed. */
  replyOverdue: boolean;
  answeredById: string | null;
  /** Received: the letter it was marked as the reply to (the latest of its chain), if any. */
  answers: { id: string; subject: string; occurredOn: string } | null;
  chaserOfId: string | null;
  confirmation: ConfirmationState | null;
  confirmationNote: string | null;
  confirmsId: string | null;
  recordedBy: { id: string; displayName: string };
  recordedAt: string;
  attachments: AttachmentView[];
  /** Sent, or a call or meeting: the disclosure it made; null for a letter received (or logged before disclosures were recorded). */
  disclosure: CommunicationDisclosure | null;
}

const EXCERPT_LENGTH = 300;

/** The explanation of a reply-due date typed in by the caseworker. */
export const BY_HAND = 'Set by hand.';

/** Every column but the search vector. */
export const communicationColumns = {
  id: communications.id,
  version: communications.version,
  personId: communications.personId,
  matterId: communications.matterId,
  direction: communications.direction,
  channel: communications.channel,
  agencyId: communications.agencyId,
  contactId: communications.contactId,
  counterpartName: communications.counterpartName,
  counterpartLabel: communications.counterpartLabel,
  occurredOn: communications.occurredOn,
  jurisdiction: communications.jurisdiction,
  subject: communications.subject,
  body: communications.body,
  replyState: communications.replyState,
  replyDue: communications.replyDue,
  replyDueExplanation: communications.replyDueExplanation,
  answeredById: communications.answeredById,
  chaserOfId: communications.chaserOfId,
  confirmation: communications.confirmation,
  confirmationNote: communications.confirmationNote,
  confirmsId: communications.confirmsId,
  createdAt: communications.createdAt,
};

/** Newest first: by the date sent or received, then the moment it was logged. */
export const NEWEST_FIRST = [
  desc(communications.occurredOn),
  desc(communications.createdAt),
  desc(communications.id),
] as const;
export const OLDEST_FIRST = [
  asc(communications.occurredOn),
  asc(communications.createdAt),
  asc(communications.id),
] as const;

/** Attachments' metadata (never their content) for a set of communications: one query. */
async function loadAttachments(tx: DbOrTx, ids: string[]): Promise<Map<string, AttachmentView[]>> {
  const byCommunication = new Map<string, AttachmentView[]>();
  if (!ids.length) return byCommunication;
  const rows = await tx
    .select({
      id: documents.id,
      communicationId: documents.communicationId,
      filename: documents.filename,
      contentType: documents.contentType,
      size: documents.size,
      sha256: documents.sha256,
    })
    .from(documents)
    .where(inArray(documents.communicationId, ids))
    .orderBy(asc(documents.attachedAt), asc(documents.filename), asc(documents.id));
  for (const { communicationId, ...attachment } of rows) {
    if (!communicationId) continue;
    const list = byCommunication.get(communicationId) ?? [];
    list.push(attachment);
    byCommunication.set(communicationId, list);
  }
  return byCommunication;
}

/** The disclosures made by a set of sent communications, with who approved each (if anyone): one query. */
async function loadDisclosures(tx: DbOrTx, ids: string[]): Promise<Map<string, CommunicationDisclosure>> {
  const byCommunication = new Map<string, CommunicationDisclosure>();
  if (!ids.length) return byCommunication;
  const rows = await tx
    .select({
      id: disclosures.id,
      communicationId: disclosures.communicationId,
      basis: disclosures.basis,
      legalBasis: disclosures.legalBasis,
      basisDetails: disclosures.basisDetails,
      recipientCategory: disclosures.recipientCategory,
      informationShared: disclosures.informationShared,
      decidedById: users.id,
      decidedByName: users.displayName,
      decisionReason: disclosures.decisionReason,
      decidedAt: disclosures.decidedAt,
    })
    .from(disclosures)
    .leftJoin(users, eq(users.id, disclosures.decidedById))
    .where(
      and(
        inArray(disclosures.communicationId, ids),
        eq(disclosures.kind, 'communication'),
        eq(disclosures.status, 'made'),
      ),
    )
    .orderBy(asc(disclosures.createdAt), asc(disclosures.id));
  for (const { communicationId, decidedById, decidedByName, decidedAt, ...row } of rows) {
    if (!communicationId) continue;
    byCommunication.set(communicationId, {
      ...row,
      legalBasis: row.legalBasis as LegalBasis | null,
      recipientCategory: row.recipientCategory as RecipientCategory,
      informationShared: row.informationShared as InformationCategory[],
      decidedBy: decidedById ? { id: decidedById, displayName: decidedByName ?? '' } : null,
      decidedAt: decidedAt?.toISOString() ?? null,
    });
  }
  return byCommunication;
}

/** For received communications: what each answered (the latest letter of the chain it closed). One query. */
async function loadAnswered(
  tx: DbOrTx,
  cipher: FieldCipher,
  ids: string[],
): Promise<Map<string, { id: string; subject: string; occurredOn: string }>> {
  const answered = new Map<string, { id: string; subject: string; occurredOn: string }>();
  if (!ids.length) return answered;
  const rows = await tx
    .select({
      id: communications.id,
      subject: communications.subject,
      occurredOn: communications.occurredOn,
      answeredById: communications.answeredById,
    })
    .from(communications)
    .where(inArray(communications.answeredById, ids))
    .orderBy(...OLDEST_FIRST);
  // Oldest first, so the latest letter of a chain is the one kept.
  for (const { answeredById, subject, ...letter } of rows) {
    if (answeredById) {
      answered.set(answeredById, { ...letter, subject: cipher.open('communications.subject', subject) });
    }
  }
  return answered;
}

/** The communications matching `where`, with client name, matter kind, recorder and attachments: two queries. */
export async function loadCommunicationViews(
  tx: DbOrTx,
  cipher: FieldCipher,
  where: SQL | undefined,
  options: { today: string; order?: readonly SQL[]; limit?: number; offset?: number; excerpt?: boolean },
): Promise<CommunicationView[]> {
  const query = tx
    .select({
      c: communicationColumns,
      clientDisplayName: people.displayName,
      matterKind: matters.kind,
      recordedBy: { id: users.id, displayName: users.displayName },
    })
    .from(communications)
    .innerJoin(people, eq(people.id, communications.personId))
    .innerJoin(users, eq(users.id, communications.recordedById))
    .leftJoin(matters, eq(matters.id, communications.matterId))
    .where(where)
    .orderBy(...(options.order ?? NEWEST_FIRST));
  const rows = options.limit ? await query.limit(options.limit).offset(options.offset ?? 0) : await query;
  const answered = await loadAnswered(
    tx,
    cipher,
    rows.filter((r) => r.c.direction === 'incoming').map((r) => r.c.id),
  );
  const attachments = await loadAttachments(
    tx,
    rows.map((r) => r.c.id),
  );
  const disclosed = await loadDisclosures(
    tx,
    rows.filter((r) => isDisclosingCommunication(r.c)).map((r) => r.c.id),
  );
  return rows.map(({ c, clientDisplayName, matterKind, recordedBy }) => {
    const { createdAt, jurisdiction: _jurisdiction, ...fields } = c;
    // Sealed, so opened whole; lists carry an excerpt, not letters of 50,000 characters.
    const { subject, body } = openCommunicationText(cipher, c);
    const truncated = !!options.excerpt && (body?.length ?? 0) > EXCERPT_LENGTH;
    return {
      ...fields,
      subject,
      body: truncated ? `${body?.slice(0, EXCERPT_LENGTH) ?? ''}…` : body,
      bodyTruncated: truncated,
      clientDisplayName,
      matterKind,
      recordedBy,
      recordedAt: createdAt.toISOString(),
      replyOverdue: c.replyState === 'awaiting' && c.replyDue !== null && c.replyDue < options.today,
      answers: answered.get(c.id) ?? null,
      attachments: attachments.get(c.id) ?? [],
      disclosure: disclosed.get(c.id) ?? null,
    };
  });
}

export async function loadCommunicationView(
  tx: DbOrTx,
  cipher: FieldCipher,
  id: string,
  today: string,
): Promise<CommunicationView> {
  const [view] = await loadCommunicationViews(tx, cipher, eq(communications.id, id), { today });
  if (!view) throw new Error(`communication ${id} vanished inside its own transaction`);
  return view;
}

/** A communication of this client, locked for a change, or a 400 naming the field. */
export function onClient(personId: string, id: string): SQL {
  return and(eq(communications.id, id), eq(communications.personId, personId)) ?? sql`false`;
}
