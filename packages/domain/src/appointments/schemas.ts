import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { calendarDateSchema, optionalText, requiredText } from '../common/schemas.ts';
import { isIsoDate } from '../deadlines/iso-date.ts';
import { deadlineDateSchema } from '../deadlines/schemas.ts';
import {
  ACCOMPANIMENT_CONCERNS,
  ACCOMPANIMENT_OUTCOMES,
  APPOINTMENT_TYPES,
  AVAILABILITY_SLOTS,
  PRESENT_ROLES,
  type AvailabilitySlot,
} from './types.ts';

export const APPOINTMENT_TEXT_MAX = 5_000;
export const MAX_VOLUNTEERS_PER_APPOINTMENT = 4;
export const MAX_FOLLOW_UPS = 10;
export const MAX_PROMISED_DATES = 10;
/** An appointment lasts at most a day (a long tribunal hearing is entered day by day). */
export const MAX_APPOINTMENT_MINUTES = 24 * 60;

const nullableUuid = uuidSchema.nullish().transform((v) => v ?? null);

/** A London wall-clock time on the wire: `YYYY-MM-DDTHH:mm`. */
export const localDateTimeSchema = z
  .string({ error: 'Enter a date and time, for example 2026-12-05T14:00' })
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, {
    error: 'Enter a date and time, for example 2026-12-05T14:00',
    abort: true,
  })
  .refine((v) => isIsoDate(v.slice(0, 10)), { error: 'Enter a real date', abort: true })
  .refine((v) => v >= '2000-01-01' && v < '2100-01-01', { error: 'Enter a date between 2000 and 2099' });

function minutesBetween(start: string, end: string): number {
  return (Date.parse(`${end}:00Z`) - Date.parse(`${start}:00Z`)) / 60_000;
}

const appointmentFields = {
  matterId: nullableUuid,
  type: z.enum(APPOINTMENT_TYPES, { error: 'Choose what kind of appointment it is' }),
  /** London wall-clock times. */
  startsAt: localDateTimeSchema,
  endsAt: localDateTimeSchema,
  /** Where it is held, e.g. "Lunar House, 40 Wellesley Road". */
  place: requiredText(300, 'Place'),
  /** The town or district only, e.g. "Croydon": the one detail of place the calendar feed carries. */
  area: optionalText(60, 'Area'),
  meetingPoint: optionalText(300, 'Meeting point'),
  interpreterNeeded: z.boolean().default(false),
  interpreterLanguage: optionalText(60, 'Interpreter language'),
  interpreterBooked: z.boolean().default(false),
  accompanimentNeeded: z.boolean().default(true),
  notesForVolunteer: optionalText(2_000, 'Notes for the volunteer'),
};

type AppointmentFieldsValue = {
  startsAt: string;
  endsAt: string;
  interpreterNeeded: boolean;
  interpreterBooked: boolean;
  accompanimentNeeded: boolean;
};

function refineAppointment(value: AppointmentFieldsValue, ctx: z.RefinementCtx) {
  const minutes = minutesBetween(value.startsAt, value.endsAt);
  if (minutes <= 0) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must be after the start' });
  } else if (minutes > MAX_APPOINTMENT_MINUTES) {
    ctx.addIssue({
      code: 'custom',
      path: ['endsAt'],
      message: 'An appointment can last at most 24 hours: enter each day of a longer one separately',
    });
  }
  if (value.interpreterBooked && !value.interpreterNeeded) {
    ctx.addIssue({
      code: 'custom',
      path: ['interpreterBooked'],
      message: 'Tick “interpreter needed” too, or untick “booked”',
    });
  }
}

const volunteerIdsSchema = z
  .array(uuidSchema)
  .max(MAX_VOLUNTEERS_PER_APPOINTMENT, `At most ${MAX_VOLUNTEERS_PER_APPOINTMENT} volunteers`)
  .refine((ids) => new Set(ids).size === ids.length, { error: 'A volunteer is listed twice' });

