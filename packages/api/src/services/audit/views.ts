import type { PersonRef } from '../clients/views.ts';

/** One row of the audit log as the viewer shows it. */
export interface AuditRowView {
  seq: number;
  at: string;
  actor: PersonRef | null;
  action: string;
  /** The action in words where there are some ("Viewed the record (timeline)"). */
  text: string;
  outcome: 'success' | 'failure' | 'denied';
  entityType: string | null;
  entityId: string | null;
  /**
   * The client the row is about (its entity, else `details.personId`); the display name only for supervisors
   * (an administrator sees the id).
   */
  client: { id: string; displayName: string | null } | null;
  /** Ids, field names and reasons only (never client data). */
  details: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditRowView[];
  /** Pass as `cursor` for the next, older page. */
  nextCursor: string | null;
}

export interface AuditExport {
  filename: string;
  csv: string;
  rows: number;
}

/** Everyone who can appear as the actor of a row, for the filter. */
export interface AuditActor extends PersonRef {
  role: string;
  active: boolean;
}
