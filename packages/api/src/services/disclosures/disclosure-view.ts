import {
  communications,
  consents,
  disclosures,
  openPendingCommunication,
  people,
  users,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import {
  CHANNELS,
  type Channel,
  type InformationCategory,
  type LegalBasis,
  type RecipientCategory,
  type Role,
} from '@umbrella/domain';
import { count, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { StaffContext } from '../access/client-record.ts';
import type { DisclosureView, QueuedDisclosureView } from './views.ts';

const requestedBy = alias(users, 'requested_by');
const decidedBy = alias(users, 'decided_by');

/** Who is looking (what they may do with a request awaiting approval), and the cipher the words open with. */
export interface DisclosureViewer {
  id: string;
  role: Role;
  cipher: FieldCipher;
}

export function viewerOf(ctx: StaffContext): DisclosureViewer {
  return { id: ctx.session.user.id, role: ctx.session.user.role, cipher: ctx.cipher };
}

/** What a request awaiting approval would log, for the supervisor to read (never the whole stored input). */
function pendingOf(cipher: FieldCipher, sealed: Record<string, unknown> | null): DisclosureView['pending'] {
  if (!sealed) return null;
  const stored = openPendingCommunication(cipher, sealed);
  const channel = (CHANNELS as readonly string[]).includes(String(stored.channel))
    ? (stored.channel as Channel)
    : 'letter';
  return {
    channel,
    subject: typeof stored.subject === 'string' ? stored.subject : '',
    body: typeof stored.body === 'string' ? stored.body : null,
    attachmentCount: Array.isArray(stored.attachmentIds) ? stored.attachmentIds.length : 0,
  };
}

function disclosureQuery(tx: DbOrTx) {
  return tx
    .select({
      d: disclosures,
      client: { id: people.id, displayName: people.displayName },
      requestedBy: { id: requestedBy.id, displayName: requestedBy.displayName },
      decidedById: decidedBy.id,
      decidedByName: decidedBy.displayName,
      consentId: consents.id,
      consentGivenOn: consents.givenOn,
      consentMethod: consents.method,
      communicationSubject: communications.subject,
    })
    .from(disclosures)
    .innerJoin(people, eq(people.id, disclosures.personId))
    .innerJoin(requestedBy, eq(requestedBy.id, disclosures.requestedById))
    .leftJoin(decidedBy, eq(decidedBy.id, disclosures.decidedById))
    .leftJoin(consents, eq(consents.id, disclosures.consentId))
    .leftJoin(communications, eq(communications.id, disclosures.communicationId));
}

type Row = Awaited<ReturnType<ReturnType<typeof disclosureQuery>['where']>>[number];

function toView(row: Row, viewer: DisclosureViewer): QueuedDisclosureView {
  const { d } = row;
  const awaiting = d.status === 'awaiting_approval';
  return {
    id: d.id,
    version: d.version,
    personId: d.personId,
    client: row.client,
    kind: d.kind,
    status: d.status,
    recipientCategory: d.recipientCategory as RecipientCategory,
    recipientLabel: d.recipientLabel,
    informationShared: d.informationShared as InformationCategory[],
    basis: d.basis,
    consent:
      row.consentId && row.consentGivenOn && row.consentMethod
        ? { id: row.consentId, givenOn: row.consentGivenOn, method: row.consentMethod }
        : null,
    legalBasis: d.legalBasis as LegalBasis | null,
    basisDetails: d.basisDetails,
    description: d.description,
    communicationId: d.communicationId,
    communication:
      d.communicationId && row.communicationSubject !== null
        ? {
            id: d.communicationId,
            subject: viewer.cipher.open('communications.subject', row.communicationSubject),
          }
        : null,
    pending: awaiting ? pendingOf(viewer.cipher, d.pendingCommunication) : null,
    requestedBy: row.requestedBy,
    requestedAt: d.createdAt.toISOString(),
    madeAt: d.madeAt?.toISOString() ?? null,
    decidedBy: row.decidedById ? { id: row.decidedById, displayName: row.decidedByName ?? '' } : null,
    decidedAt: d.decidedAt?.toISOString() ?? null,
    decisionReason: d.decisionReason,
    canCancel: awaiting && d.requestedById === viewer.id,
    canDecide: awaiting && viewer.role === 'supervisor',
  };
}

/** The disclosures matching `where`, in `order`, with who asked, who decided and the consent relied on. */
export async function loadDisclosureViews(
  tx: DbOrTx,
  where: SQL | undefined,
  viewer: DisclosureViewer,
  page: { order: SQL[]; limit?: number; offset?: number },
): Promise<QueuedDisclosureView[]> {
  const query = disclosureQuery(tx)
    .where(where)
    .orderBy(...page.order)
    .$dynamic();
  if (page.limit !== undefined) query.limit(page.limit);
  if (page.offset) query.offset(page.offset);
  return (await query).map((row) => toView(row, viewer));
}

/** The same, without the client's name (a client's own history, where the name is on the page already). */
export function withoutClient({ client: _client, ...view }: QueuedDisclosureView): DisclosureView {
  return view;
}

export async function loadDisclosureView(
  tx: DbOrTx,
  id: string,
  viewer: DisclosureViewer,
): Promise<DisclosureView> {
  const [view] = await loadDisclosureViews(tx, eq(disclosures.id, id), viewer, { order: [] });
  if (!view) throw new Error(`disclosure ${id} vanished inside its own transaction`);
  return withoutClient(view);
}

/** How many disclosures match `where` (for a page's total). */
export async function countDisclosures(tx: DbOrTx, where: SQL | undefined): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(disclosures).where(where);
  return Number(row?.n ?? 0);
}
