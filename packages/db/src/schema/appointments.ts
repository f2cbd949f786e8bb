import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { baseColumns, versionColumn } from './columns.ts';
import { deadlines } from './deadlines.ts';
import { matters } from './matters.ts';
import { people } from './people.ts';
import { users } from './users.ts';

/**
 * An appointment on a client's case (optionally one matter) that a volunteer may accompany them to. Times are
 * instants; the screens enter and show them in London time. `area` (a town or district) is the only part of
 * the place the calendar feed carries.
 */
export const appointments = pgTable(
  'appointments',
  {
    ...baseColumns,
    ...versionColumn,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    matterId: uuid().references(() => matters.id),
    type: text({
      enum: [
        'police_interview',
        'home_office_reporting',
        'asylum_interview',
        'solicitor',
        'tribunal_hearing',
        'social_services_meeting',
        'child_protection_conference',
        'medical',
        'other',
      ],
    }).notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull(),
    area: text(),
    meetingPoint: text(),
    interpreterNeeded: boolean().notNull().default(false),
    interpreterLanguage: text(),
    interpreterBooked: boolean().notNull().default(false),
    accompanimentNeeded: boolean().notNull().default(true),
    notesForVolunteer: text(),
    status: text({ enum: ['scheduled', 'cancelled'] })
      .notNull()
      .default('scheduled'),
    cancelledReason: text(),
    cancelledAt: timestamp({ withTimezone: true }),
    /** The matter's own date this appointment is (a tribunal hearing or a conference), when it is one. */
    linkedMatterDate: text({ enum: ['hearingDate', 'initialConferenceDate', 'reviewConferenceDate'] }),
    createdById: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    index('appointments_starts_at_idx').on(t.startsAt, t.id),
    index('appointments_person_idx').on(t.personId, t.startsAt),
    index('appointments_matter_idx').on(t.matterId),
    // Stall rules: each case's appointments.
    index('appointments_case_idx').on(t.caseId, t.startsAt),
  ],
);

/** A volunteer asked to accompany, and their answer. */
export const appointmentVolunteers = pgTable(
  'appointment_volunteers',
  {
    ...baseColumns,
    ...versionColumn,
    appointmentId: uuid()
      .notNull()
      .references(() => appointments.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: ['offered', 'accepted', 'declined'] })
      .notNull()
      .default('offered'),
    declineReason: text(),
    respondedAt: timestamp({ withTimezone: true }),
    assignedById: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex('appointment_volunteers_key').on(t.appointmentId, t.userId),
    index('appointment_volunteers_user_idx').on(t.userId, t.status),
  ],
);

/**
 * A volunteer's account of an appointment: a draft (autosaved as typed, seen by nobody else) until filed.
 * One per volunteer on the appointment.
 */
export const accompanimentReports = pgTable(
  'accompaniment_reports',
  {
    ...baseColumns,
    ...versionColumn,
    appointmentId: uuid()
      .notNull()
      .references(() => appointments.id),
    volunteerId: uuid()
      .notNull()
      .references(() => users.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    status: text({ enum: ['draft', 'filed'] })
      .notNull()
      .default('draft'),
    /** The half-written form, as typed (AccompanimentDraft); emptied when filed. */
    draft: jsonb().$type<Record<string, unknown>>(),
    outcome: text({ enum: ['attended', 'client_did_not_attend', 'cancelled'] }),
    present: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    presentOther: text(),
    treatment: text(),
    concerns: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    concernDetails: text(),
    promised: text(),
    promisedDates: jsonb().$type<{ date: string; what: string }[]>().notNull().default([]),
    minutesSpent: integer(),
    filedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('accompaniment_reports_key').on(t.appointmentId, t.volunteerId),
    index('accompaniment_reports_person_idx').on(t.personId, t.filedAt),
    // Stall rules: appointments the client missed.
    index('accompaniment_reports_missed_idx')
      .on(t.appointmentId)
      .where(sql`${t.outcome} = 'client_did_not_attend'`),
    // The counts of hours and accompaniments by month.
    index('accompaniment_reports_filed_idx')
      .on(t.filedAt, t.volunteerId)
      .where(sql`${t.status} = 'filed'`),
  ],
);

/** A follow-up named in a report: the caseworker confirms it as a deadline, or dismisses it with a reason. */
export const appointmentFollowUps = pgTable(
  'appointment_follow_ups',
  {
    ...baseColumns,
    ...versionColumn,
    reportId: uuid()
      .notNull()
      .references(() => accompanimentReports.id),
    appointmentId: uuid()
      .notNull()
      .references(() => appointments.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    description: text().notNull(),
    suggestedDue: date({ mode: 'string' }),
    state: text({ enum: ['proposed', 'confirmed', 'dismissed'] })
      .notNull()
      .default('proposed'),
    deadlineId: uuid().references(() => deadlines.id),
    dismissReason: text(),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('appointment_follow_ups_report_idx').on(t.reportId),
    // My work: follow-ups waiting for the caseworker.
    index('appointment_follow_ups_proposed_idx')
      .on(t.personId, t.createdAt)
      .where(sql`${t.state} = 'proposed'`),
  ],
);

/**
 * A user's calendar feed: the secret is shown once and only its SHA-256 kept, so a database reader cannot
 * subscribe. Revoking (or replacing) it stops the old address at once.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    ...baseColumns,
    userId: uuid()
      .notNull()
      .references(() => users.id),
    tokenHash: text().notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    lastFetchedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_key').on(t.tokenHash),
    index('calendar_feeds_user_idx').on(t.userId),
  ],
);
