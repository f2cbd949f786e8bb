import type { MatterKind } from '@umbrella/domain';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { FieldCipher } from '../crypto/cipher.ts';
import type { appointmentVolunteers, appointments } from '../schema/appointments.ts';
import type { cases } from '../schema/cases.ts';
import type { communications } from '../schema/communications.ts';
import type { deadlines } from '../schema/deadlines.ts';
import type {
  asylumClaimDetails,
  matters,
  nrmReferralDetails,
  policeReportDetails,
  socialServicesDetails,
} from '../schema/matters.ts';
import type { people, personAliases } from '../schema/people.ts';
import type { supervisionReviews } from '../schema/supervision.ts';
import type { timelineEvents } from '../schema/timeline.ts';

// What the large data set's row writers share: the rows of a batch, what each client is drawn against, the
// arguments of a case, and calendar-day helpers (ISO dates, UTC).

/** The rows of a batch of clients, table by table, ready for bulk inserts. */
export interface LargeRows {
  people: (typeof people.$inferInsert)[];
  aliases: (typeof personAliases.$inferInsert)[];
  cases: (typeof cases.$inferInsert)[];
  matters: (typeof matters.$inferInsert)[];
  police: (typeof policeReportDetails.$inferInsert)[];
  nrm: (typeof nrmReferralDetails.$inferInsert)[];
  asylum: (typeof asylumClaimDetails.$inferInsert)[];
  social: (typeof socialServicesDetails.$inferInsert)[];
  events: (typeof timelineEvents.$inferInsert)[];
  /** The search vector is an SQL expression (to_tsvector), so the insert type rather than the row type. */
  communications: PgInsertValue<typeof communications>[];
  deadlines: (typeof deadlines.$inferInsert)[];
  appointments: (typeof appointments.$inferInsert)[];
  volunteers: (typeof appointmentVolunteers.$inferInsert)[];
  reviews: (typeof supervisionReviews.$inferInsert)[];
}

export function emptyRows(): LargeRows {
  return {
    people: [],
    aliases: [],
    cases: [],
    matters: [],
    police: [],
    nrm: [],
    asylum: [],
    social: [],
    events: [],
    communications: [],
    deadlines: [],
    appointments: [],
    volunteers: [],
    reviews: [],
  };
}

export interface Agency {
  id: string;
  name: string;
}

/** What every client is drawn against: the day it is "today" in the data set, the staff and the directory. */
export interface LargeContext {
  anchor: string;
  caseworkers: readonly { id: string; teamId: string }[];
  supervisors: readonly string[];
  volunteers: readonly string[];
  /** Agencies a matter of each kind deals with (police forces, the competent authority, ...). */
  agencies: Readonly<Record<MatterKind, readonly Agency[]>>;
  cipher: FieldCipher;
}

/** One case file to write: whose, by whom, when, and how many communications it carries. */
export interface CaseArgs {
  n: number;
  personId: string;
  worker: { id: string; teamId: string };
  opened: string;
  /** The last day anything happens on it: the day it closed, or today. */
  lastDay: string;
  closed: string | null;
  communicationCount: number;
  clientWords: string[];
  matterNumberBase: number;
}

/** A matter of a case, as its communications and appointments need it. */
export interface CaseMatter {
  id: string;
  kind: MatterKind;
  agency: Agency | null;
  reference: string | null;
}

const DAY_MS = 86_400_000;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function at(iso: string, hour = 10): Date {
  return new Date(`${iso}T${String(hour).padStart(2, '0')}:00:00Z`);
}
