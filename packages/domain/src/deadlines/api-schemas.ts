import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { pageCursorSchema, pageLimitSchema } from '../common/schemas.ts';
import { jurisdictionSchema } from './calendars/jurisdictions.ts';
import { ruleIdSchema } from './rules.ts';
import { deadlineDateSchema } from './schemas.ts';

export const DEADLINE_STATUSES = ['open', 'met', 'missed', 'waived'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const DEADLINE_SOURCES = ['stage_event', 'manual'] as const;
export type DeadlineSource = (typeof DEADLINE_SOURCES)[number];

/** How far ahead My work looks for upcoming deadlines, in calendar days. */
export const UPCOMING_WINDOW_DAYS = 14;

/** The most deadlines one page of a client's list holds. */
export const CLIENT_DEADLINES_PAGE_MAX = 100;

/** A client's deadlines a page at a time: the open ones by due date, then the closed ones by due date. */
export const listClientDeadlinesInput = z.object({
  personId: uuidSchema,
  cursor: pageCursorSchema,
  limit: pageLimitSchema(CLIENT_DEADLINES_PAGE_MAX, 50),
});

const deadlineOwner = {
  personId: uuidSchema,
  matterId: uuidSchema.nullish().transform((v) => v ?? null),
};

/** A deadline added by hand: a catalogue rule from a trigger date, or a free date with its reason. */
export const createDeadlineInput = z.discriminatedUnion(
  'kind',
  [
    z.object({
      ...deadlineOwner,
      kind: z.literal('rule'),
      ruleId: ruleIdSchema,
      triggerDate: deadlineDateSchema,
      jurisdiction: jurisdictionSchema.default('england-and-wales'),
    }),
    z.object({
      ...deadlineOwner,
      kind: z.literal('date'),
      due: deadlineDateSchema,
      title: z
        .string({ error: 'Say what the deadline is for' })
        .trim()
        .min(1, 'Say what the deadline is for')
        .max(200, 'The reason must be at most 200 characters'),
    }),
  ],
  { error: 'Choose a rule or a date' },
);
export type CreateDeadlineInput = z.input<typeof createDeadlineInput>;

export const setDeadlineStatusInput = z
  .object({
    id: uuidSchema,
    version: versionSchema,
    status: z.enum(DEADLINE_STATUSES, { error: 'Choose open, met, missed or waived' }),
    reason: z
      .string()
      .trim()
      .max(1000, 'The reason must be at most 1,000 characters')
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'waived' && !value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why this deadline is waived' });
    }
  });

export const correctStageDateInput = z.object({
  eventId: uuidSchema,
  occurredOn: deadlineDateSchema,
});

export const myWorkInput = z.object({ userId: uuidSchema.optional() }).optional().default({});