export const createAppointmentInput = z
  .object({ personId: uuidSchema, ...appointmentFields, volunteerIds: volunteerIdsSchema.default([]) })
  .superRefine((value, ctx) => {
    refineAppointment(value, ctx);
    if (value.volunteerIds.length && !value.accompanimentNeeded) {
      ctx.addIssue({
        code: 'custom',
        path: ['volunteerIds'],
        message: 'Tick “accompaniment needed” to ask a volunteer',
      });
    }
  });
export type CreateAppointmentInput = z.infer<typeof createAppointmentInput>;

export const updateAppointmentInput = z
  .object({ id: uuidSchema, version: versionSchema, ...appointmentFields })
  .superRefine(refineAppointment);
export type UpdateAppointmentInput = z.infer<typeof updateAppointmentInput>;

export const cancelAppointmentInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  reason: requiredText(500, 'Reason'),
});

/** Sets who is asked to accompany: new names are asked, names left out are taken off (reassignment). */
export const assignVolunteersInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  volunteerIds: volunteerIdsSchema,
});

export const appointmentIdInput = z.object({ id: uuidSchema });

export const listClientAppointmentsInput = z.object({
  personId: uuidSchema,
  /** The page of past appointments after this one. */
  cursor: z.string().max(200).optional(),
});

export const AGENDA_SPANS = ['day', 'week'] as const;
export const agendaInput = z.object({
  /** The first day shown (a week starts on the Monday of this date's week). */
  date: calendarDateSchema,
  span: z.enum(AGENDA_SPANS, { error: 'Choose day or week' }).default('week'),
  /** `mine`: the caller's own clients; `all`: every client they may open. */
  scope: z.enum(['mine', 'all'], { error: 'Choose mine or all' }).default('mine'),
  unassignedOnly: z.boolean().default(false),
});
export type AgendaInput = z.infer<typeof agendaInput>;

export const findVolunteersInput = z.object({
  /** Rank volunteers for this appointment (its language, day and time). */
  appointmentId: uuidSchema,
  language: optionalText(60, 'Language'),
});

/* ---------- The volunteer's side ---------- */

export const respondToAssignmentInput = z
  .object({
    appointmentId: uuidSchema,
    answer: z.enum(['accept', 'decline'], { error: 'Choose accept or decline' }),
    reason: optionalText(500, 'Reason'),
  })
  .superRefine((value, ctx) => {
    if (value.answer === 'accept' && value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'A reason is only for declining' });
    }
  });

const promisedDateSchema = z.object({
  date: deadlineDateSchema,
  what: requiredText(300, 'What was promised for that date'),
});

const followUpSchema = z.object({
  description: requiredText(500, 'The follow-up'),
  /** When the volunteer thinks it is due; the caseworker decides. */
  suggestedDue: deadlineDateSchema.nullish().transform((v) => v ?? null),
});

const reportTexts = {
  presentOther: optionalText(300, 'Who else was present'),
  treatment: optionalText(APPOINTMENT_TEXT_MAX, 'How the client was treated'),
  concernDetails: optionalText(APPOINTMENT_TEXT_MAX, 'Details of the concern'),
  promised: optionalText(APPOINTMENT_TEXT_MAX, 'What was promised or decided'),
};

const uniqueList = <T extends string>(values: readonly [T, ...T[]], error: string, max: number) =>
  z
    .array(z.enum(values, { error }))
    .max(max)
    .transform((list) => [...new Set(list)]);

