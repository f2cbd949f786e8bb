import {
  APPOINTMENT_TYPES,
  type AppointmentType,
  type CreateAppointmentInput,
  type UpdateAppointmentInput,
} from '@umbrella/domain';
import { z } from 'zod';
import { formatCalendarDate, isCalendarDate } from '../../../lib/dates.ts';
import { fieldErrors } from '../../../lib/errors.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import type { AppointmentView } from './types.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const text = (max: number, label: string) =>
  z.string().max(max, `${label} must be at most ${max} characters`);

/**
 * An appointment as the form holds it: one day, a start and an end time (London). An appointment lasting
 * past midnight is entered day by day, as the server asks for a long hearing.
 */
export const appointmentFormSchema = z
  .object({
    type: z.union([z.enum(APPOINTMENT_TYPES), z.literal('')]),
    matterId: z.string(),
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    place: text(300, 'Place'),
    area: text(60, 'Area'),
    meetingPoint: text(300, 'Meeting point'),
    interpreterNeeded: z.boolean(),
    interpreterLanguage: text(60, 'Interpreter language'),
    interpreterBooked: z.boolean(),
    accompanimentNeeded: z.boolean(),
    notesForVolunteer: text(2_000, 'Notes for the volunteer'),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!v.type) issue('type', 'Choose what kind of appointment it is');
    if (!isCalendarDate(v.date)) issue('date', 'Enter a real date between 2000 and 2099');
    if (!TIME.test(v.startTime)) issue('startTime', 'Enter the start time, for example 14:00');
    if (!TIME.test(v.endTime)) issue('endTime', 'Enter the end time, for example 15:30');
    else if (TIME.test(v.startTime) && v.endTime <= v.startTime) {
      issue('endTime', 'The end must be after the start (enter each day of a longer one separately)');
    }
    if (!v.place.trim()) issue('place', 'Enter the place');
    if (v.interpreterBooked && !v.interpreterNeeded) {
      issue('interpreterBooked', 'Tick “interpreter needed” too, or untick “booked”');
    }
  });

export type AppointmentFormValues = z.input<typeof appointmentFormSchema>;

/** The form's fields, for `setError`. */
export const APPOINTMENT_FORM_FIELDS = [
  'type',
  'matterId',
  'date',
  'startTime',
  'endTime',
  'place',
  'area',
  'meetingPoint',
  'interpreterNeeded',
  'interpreterLanguage',
  'interpreterBooked',
  'accompanimentNeeded',
  'notesForVolunteer',
] as const satisfies readonly (keyof AppointmentFormValues)[];

type FormField = (typeof APPOINTMENT_FORM_FIELDS)[number];

/** Where the server's messages go: its start and end are the form's times (or date). */
const SERVER_FIELDS: Record<string, FormField> = {
  ...Object.fromEntries(APPOINTMENT_FORM_FIELDS.map((f) => [f, f])),
  startsAt: 'startTime',
  endsAt: 'endTime',
};

/** The server's field names this form shows beside a field (so `FormError` does not repeat them). */
export const APPOINTMENT_SERVER_FIELDS = Object.keys(SERVER_FIELDS);

/** The server's field messages, keyed by the form's field they belong beside. */
export function serverFieldErrors(error: unknown): Partial<Record<FormField, string>> {
  const out: Partial<Record<FormField, string>> = {};
  for (const [field, messages] of Object.entries(fieldErrors(error))) {
    const target = SERVER_FIELDS[field];
    if (target && messages[0] && !out[target]) out[target] = messages[0];
  }
  return out;
}

export function blankAppointment(client: {
  interpreterNeeded: boolean;
  interpreterLanguage: string | null;
}): AppointmentFormValues {
  return {
    type: '',
    matterId: '',
    date: '',
    startTime: '',
    endTime: '',
    place: '',
    area: '',
    meetingPoint: '',
    interpreterNeeded: client.interpreterNeeded,
    interpreterLanguage: client.interpreterLanguage ?? '',
    interpreterBooked: false,
    accompanimentNeeded: true,
    notesForVolunteer: '',
  };
}

export function appointmentValues(a: AppointmentView): AppointmentFormValues {
  return {
    type: a.type,
    matterId: a.matterId ?? '',
    date: a.startsAtLocal.slice(0, 10),
    startTime: a.startsAtLocal.slice(11, 16),
    endTime: a.endsAtLocal.slice(11, 16),
    place: a.place,
    area: a.area ?? '',
    meetingPoint: a.meetingPoint ?? '',
    interpreterNeeded: a.interpreterNeeded,
    interpreterLanguage: a.interpreterLanguage ?? '',
    interpreterBooked: a.interpreterBooked,
    accompanimentNeeded: a.accompanimentNeeded,
    notesForVolunteer: a.notesForVolunteer ?? '',
  };
}

const orNull = (value: string) => value.trim() || null;

/** The fields shared by create and update, as the API takes them (London wall-clock times). */
function fields(v: AppointmentFormValues) {
  return {
    type: v.type as AppointmentType,
    matterId: v.matterId || null,
    startsAt: `${v.date}T${v.startTime}`,
    endsAt: `${v.date}T${v.endTime}`,
    place: v.place.trim(),
    area: orNull(v.area),
    meetingPoint: orNull(v.meetingPoint),
    interpreterNeeded: v.interpreterNeeded,
    // The language only matters when an interpreter is needed.
    interpreterLanguage: v.interpreterNeeded ? orNull(v.interpreterLanguage) : null,
    interpreterBooked: v.interpreterNeeded && v.interpreterBooked,
    accompanimentNeeded: v.accompanimentNeeded,
    notesForVolunteer: orNull(v.notesForVolunteer),
  };
}

/** Volunteers are asked from the appointment's page once it exists (it ranks them for its day and language). */
export function toCreateInput(v: AppointmentFormValues, personId: string): CreateAppointmentInput {
  return { personId, ...fields(v), volunteerIds: [] };
}

export function toUpdateInput(v: AppointmentFormValues, a: { id: string; version: number }) {
  return { id: a.id, version: a.version, ...fields(v) } satisfies UpdateAppointmentInput;
}

/** A date of the chosen matter the appointment may be on: "Use the hearing date (12 Jan 2027)". */
export interface MatterDateOffer {
  date: string;
  label: string;
}

/**
 * For a tribunal hearing on an asylum claim, or a child protection conference on a social-services matter:
 * the dates that matter records for it, to fill in the appointment's date.
 */
export function matterDateOffers(type: string, matter: MatterView | undefined): MatterDateOffer[] {
  if (!matter) return [];
  const offer = (date: string | null | undefined, what: string): MatterDateOffer[] =>
    date ? [{ date, label: `Use the ${what} (${formatCalendarDate(date)})` }] : [];
  if (type === 'tribunal_hearing' && matter.kind === 'asylum_claim') {
    return offer(matter.details.hearingDate, 'hearing date');
  }
  if (type === 'child_protection_conference' && matter.kind === 'social_services') {
    return [
      ...offer(matter.details.initialConferenceDate, 'initial conference date'),
      ...offer(matter.details.reviewConferenceDate, 'review conference date'),
    ];
  }
  return [];
}
