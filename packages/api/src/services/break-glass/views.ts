import type { PersonRef } from '../clients/views.ts';

/** A break-glass grant as the supervisors' list shows it. Instants are ISO strings. */
export interface BreakGlassGrantView {
  id: string;
  version: number;
  /** The caseworker who broke glass. */
  user: PersonRef;
  /** The client, by display name only. */
  client: PersonRef;
  /** Why they needed the record, in their words (never written to the audit log). */
  reason: string;
  openedAt: string;
  expiresAt: string;
  /** The access still runs now. */
  running: boolean;
  reviewedBy: PersonRef | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  /** Whether the caller may mark it reviewed (a supervisor, not for a grant of their own, not yet reviewed). */
  canReview: boolean;
}

/** A page of the supervisors' list, and how many grants the list holds in all. */
export interface BreakGlassPage {
  items: BreakGlassGrantView[];
  total: number;
}

/** The caller's own running grant on one client: what the client page's banner says. */
export interface MyBreakGlassView {
  id: string;
  personId: string;
  openedAt: string;
  expiresAt: string;
}