/** The accompaniment report as filed: every part checked. */
export const accompanimentReportSchema = z
  .object({
    outcome: z.enum(ACCOMPANIMENT_OUTCOMES, {
      error: 'Choose attended, client did not attend, or cancelled',
    }),
    present: uniqueList(PRESENT_ROLES, 'Choose who was present from the list', PRESENT_ROLES.length),
    ...reportTexts,
    concerns: uniqueList(
      ACCOMPANIMENT_CONCERNS,
      'Choose concerns from the list',
      ACCOMPANIMENT_CONCERNS.length,
    ),
    promisedDates: z.array(promisedDateSchema).max(MAX_PROMISED_DATES, `At most ${MAX_PROMISED_DATES} dates`),
    followUps: z.array(followUpSchema).max(MAX_FOLLOW_UPS, `At most ${MAX_FOLLOW_UPS} follow-ups`),
    /** Time the volunteer gave, travel included, in minutes. */
    minutesSpent: z
      .number({ error: 'Enter the time spent' })
      .int('Enter whole minutes')
      .min(0, 'Time spent cannot be negative')
      .max(24 * 60, 'Time spent must be at most 24 hours'),
  })
  .superRefine((value, ctx) => {
    if (value.concerns.includes('other_concern') && !value.concernDetails) {
      ctx.addIssue({ code: 'custom', path: ['concernDetails'], message: 'Say what the other concern was' });
    }
    if (value.present.includes('other') && !value.presentOther) {
      ctx.addIssue({ code: 'custom', path: ['presentOther'], message: 'Say who else was present' });
    }
  });
export type AccompanimentReport = z.infer<typeof accompanimentReportSchema>;

/**
 * A half-written report, autosaved: the same limits, nothing required, and entries not yet complete kept as
 * typed. It is stored as it came, never shown to the caseworker until filed.
 */
export const accompanimentDraftSchema = z
  .object({
    outcome: z.enum(ACCOMPANIMENT_OUTCOMES).nullable(),
    present: z.array(z.enum(PRESENT_ROLES)).max(PRESENT_ROLES.length),
    presentOther: z.string().max(300, 'Who else was present must be at most 300 characters'),
    treatment: z.string().max(APPOINTMENT_TEXT_MAX, `At most ${APPOINTMENT_TEXT_MAX} characters`),
    concerns: z.array(z.enum(ACCOMPANIMENT_CONCERNS)).max(ACCOMPANIMENT_CONCERNS.length),
    concernDetails: z.string().max(APPOINTMENT_TEXT_MAX, `At most ${APPOINTMENT_TEXT_MAX} characters`),
    promised: z.string().max(APPOINTMENT_TEXT_MAX, `At most ${APPOINTMENT_TEXT_MAX} characters`),
    promisedDates: z
      .array(z.object({ date: z.string().max(10), what: z.string().max(300) }))
      .max(MAX_PROMISED_DATES),
    followUps: z
      .array(z.object({ description: z.string().max(500), suggestedDue: z.string().max(10) }))
      .max(MAX_FOLLOW_UPS),
    /** As typed: hours and minutes may be half-filled. */
    hours: z.string().max(4),
    minutes: z.string().max(4),
  })
  .partial();
export type AccompanimentDraft = z.infer<typeof accompanimentDraftSchema>;

export const saveReportDraftInput = z.object({
  appointmentId: uuidSchema,
  draft: accompanimentDraftSchema,
});

export const fileReportInput = z.object({ appointmentId: uuidSchema, report: accompanimentReportSchema });

/* ---------- The caseworker's side of a report ---------- */

export const confirmFollowUpInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  /** What the deadline will say. */
  title: requiredText(300, 'Title'),
  due: deadlineDateSchema,
});

export const dismissFollowUpInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  reason: requiredText(500, 'Reason'),
});

/* ---------- Volunteers' languages and availability; staff phone numbers ---------- */

export const workProfileInput = z.object({
  version: versionSchema,
  /** The number volunteers call (caseworkers) or are called on. */
  phone: optionalText(40, 'Phone number').refine((v) => v === null || /^[+\d][\d ()-]{5,39}$/.test(v), {
    error: 'Enter a phone number using digits, spaces and + ( ) - only',
  }),
  languages: z
    .array(requiredText(60, 'Language'))
    .max(20, 'At most 20 languages')
    .transform((list) => [...new Set(list)]),
  availability: z
    .array(
      z.custom<AvailabilitySlot>((v) => AVAILABILITY_SLOTS.includes(v as AvailabilitySlot), {
        error: 'Choose availability from the list',
      }),
    )
    .max(AVAILABILITY_SLOTS.length)
    .transform((list) => [...new Set(list)]),
  availabilityNote: optionalText(500, 'Note on availability'),
});
export type WorkProfileInput = z.infer<typeof workProfileInput>;
