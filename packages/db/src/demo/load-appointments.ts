import {
  ACCOMPANIMENT_CONCERN_LABELS,
  ACCOMPANIMENT_OUTCOME_LABELS,
  addCalendarDays,
  APPOINTMENT_TYPE_LABELS,
  formatDay,
  londonLocalToInstant,
  londonToday,
  type AppointmentType,
} from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import {
  accompanimentReports,
  appointmentFollowUps,
  appointments,
  appointmentVolunteers,
} from '../schema/appointments.ts';
import { deadlines } from '../schema/deadlines.ts';
import { asylumClaimDetails, matters, socialServicesDetails } from '../schema/matters.ts';
import { timelineEvents } from '../schema/timeline.ts';
import { users } from '../schema/users.ts';
import {
  DEMO_APPOINTMENTS,
  DEMO_EARLIER_ACCOMPANIMENTS,
  DEMO_VOLUNTEERS,
  DEMO_WORK_PROFILES,
  type DemoAppointment,
  type DemoVolunteer,
} from './appointments-story.ts';
import { demoClient, loadDemoClients, type DemoClientRow } from './demo-clients.ts';

/** The volunteers' languages and availability, and everyone's phone number. */
export async function loadDemoWorkProfiles(tx: DbOrTx, userIds: Map<string, string>): Promise<void> {
  for (const [email, profile] of Object.entries(DEMO_WORK_PROFILES)) {
    const id = userIds.get(email);
    if (!id) throw new Error(`Demo data: no user ${email}.`);
    await tx
      .update(users)
      .set({
        phone: profile.phone,
        languages: profile.languages ?? [],
        availability: profile.availability ?? [],
        availabilityNote: profile.availabilityNote ?? null,
      })
      .where(eq(users.id, id));
  }
}

/**
 * Appointments around the day the demo is loaded (so there is always something coming up), some accompanied and
 * reported with follow-ups, some waiting for a volunteer; and a year of earlier reported accompaniments for the
 * monthly counts.
 */
export interface DemoAppointmentCounts {
  appointments: number;
  /** Each filed report also puts one event on the client's timeline. */
  accompanimentReports: number;
  /** Follow-ups the caseworker confirmed, each a deadline. */
  followUpDeadlines: number;
}

export async function loadDemoAppointments(
  tx: DbOrTx,
  userIds: Map<string, string>,
  now: Date,
): Promise<DemoAppointmentCounts> {
  const today = londonToday(now);
  const clients = await loadDemoClients(tx);
  const volunteer = (who: DemoVolunteer) => {
    const id = userIds.get(DEMO_VOLUNTEERS[who]);
    if (!id) throw new Error(`Demo data: no volunteer ${who}.`);
    return id;
  };
  const client = (name: string) => demoClient(clients, name);

  const counts: DemoAppointmentCounts = { appointments: 0, accompanimentReports: 0, followUpDeadlines: 0 };
  const add = (made: DemoAppointmentCounts) => {
    counts.appointments += made.appointments;
    counts.accompanimentReports += made.accompanimentReports;
    counts.followUpDeadlines += made.followUpDeadlines;
  };
  for (const story of DEMO_APPOINTMENTS) {
    const row = client(story.client);
    const linked = story.onMatterDate ? await matterDate(tx, row.personId, story.onMatterDate) : null;
    const date = linked?.date ?? addCalendarDays(today, story.day);
    // A report only on what has happened by now.
    const report = story.report && date < today ? story.report : undefined;
    add(await insertAppointment(tx, { ...story, report }, row, date, linked, volunteer, now));
  }

  // Earlier accompaniments: clients whose case was open by then, in turn.
  const open = [...clients.values()].filter((c) => !c.restricted);
  const types: AppointmentType[] = [
    'police_interview',
    'home_office_reporting',
    'social_services_meeting',
    'solicitor',
    'asylum_interview',
    'medical',
  ];
  for (let i = 0; i < DEMO_EARLIER_ACCOMPANIMENTS; i += 1) {
    const date = addCalendarDays(today, -(45 + i * 15));
    const row = open.filter((c) => c.openedOn <= date)[i % 7];
    if (!row) continue;
    const story: DemoAppointment = {
      client: '',
      type: types[i % types.length] ?? 'other',
      day: 0,
      start: i % 2 ? '10:00' : '14:00',
      end: i % 2 ? '11:30' : '15:30',
      place: 'As booked',
      area: ['Holloway', 'Croydon', 'Islington', 'Tottenham', 'Wood Green'][i % 5] ?? 'London',
      volunteers: [{ who: i % 3 === 0 ? 'grace' : 'leila', status: 'accepted' }],
      report: {
        outcome: i % 6 === 5 ? 'client_did_not_attend' : 'attended',
        present: ['other'],
        treatment: 'Nothing of note.',
        minutes: 90 + ((i * 37) % 150),
      },
    };
    add(await insertAppointment(tx, story, row, date, null, volunteer, now));
  }
  return counts;
}

/** The client's matter holding that date (a hearing or a conference), and the date. */
async function matterDate(
  tx: DbOrTx,
  personId: string,
  field: 'hearingDate' | 'initialConferenceDate',
): Promise<{ matterId: string; date: string; field: typeof field } | null> {
  const [row] =
    field === 'hearingDate'
      ? await tx
          .select({ matterId: matters.id, date: asylumClaimDetails.hearingDate })
          .from(matters)
          .innerJoin(asylumClaimDetails, eq(asylumClaimDetails.matterId, matters.id))
          .where(eq(matters.personId, personId))
      : await tx
          .select({ matterId: matters.id, date: socialServicesDetails.initialConferenceDate })
          .from(matters)
          .innerJoin(socialServicesDetails, eq(socialServicesDetails.matterId, matters.id))
          .where(eq(matters.personId, personId));
  return row?.date ? { matterId: row.matterId, date: row.date, field } : null;
}

