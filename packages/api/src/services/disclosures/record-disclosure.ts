import { disclosures, type DbOrTx } from '@umbrella/db';
import type {
  DisclosureBasis,
  DisclosureKind,
  DisclosureStatus,
  InformationCategory,
  LegalBasis,
  RecipientCategory,
} from '@umbrella/domain';

/** One disclosure as it is written: made as it happened, or awaiting a supervisor's approval. */
export interface DisclosureRecord {
  personId: string;
  caseId: string;
  kind: DisclosureKind;
  status: Extract<DisclosureStatus, 'made' | 'awaiting_approval'>;
  recipientCategory: RecipientCategory;
  agencyId?: string | null;
  /** Who it goes to as it reads now ("DC Amy Hart, Northshire Police", "Our own casework"). */
  recipientLabel: string;
  informationShared: readonly InformationCategory[];
  basis: DisclosureBasis;
  consentId?: string | null;
  legalBasis?: LegalBasis | null;
  basisDetails?: string | null;
  /** A few words, never personal data: "Letter sent", "Document downloaded". */
  description: string;
  communicationId?: string | null;
  documentId?: string | null;
  requestedById: string;
  /** Awaiting approval: the communication as it will be logged. */
  pendingCommunication?: Record<string, unknown> | null;
  now: Date;
}

/**
 * Records a disclosure in the caller's transaction: every outgoing communication, download and print writes
 * one beside its own rows and its audit. A `made` one on a legal basis or to immigration enforcement also
 * needs a supervisor's decision (the database refuses it otherwise): that is written by the decision itself.
 */
export async function recordDisclosure(tx: DbOrTx, record: DisclosureRecord): Promise<string> {
  const [row] = await tx
    .insert(disclosures)
    .values({
      personId: record.personId,
      caseId: record.caseId,
      kind: record.kind,
      status: record.status,
      recipientCategory: record.recipientCategory,
      agencyId: record.agencyId ?? null,
      recipientLabel: record.recipientLabel,
      informationShared: [...record.informationShared],
      basis: record.basis,
      consentId: record.consentId ?? null,
      legalBasis: record.legalBasis ?? null,
      basisDetails: record.basisDetails ?? null,
      description: record.description,
      communicationId: record.communicationId ?? null,
      documentId: record.documentId ?? null,
      requestedById: record.requestedById,
      madeAt: record.status === 'made' ? record.now : null,
      pendingCommunication: record.pendingCommunication ?? null,
      createdAt: record.now,
      updatedAt: record.now,
    })
    .returning({ id: disclosures.id });
  if (!row) throw new Error('disclosure insert returned nothing');
  return row.id;
}
