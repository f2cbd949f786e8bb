import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { INVALID_PAGE_CURSOR, pageCursorSchema, pageLimitSchema } from '../common/schemas.ts';
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

/** My work shows this many of each list at first; "Show more" reads the next ones. */
export const MY_WORK_FIRST_PAGE = 25;
/** At most this many in one "Show more". */
export const MY_WORK_PAGE_MAX = 100;

export const MY_WORK_DEADLINE_LISTS = ['overdue', 'upcoming'] as const;
export type MyWorkDeadlineList = (typeof MY_WORK_DEADLINE_LISTS)[number];
export const MY_WORK_COMMUNICATION_LISTS = ['repliesOverdue', 'followUps'] as const;
export type MyWorkCommunicationList = (typeof MY_WORK_COMMUNICATION_LISTS)[number];

/** Where the next page of a My work list starts: how many of it are shown already. */
const myWorkCursor = z
  .string({ error: INVALID_PAGE_CURSOR })
  .regex(/^\d{1,6}$/, { error: INVALID_PAGE_CURSOR });
const myWorkPage = {
  userId: uuidSchema.optional(),
  cursor: myWorkCursor.optional().default('0'),
  limit: pageLimitSchema(MY_WORK_PAGE_MAX, 50),
};

export const myWorkDeadlinesInput = z.object({
  ...myWorkPage,
  list: z.enum(MY_WORK_DEADLINE_LISTS, { error: 'Choose the overdue or the upcoming deadlines' }),
});
export const myWorkCommunicationsInput = z.object({
  ...myWorkPage,
  list: z.enum(MY_WORK_COMMUNICATION_LISTS, { error: 'Choose the replies overdue or the calls to confirm' }),
});
export const myWorkReportFollowUpsInput = z.object(myWorkPage);