async function insertAppointment(
  tx: DbOrTx,
  story: DemoAppointment,
  client: DemoClientRow,
  date: string,
  linked: { matterId: string; field: 'hearingDate' | 'initialConferenceDate' } | null,
  volunteerId: (who: DemoVolunteer) => string,
  now: Date,
): Promise<DemoAppointmentCounts> {
  const bookedBy = client.keyWorkerId;
  if (!bookedBy) throw new Error('Demo data: a client without a key worker.');
  const startsAt = londonLocalToInstant(`${date}T${story.start}`);
  const endsAt = londonLocalToInstant(`${date}T${story.end}`);
  const bookedAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - 10 * 86_400_000);
  const [appointment] = await tx
    .insert(appointments)
    .values({
      personId: client.personId,
      caseId: client.caseId,
      matterId: linked?.matterId ?? null,
      type: story.type,
      startsAt,
      endsAt,
      place: story.place,
      area: story.area,
      meetingPoint: story.meetingPoint ?? null,
      interpreterNeeded: Boolean(story.interpreter),
      interpreterLanguage: story.interpreter?.language ?? null,
      interpreterBooked: story.interpreter?.booked ?? false,
      accompanimentNeeded: story.accompaniment ?? true,
      notesForVolunteer: story.notes ?? null,
      status: story.cancelled ? 'cancelled' : 'scheduled',
      cancelledReason: story.cancelled ?? null,
      cancelledAt: story.cancelled ? bookedAt : null,
      linkedMatterDate: linked?.field ?? null,
      createdById: bookedBy,
      createdAt: bookedAt,
      updatedAt: bookedAt,
    })
    .returning({ id: appointments.id });
  if (!appointment) throw new Error('Demo data: appointment insert returned nothing.');
  for (const v of story.volunteers ?? []) {
    await tx.insert(appointmentVolunteers).values({
      appointmentId: appointment.id,
      userId: volunteerId(v.who),
      status: v.status,
      declineReason: v.reason ?? null,
      respondedAt: v.status === 'offered' ? null : bookedAt,
      assignedById: bookedBy,
      createdAt: bookedAt,
      updatedAt: bookedAt,
    });
  }
  const report = story.report;
  const reporter = story.volunteers?.find((v) => v.status === 'accepted');
  const made = { appointments: 1, accompanimentReports: 0, followUpDeadlines: 0 };
  if (!report || !reporter) return made;
  made.accompanimentReports = 1;
  const filedAt = new Date(endsAt.getTime() + 3 * 60 * 60 * 1000);
  const [row] = await tx
    .insert(accompanimentReports)
    .values({
      appointmentId: appointment.id,
      volunteerId: volunteerId(reporter.who),
      personId: client.personId,
      status: 'filed',
      outcome: report.outcome,
      present: report.present,
      presentOther: report.present.includes('other') ? 'A support worker from the centre' : null,
      treatment: report.treatment ?? null,
      concerns: report.concerns ?? [],
      concernDetails: report.concernDetails ?? null,
      promised: report.promised ?? null,
      minutesSpent: report.minutes,
      filedAt,
      createdAt: filedAt,
      updatedAt: filedAt,
    })
    .returning({ id: accompanimentReports.id });
  if (!row) throw new Error('Demo data: report insert returned nothing.');
  const followUps = report.followUps ?? [];
  const concerns = (report.concerns ?? []).map((c) => ACCOMPANIMENT_CONCERN_LABELS[c].toLowerCase());
  await tx.insert(timelineEvents).values({
    personId: client.personId,
    caseId: client.caseId,
    matterId: linked?.matterId ?? null,
    kind: 'accompaniment_report',
    occurredOn: date,
    recordedById: volunteerId(reporter.who),
    appointmentId: appointment.id,
    note: [
      `${APPOINTMENT_TYPE_LABELS[story.type]}: ${ACCOMPANIMENT_OUTCOME_LABELS[report.outcome].toLowerCase()}.`,
      concerns.length ? `Concerns: ${concerns.join(', ')}.` : '',
      followUps.length ? `${followUps.length} follow-up${followUps.length > 1 ? 's' : ''}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    details: { reportId: row.id, outcome: report.outcome, concerns: report.concerns ?? [] },
    createdAt: filedAt,
    updatedAt: filedAt,
  });
  for (const followUp of followUps) {
    const suggestedDue = addCalendarDays(date, followUp.suggestedInDays ?? 7);
    let deadlineId: string | null = null;
    if (followUp.then === 'confirmed') {
      const [deadline] = await tx
        .insert(deadlines)
        .values({
          personId: client.personId,
          caseId: client.caseId,
          matterId: linked?.matterId ?? null,
          source: 'manual',
          due: suggestedDue,
          title: followUp.description,
          explanation: `Follow-up from the accompaniment report of ${formatDay(date)}: ${followUp.description}`,
          certainty: 'practice',
          createdById: bookedBy,
        })
        .returning({ id: deadlines.id });
      deadlineId = deadline?.id ?? null;
      made.followUpDeadlines += 1;
    }
    await tx.insert(appointmentFollowUps).values({
      reportId: row.id,
      appointmentId: appointment.id,
      personId: client.personId,
      caseId: client.caseId,
      description: followUp.description,
      suggestedDue,
      state: followUp.then ?? 'proposed',
      deadlineId,
      dismissReason:
        followUp.then === 'dismissed' ? 'Raised with the officer’s inspector by phone instead.' : null,
      decidedById: followUp.then ? bookedBy : null,
      decidedAt: followUp.then ? filedAt : null,
      createdAt: filedAt,
      updatedAt: filedAt,
    });
  }
  return made;
}
