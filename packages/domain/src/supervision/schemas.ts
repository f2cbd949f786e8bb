import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { calendarDateSchema, optionalText, requiredText } from '../common/schemas.ts';
import { addMonths, toDayNumber, toIsoDate } from '../deadlines/iso-date.ts';
import { deadlineDateSchema } from '../deadlines/schemas.ts';
import { matterKindSchema } from '../matters/kinds.ts';
import { STALL_REASONS } from './stall-rules.ts';
import { stallThresholdsSchema } from './thresholds.ts';

export const stallReasonSchema = z.enum(STALL_REASONS, { error: 'Choose a reason from the list' });

/** How the stalled-cases list can be ordered. */
export const STALLED_CASE_SORTS = ['idle', 'reasons', 'client', 'caseworker'] as const;
export type StalledCaseSort = (typeof STALLED_CASE_SORTS)[number];
export const STALLED_CASE_SORT_LABELS: Record<StalledCaseSort, string> = {
  idle: 'Longest without activity',
  reasons: 'Most reasons',
  client: 'Client name',
  caseworker: 'Key worker',
};

/** Stalled cases are listed this many at a time. */
export const STALLED_CASES_PAGE_MAX = 50;
/** A key worker filter: a user's id, or `none` for cases without one. */
export const keyWorkerFilterSchema = z.union([uuidSchema, z.literal('none')], {
  error: 'Choose a caseworker, or "none"',
});

const pageCursor = z
  .string()
  .regex(/^\d{1,6}$/, { error: 'Not a valid page cursor' })
  .nullish()
  .transform((v) => v ?? null);
const pageLimit = z.number().int().min(1).max(STALLED_CASES_PAGE_MAX).default(25);

export const stalledCasesInput = z.object({
  keyWorker: keyWorkerFilterSchema.nullish().transform((v) => v ?? null),
  matterKind: matterKindSchema.nullish().transform((v) => v ?? null),
  reason: stallReasonSchema.nullish().transform((v) => v ?? null),
  sort: z.enum(STALLED_CASE_SORTS, { error: 'Choose how to sort' }).default('idle'),
  cursor: pageCursor,
  limit: pageLimit,
});
export type StalledCasesInput = z.input<typeof stalledCasesInput>;

/** Drill-down of the trend chart: the cases with items overdue at the end of one week. */
export const overdueAtInput = z.object({ on: calendarDateSchema, cursor: pageCursor, limit: pageLimit });

/** Drill-down of the stage-duration chart: the stays in one stage of one kind that make up its figures. */
export const stageStaysInput = z.object({
  kind: matterKindSchema,
  stage: z.string().regex(/^[a-z0-9_]{1,60}$/, { error: 'Not a valid stage' }),
  cursor: pageCursor,
  limit: pageLimit,
});
export const stageDurationsInput = z.object({ kind: matterKindSchema });

export const clientSupervisionInput = z.object({ personId: uuidSchema });

/** The most actions one review may agree. */
export const REVIEW_ACTIONS_MAX = 20;
export const REVIEW_NOTES_MAX = 10_000;

export const reviewActionInput = z.object({
  title: requiredText(200, 'What is to be done'),
  due: deadlineDateSchema,
});

/** A review plans the next one at most this many months ahead. */
export const NEXT_REVIEW_MAX_MONTHS = 24;

/** The latest day a review held on `today` may plan the next one for: `2026-11-23` -> `2028-11-23`. */
export function latestNextReviewOn(today: string): string {
  return toIsoDate(addMonths(toDayNumber(today), NEXT_REVIEW_MAX_MONTHS).due);
}

export const recordReviewInput = z.object({
  personId: uuidSchema,
  notes: requiredText(REVIEW_NOTES_MAX, 'Notes'),
  actions: z
    .array(reviewActionInput, { error: 'actions must be a list' })
    .max(REVIEW_ACTIONS_MAX, { error: `At most ${REVIEW_ACTIONS_MAX} actions in one review` })
    .default([]),
  /**
   * When the case should next be reviewed: a real date before 2100 here; after today and at most two years
   * ahead (`latestNextReviewOn`) is checked in the service, which knows today.
   */
  nextReviewOn: deadlineDateSchema.nullish().transform((v) => v ?? null),
});
export type RecordReviewInput = z.input<typeof recordReviewInput>;

/**
 * A review being written, autosaved as typed so it survives a reload: nothing is required and dates need not
 * be real yet (recording the review checks them), but every part is sized, so a draft stays small.
 */
export const reviewDraftSchema = z
  .object({
    notes: z.string().max(REVIEW_NOTES_MAX, {
      error: `The notes must be at most ${REVIEW_NOTES_MAX.toLocaleString('en-GB')} characters`,
    }),
    actions: z
      .array(
        z.object({
          title: z.string().max(200, { error: 'An action must be at most 200 characters' }),
          due: z.string().max(10, { error: 'An action’s due date must be a date, like 2026-12-01' }),
        }),
      )
      .max(REVIEW_ACTIONS_MAX, { error: `At most ${REVIEW_ACTIONS_MAX} actions in one review` }),
    nextReviewOn: z.string().max(10, { error: 'The next review must be a date, like 2027-02-21' }),
  })
  .partial();
export type ReviewDraft = z.infer<typeof reviewDraftSchema>;

/**
 * A draft with nothing written in it: no notes and no action with a title (the dates alone are suggestions).
 * It is not kept: saving one removes the draft, which is how "Discard draft" works.
 */
export function isBlankReviewDraft(draft: ReviewDraft): boolean {
  return (draft.notes ?? '').trim() === '' && (draft.actions ?? []).every((a) => a.title.trim() === '');
}

export const saveReviewDraftInput = z.object({ personId: uuidSchema, draft: reviewDraftSchema });
export type SaveReviewDraftInput = z.input<typeof saveReviewDraftInput>;

/** Bulk reassignment moves at most this many clients at once. */
export const REASSIGN_MAX = 100;

export const reassignKeyWorkerInput = z.object({
  personIds: z
    .array(uuidSchema, { error: 'Choose the clients to reassign' })
    .min(1, { error: 'Choose at least one client' })
    .max(REASSIGN_MAX, { error: `At most ${REASSIGN_MAX} clients at once` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'A client is listed twice' }),
  keyWorkerId: uuidSchema,
  reason: optionalText(500, 'The reason'),
});
export type ReassignKeyWorkerInput = z.input<typeof reassignKeyWorkerInput>;

export const digestInput = z.object({
  /** Any day of the week wanted; this week when absent. */
  weekOf: calendarDateSchema.nullish().transform((v) => v ?? null),
});

export const updateStallThresholdsInput = z.object({
  thresholds: stallThresholdsSchema,
  /** The settings row's version, or null when none has been saved yet. */
  version: versionSchema.nullable(),
});
