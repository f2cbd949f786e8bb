import { boolean, date, index, jsonb, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { appointments } from './appointments.ts';
import { cases } from './cases.ts';
import { communications } from './communications.ts';
import { baseColumns } from './columns.ts';
import { matters } from './matters.ts';
import { people } from './people.ts';
import { users } from './users.ts';

/**
 * What happened on a case and when: stage changes, notes, matters opened. `occurredOn` is the date it
 * happened (which may be earlier than the day it was recorded).
 */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    ...baseColumns,
    personId: uuid()
      .notNull()
      .references(() => people.id),
    caseId: uuid().references(() => cases.id),
    matterId: uuid().references(() => matters.id),
    kind: text({
      enum: [
        'case_opened',
        'case_closed',
        'matter_opened',
        'stage_change',
        'matter_reopened',
        'note',
        'communication',
        'accompaniment_report',
        'supervision_review',
        'key_worker_changed',
      ],
    }).notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    recordedById: uuid()
      .notNull()
      .references(() => users.id),
    fromStage: text(),
    toStage: text(),
    /** Plain text; a note marked `sensitive` is sealed (FieldCipher, field `timeline_events.note`). */
    note: text(),
    /** A note the caseworker marked sensitive: its text is encrypted, and shown with a "Sensitive" badge. */
    sensitive: boolean().notNull().default(false),
    /** For kind `communication`: the communication logged (its subject and text live there). */
    communicationId: uuid().references(() => communications.id),
    /** For kind `accompaniment_report`: the appointment reported on. */
    appointmentId: uuid().references((): AnyPgColumn => appointments.id),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    // A client's (or one matter's) timeline a page at a time, newest or oldest first: the whole keyset
    // (occurred_on, created_at, id), read forwards or backwards.
    index('timeline_events_person_order_idx').on(t.personId, t.occurredOn, t.createdAt, t.id),
    index('timeline_events_matter_order_idx').on(t.matterId, t.occurredOn, t.createdAt, t.id),
    index('timeline_events_communication_idx').on(t.communicationId),
    index('timeline_events_appointment_idx').on(t.appointmentId),
    // Stall rules: the latest note and stage change of each case; stage durations by kind.
    index('timeline_events_case_kind_idx').on(t.caseId, t.kind, t.occurredOn),
  ],
);
