import { z } from 'zod';
import { uuidSchema } from '../auth/schemas.ts';
import { calendarDateSchema } from '../common/schemas.ts';
import { daysBetween } from '../deadlines/today.ts';

export const AUDIT_PAGE_MAX = 100;
/** One export holds at most this many rows: narrow the filters for more. */
export const AUDIT_EXPORT_MAX = 10_000;
/** The longest period (in days, both ends counted) one search or export with a first and a last day may cover. */
export const AUDIT_RANGE_MAX_DAYS = 366;

export const AUDIT_KINDS = ['all', 'reads', 'changes', 'refusals'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  all: 'Everything',
  reads: 'Views of records',
  changes: 'Changes',
  refusals: 'Refusals and failures',
};

const optionalDate = calendarDateSchema.nullish().transform((v) => v ?? null);

/** Who viewed or changed what: by user, client and London day, newest first. */
const auditFilterFields = {
  actorId: uuidSchema.nullish().transform((v) => v ?? null),
  personId: uuidSchema.nullish().transform((v) => v ?? null),
  from: optionalDate,
  to: optionalDate,
  kind: z.enum(AUDIT_KINDS, { error: 'Choose what to show' }).default('all'),
};

/**
 * The last day not before the first, and the period at most AUDIT_RANGE_MAX_DAYS long. A period open at one end
 * is not limited here: a page holds at most AUDIT_PAGE_MAX rows and an export at most AUDIT_EXPORT_MAX.
 */
function refineRange(value: { from: string | null; to: string | null }, ctx: z.RefinementCtx) {
  if (!value.from || !value.to) return;
  if (value.to < value.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day cannot be before the first' });
  } else if (daysBetween(value.from, value.to) + 1 > AUDIT_RANGE_MAX_DAYS) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `The period can be at most ${AUDIT_RANGE_MAX_DAYS} days: choose a last day nearer the first`,
    });
  }
}

export const auditLogInput = z
  .object({
    ...auditFilterFields,
    /** The sequence number of the last row of the previous page (digits: the page's `nextCursor`). */
    cursor: z
      .string()
      .regex(/^[1-9]\d{0,14}$/, 'Not a valid page')
      .nullish()
      .transform((v) => (v ? Number(v) : null)),
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  })
  .superRefine(refineRange);
export type AuditLogInput = z.input<typeof auditLogInput>;

export const auditExportInput = z.object(auditFilterFields).superRefine(refineRange);

/** Actions that only read: a view of a record, a list or a search (`*.read`, `*.list`, …). */
const READ_ACTION = /\.(read|list|search|agenda|caseload|client|get|download|queue|forClient)$/;
export function isReadAction(action: string): boolean {
  return READ_ACTION.test(action);
}
/** The same rule for SQL (`action ~ pattern`). */
export const READ_ACTION_PATTERN = READ_ACTION.source;

/** What an audit row records, in words: "Viewed the record (timeline)", else the action's own name. */
export function auditActionText(action: string, details: Record<string, unknown>): string {
  if (action === 'clients.read') {
    return typeof details.view === 'string' ? `Viewed the record (${details.view})` : 'Viewed the record';
  }
  if (action === 'access.denied') return 'Refused access';
  return action;
}
