import type {
  Channel,
  ConsentMethod,
  DisclosureBasis,
  DisclosureDecision,
  DisclosureKind,
  DisclosureStatus,
  InformationCategory,
  LegalBasis,
  RecipientCategory,
  SharingCategory,
} from '@umbrella/domain';
import type { PersonRef } from '../clients/views.ts';

/** One consent on a client's record, with the sentence the profile shows. */
export interface ConsentView {
  id: string;
  version: number;
  categories: SharingCategory[];
  /** "The client agreed to share information with the police and prosecutors and …". */
  sentence: string;
  method: ConsentMethod;
  givenOn: string;
  /** The signed form (download at /files/:id), when there is one. */
  document: { id: string; filename: string } | null;
  scope: string | null;
  recordedBy: PersonRef;
  recordedAt: string;
  withdrawnAt: string | null;
  withdrawnBy: PersonRef | null;
  withdrawalNote: string | null;
  /** In force now: given and not withdrawn. */
  inForce: boolean;
}

/** A client's consents: those in force first, then withdrawn ones; and what they cover now. */
export interface ClientConsentsView {
  /** This page's consents: those in force first, then the others, each newest given first. */
  consents: ConsentView[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
  /** The client's consents in all (every page): in force, and withdrawn or not yet given. */
  counts: { inForce: number; notInForce: number };
  /** The sharing categories covered now, in SHARING_CATEGORIES order. */
  categoriesInForce: SharingCategory[];
  /** Whether the caller may record or withdraw (staff who may change the record; not on an archived client). */
  canChange: boolean;
}

/** What the firewall says about sending this client's information to a recipient now (the log form asks). */
export interface SharingCheckView {
  recipientCategory: RecipientCategory;
  decision: DisclosureDecision;
  /** The limits the client set on the consents in force ("Nothing to the Home Office from us"), oldest first. */
  limits: string[];
}

/** One disclosure: made, awaiting approval, refused or cancelled. */
export interface DisclosureView {
  id: string;
  version: number;
  personId: string;
  kind: DisclosureKind;
  status: DisclosureStatus;
  recipientCategory: RecipientCategory;
  recipientLabel: string;
  informationShared: InformationCategory[];
  basis: DisclosureBasis;
  /** The consent it relied on (basis consent): when given and how. */
  consent: { id: string; givenOn: string; method: ConsentMethod } | null;
  legalBasis: LegalBasis | null;
  basisDetails: string | null;
  /** "Letter: Request for records", "Chronology", "Downloaded a document". */
  description: string;
  communicationId: string | null;
  /** Made by logging a communication: which, by its subject as it reads now. */
  communication: { id: string; subject: string } | null;
  /** Awaiting approval: what would be logged as sent, for the supervisor to read before deciding. */
  pending: {
    channel: Channel;
    subject: string;
    body: string | null;
    attachmentCount: number;
  } | null;
  requestedBy: PersonRef;
  requestedAt: string;
  madeAt: string | null;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** The caller asked for it and it still awaits approval: they may cancel it. */
  canCancel: boolean;
  /** The caller is a supervisor and it awaits approval. */
  canDecide: boolean;
}

export interface DisclosurePage {
  items: DisclosureView[];
  total: number;
}

/** The supervisors' queue: the client is named by display name only, linked to the record. */
export interface QueuedDisclosureView extends DisclosureView {
  client: { id: string; displayName: string };
}

export interface DisclosureQueuePage {
  /** With the limits the client set on their consents in force (awaiting approval only; empty otherwise). */
  items: (QueuedDisclosureView & { clientLimits: string[] })[];
  total: number;
}
