import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { requiredText } from '../common/schemas.ts';

/** Reasons and notes are a few sentences, and must not identify the client (they outlive the record). */
export const RETENTION_TEXT_MAX = 1000;

export const ANONYMISATION_REQUEST_STATUSES = [
  'awaiting_approval',
  'approved',
  'refused',
  'cancelled',
] as const;
export type AnonymisationRequestStatus = (typeof ANONYMISATION_REQUEST_STATUSES)[number];
export const ANONYMISATION_REQUEST_STATUS_LABELS: Record<AnonymisationRequestStatus, string> = {
  awaiting_approval: 'Awaiting approval',
  approved: 'Approved: anonymised',
  refused: 'Refused',
  cancelled: 'Withdrawn',
};

/** What a reason for anonymising is replaced by once the client is anonymised. */
export const REMOVED_TEXT = 'Removed';

/** A legal hold suspends the retention policy and anonymisation for one client; the reason is required. */
export const setLegalHoldInput = z.object({
  personId: uuidSchema,
  /** The client record's version, as read. */
  version: versionSchema,
  reason: requiredText(RETENTION_TEXT_MAX, 'The reason'),
});
export type SetLegalHoldInput = z.input<typeof setLegalHoldInput>;

export const clearLegalHoldInput = z.object({ personId: uuidSchema, version: versionSchema });

/** Ask a second person to approve anonymising one client. */
export const requestAnonymisationInput = z.object({
  personId: uuidSchema,
  reason: requiredText(RETENTION_TEXT_MAX, 'The reason'),
});
export type RequestAnonymisationInput = z.input<typeof requestAnonymisationInput>;

/** Approve (and so anonymise), or withdraw one's own request: the request's version, as read. */
export const anonymisationRequestRefInput = z.object({ id: uuidSchema, version: versionSchema });

/** Refuse a request, saying why. */
export const refuseAnonymisationInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  note: requiredText(RETENTION_TEXT_MAX, 'The note'),
});

export const RETENTION_PAGE_MAX = 100;

const pageCursor = z
  .string()
  .regex(/^\d{1,6}$/, { error: 'Not a valid page cursor' })
  .nullish()
  .transform((v) => v ?? null);
const pageLimit = z.number().int().min(1).max(RETENTION_PAGE_MAX).default(25);

/** The dry run: the clients due for anonymisation today, by the day they became due. */
export const retentionDueInput = z.object({ cursor: pageCursor, limit: pageLimit });

/** The requests awaiting a second person, or those decided (what happened recently, newest first). */
export const anonymisationRequestsInput = z.object({
  state: z.enum(['awaiting', 'decided'], { error: 'Choose awaiting or decided' }),
  cursor: pageCursor,
  limit: pageLimit,
});

export const clientRetentionInput = z.object({ personId: uuidSchema });
