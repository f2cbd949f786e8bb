import type { AnonymisationRequestStatus, MatterKind, RetentionPolicy } from '@umbrella/domain';
import type { PersonRef } from '../clients/views.ts';

export interface RetentionPolicySetting {
  policy: RetentionPolicy;
  /** The settings row's version; null while the defaults apply. */
  version: number | null;
}

/** A client the dry run finds due for anonymisation. */
export interface DueClient {
  personId: string;
  /** Shown to supervisors only: an administrator who is not a supervisor sees the id. */
  displayName: string | null;
  closedOn: string;
  kinds: MatterKind[];
  /** The years kept: the longest of the kinds (the default when none). */
  years: number;
  /** The day they became due (`closedOn` + `years`). */
  dueOn: string;
  /** A request to anonymise them awaiting approval, if one was made. */
  awaitingRequestId: string | null;
}

export interface DuePage {
  /** The day the dry run was for (today in London). */
  today: string;
  items: DueClient[];
  total: number;
  nextCursor: string | null;
}

export interface AnonymisationRequestView {
  id: string;
  version: number;
  personId: string;
  /** Shown to supervisors only (as on the dry run). */
  displayName: string | null;
  status: AnonymisationRequestStatus;
  /** Replaced by "Removed" once the client is anonymised. */
  reason: string;
  requestedBy: PersonRef;
  requestedAt: string;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionNote: string | null;
  /** Who may approve it, in words ("an administrator"). */
  approverNeeded: string;
  /** What the caller may do with it now. */
  canApprove: boolean;
  canRefuse: boolean;
  canCancel: boolean;
}

export interface AnonymisationRequestsPage {
  items: AnonymisationRequestView[];
  total: number;
  nextCursor: string | null;
}

/** Retention on a client's profile: legal hold and anonymisation. */
export interface ClientRetention {
  personId: string;
  /** The client record's version: setting or lifting a legal hold names it. */
  version: number;
  anonymisedAt: string | null;
  legalHold: { reason: string; setBy: PersonRef | null; setAt: string | null } | null;
  caseStatus: 'open' | 'closed';
  closedOn: string | null;
  /** The day the retention policy makes them due (closed cases only). */
  dueOn: string | null;
  /** Why the client cannot be anonymised now, or null. */
  blockedBy: string | null;
  /** The request awaiting approval, if any. */
  awaiting: AnonymisationRequestView | null;
  canChangeLegalHold: boolean;
  canRequest: boolean;
}
