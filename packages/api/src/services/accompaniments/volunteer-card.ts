import {
  accompanimentReports,
  appointments,
  appointmentVolunteers,
  cases,
  openSafeContact,
  people,
  users,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import {
  instantToLondonLocal,
  REPORT_REFUSAL_MESSAGES,
  reportRefusal,
  reportWindowEnds,
  type AccompanimentDraft,
} from '@umbrella/domain';
import { and, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { VolunteerCard, VolunteerCardDetail } from '../appointments/views.ts';

const keyWorker = alias(users, 'card_key_worker');
const caseLead = alias(users, 'card_case_lead');
const booker = alias(users, 'card_booked_by');

const person = (u: typeof keyWorker | typeof caseLead | typeof booker) => ({
  displayName: u.displayName,
  phone: u.phone,
  active: u.active,
});

/**
 * The appointments of one volunteer's assignments matching `where`, with only what the card shows: one query
 * for the whole list. The columns are named one by one so nothing else of the client (legal names, notes,
 * risk flags) is ever read for a volunteer. The safe-contact rules (code word, safe times) are opened: the
 * volunteer needs them to reach the client safely.
 */
export async function loadCardRows(tx: DbOrTx, cipher: FieldCipher, userId: string, where: SQL | undefined) {
  const rows = await tx
    .select({
      appointment: {
        id: appointments.id,
        personId: appointments.personId,
        type: appointments.type,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
        place: appointments.place,
        area: appointments.area,
        meetingPoint: appointments.meetingPoint,
        notesForVolunteer: appointments.notesForVolunteer,
        status: appointments.status,
        cancelledReason: appointments.cancelledReason,
        interpreterNeeded: appointments.interpreterNeeded,
        interpreterLanguage: appointments.interpreterLanguage,
        interpreterBooked: appointments.interpreterBooked,
      },
      assignment: appointmentVolunteers.status,
      client: {
        displayName: people.displayName,
        pronouns: people.pronouns,
        languages: people.languages,
        interpreterNeeded: people.interpreterNeeded,
        interpreterLanguage: people.interpreterLanguage,
        safeContact: people.safeContact,
      },
      keyWorker: person(keyWorker),
      caseLead: person(caseLead),
      booker: person(booker),
      report: {
        status: accompanimentReports.status,
        filedAt: accompanimentReports.filedAt,
        updatedAt: accompanimentReports.updatedAt,
        draft: accompanimentReports.draft,
      },
    })
    .from(appointmentVolunteers)
    .innerJoin(appointments, eq(appointments.id, appointmentVolunteers.appointmentId))
    .innerJoin(people, eq(people.id, appointments.personId))
    .innerJoin(cases, eq(cases.id, appointments.caseId))
    .innerJoin(booker, eq(booker.id, appointments.createdById))
    .leftJoin(keyWorker, eq(keyWorker.id, people.keyWorkerId))
    .leftJoin(caseLead, eq(caseLead.id, cases.leadCaseworkerId))
    .leftJoin(
      accompanimentReports,
      and(
        eq(accompanimentReports.appointmentId, appointments.id),
        eq(accompanimentReports.volunteerId, appointmentVolunteers.userId),
      ),
    )
    .where(and(eq(appointmentVolunteers.userId, userId), where));
  return rows.map((row) => ({
    ...row,
    client: { ...row.client, safeContact: openSafeContact(cipher, row.client.safeContact) },
  }));
}

export type CardRow = Awaited<ReturnType<typeof loadCardRows>>[number];

type Caller = { displayName: string; phone: string | null; active: boolean } | null;

/** Who the volunteer calls: the key worker, else the case lead (while they are still active), else the booker. */
function caseworkerToCall(row: CardRow): { displayName: string; phone: string | null } {
  const chosen = [row.keyWorker as Caller, row.caseLead as Caller].find((u) => u?.active) ?? row.booker;
  return { displayName: chosen?.displayName ?? '', phone: chosen?.phone ?? null };
}

export function toVolunteerCard(row: CardRow, now: Date, windowDays: number): VolunteerCard {
  const a = row.appointment;
  const filed = row.report?.status === 'filed';
  const refusal = reportRefusal(
    { assignment: row.assignment, startsAt: a.startsAt, cancelled: a.status === 'cancelled', filed },
    now,
  );
  return {
    appointmentId: a.id,
    type: a.type,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    startsAtLocal: instantToLondonLocal(a.startsAt),
    endsAtLocal: instantToLondonLocal(a.endsAt),
    place: a.place,
    area: a.area,
    meetingPoint: a.meetingPoint,
    notesForVolunteer: a.notesForVolunteer,
    status: a.status,
    cancelledReason: a.cancelledReason,
    interpreter: {
      needed: a.interpreterNeeded,
      language: a.interpreterLanguage,
      booked: a.interpreterBooked,
    },
    client: {
      displayName: row.client.displayName,
      pronouns: row.client.pronouns,
      languages: row.client.languages,
      interpreterNeeded: row.client.interpreterNeeded,
      interpreterLanguage: row.client.interpreterLanguage,
      safeContact: row.client.safeContact,
    },
    caseworker: caseworkerToCall(row),
    assignment: row.assignment,
    report: {
      status: row.report?.status ?? 'none',
      filedAt: row.report?.filedAt?.toISOString() ?? null,
      draftSavedAt: row.report?.status === 'draft' ? row.report.updatedAt.toISOString() : null,
    },
    reportWindowEnds: reportWindowEnds(a.endsAt, windowDays).toISOString(),
    reportRefusal: refusal ? REPORT_REFUSAL_MESSAGES[refusal] : null,
  };
}

/** The card with the volunteer's own draft (only theirs: the rows are their assignment's). */
export function toVolunteerCardDetail(row: CardRow, now: Date, windowDays: number): VolunteerCardDetail {
  const draft = row.report?.status === 'draft' ? (row.report.draft as AccompanimentDraft | null) : null;
  return { ...toVolunteerCard(row, now, windowDays), draft: draft ?? null };
}

/** One appointment's card for the volunteer, after the reach check. */
export async function loadVolunteerCardRow(
  tx: DbOrTx,
  cipher: FieldCipher,
  userId: string,
  appointmentId: string,
) {
  const [row] = await loadCardRows(tx, cipher, userId, eq(appointments.id, appointmentId));
  if (!row) throw new Error(`appointment ${appointmentId} vanished inside its own transaction`);
  return row;
}
