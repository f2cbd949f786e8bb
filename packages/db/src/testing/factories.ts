import { randomBytes } from 'node:crypto';
import type { Role } from '@umbrella/domain';
import type { DbOrTx } from '../client.ts';
import type { FieldCipher } from '../crypto/cipher.ts';
import { clientSearchWords, sealCommunicationText } from '../crypto/communication-text.ts';
import { storedNote } from '../crypto/notes.ts';
import { sealSafeContact } from '../crypto/safe-contact.ts';
import { hashPassword } from '../passwords.ts';
import { agencies } from '../schema/agencies.ts';
import { accompanimentReports, appointments } from '../schema/appointments.ts';
import { cases } from '../schema/cases.ts';
import { communications } from '../schema/communications.ts';
import { deadlines } from '../schema/deadlines.ts';
import { matters } from '../schema/matters.ts';
import { people, personAliases, type SafeContactRules } from '../schema/people.ts';
import { supervisionReviews } from '../schema/supervision.ts';
import { teamMembers, teams } from '../schema/teams.ts';
import { timelineEvents } from '../schema/timeline.ts';
import { users, type UserRow } from '../schema/users.ts';
import { testCipher } from './test-cipher.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

export interface UserOverrides {
  email?: string;
  displayName?: string;
  role?: Role;
  isAdmin?: boolean;
  active?: boolean;
  password?: string;
  totpSecret?: string | null;
  mustChangePassword?: boolean;
}

/** Inserts a user; by default an active caseworker with TEST_PASSWORD and no second factor. */
export async function createUser(db: DbOrTx, overrides: UserOverrides = {}): Promise<UserRow> {
  const passwordHash = overrides.password
    ? await hashPassword(overrides.password)
    : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const [row] = await db
    .insert(users)
    .values({
      email: overrides.email ?? `user-${randomBytes(4).toString('hex')}@example.test`,
      displayName: overrides.displayName ?? 'Test User',
      role: overrides.role ?? 'caseworker',
      isAdmin: overrides.isAdmin ?? false,
      active: overrides.active ?? true,
      passwordHash,
      mustChangePassword: overrides.mustChangePassword ?? false,
      totpSecret: overrides.totpSecret ?? null,
      totpEnabledAt: overrides.totpSecret ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('user insert returned nothing');
  return row;
}

/** Inserts a team with the given members. */
export async function createTeam(
  db: DbOrTx,
  overrides: { name?: string; memberIds?: string[] } = {},
): Promise<typeof teams.$inferSelect> {
  const [team] = await db
    .insert(teams)
    .values({ name: overrides.name ?? `Team ${randomBytes(3).toString('hex')}` })
    .returning();
  if (!team) throw new Error('team insert returned nothing');
  if (overrides.memberIds?.length) {
    await db.insert(teamMembers).values(overrides.memberIds.map((userId) => ({ teamId: team.id, userId })));
  }
  return team;
}

/** Inserts a directory entry; by default a police force. */
export async function createAgency(
  db: DbOrTx,
  overrides: Partial<typeof agencies.$inferInsert> = {},
): Promise<typeof agencies.$inferSelect> {
  const [agency] = await db
    .insert(agencies)
    .values({ name: 'Test Police', category: 'police', ...overrides })
    .returning();
  if (!agency) throw new Error('agency insert returned nothing');
  return agency;
}

/*
 * Case-file rows written straight to the database, with any dates, for the supervision dashboard's crafted
 * data (the services refuse dates in the future and many histories; these do not).
 */

function one<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw new Error(`${what} insert returned nothing`);
  return row;
}

export interface ClientCaseOverrides {
  displayName?: string;
  /** Sealed like the application seals them (with `cipher`, by default the tests' fixed key). */
  dateOfBirth?: string | null;
  notes?: string | null;
  safeContact?: Partial<SafeContactRules>;
  aliases?: { name: string; kind?: 'legal' | 'alias' | 'previous'; knownToAgencyIds?: string[] }[];
  cipher?: FieldCipher;
  keyWorkerId?: string | null;
  teamId?: string | null;
  restricted?: boolean;
  archivedAt?: Date | null;
  openedOn?: string;
  status?: 'open' | 'closed';
  closedOn?: string | null;
}

/** A client and their case file; by default open since 1 Nov 2026, without key worker. */
export async function createClientCase(
  db: DbOrTx,
  overrides: ClientCaseOverrides = {},
): Promise<{ personId: string; caseId: string }> {
  const cipher = overrides.cipher ?? testCipher();
  const person = one(
    await db
      .insert(people)
      .values({
        displayName: overrides.displayName ?? 'Test Client',
        dateOfBirth: cipher.sealOrNull('people.date_of_birth', overrides.dateOfBirth),
        dateOfBirthPrecision: overrides.dateOfBirth ? 'exact' : 'unknown',
        notes: cipher.sealOrNull('people.notes', overrides.notes),
        safeContact: sealSafeContact(cipher, {
          call: true,
          text: true,
          voicemail: false,
          post: false,
          codeWord: null,
          safeTimes: null,
          notes: null,
          ...overrides.safeContact,
        }),
        keyWorkerId: overrides.keyWorkerId ?? null,
        teamId: overrides.teamId ?? null,
        restricted: overrides.restricted ?? false,
        archivedAt: overrides.archivedAt ?? null,
      })
      .returning({ id: people.id }),
    'person',
  );
  if (overrides.aliases?.length) {
    await db.insert(personAliases).values(
      overrides.aliases.map((a) => ({
        personId: person.id,
        name: cipher.seal('person_aliases.name', a.name),
        nameIndex: cipher.blindIndex('name', a.name),
        kind: a.kind ?? 'legal',
        knownToAgencyIds: a.knownToAgencyIds ?? [],
      })),
    );
  }
  const status = overrides.status ?? 'open';
  const file = one(
    await db
      .insert(cases)
      .values({
        personId: person.id,
        status,
        openedOn: overrides.openedOn ?? '2026-11-01',
        closedOn: overrides.closedOn ?? (status === 'closed' ? '2026-11-02' : null),
        leadCaseworkerId: overrides.keyWorkerId ?? null,
        teamId: overrides.teamId ?? null,
      })
      .returning({ id: cases.id }),
    'case',
  );
  return { personId: person.id, caseId: file.id };
}

export interface CaseRef {
  personId: string;
  caseId: string;
}

/**
 * A matter with its stage history: `stages` in order, each entered on its day (the first by a `matter_opened`
 * event, the others by `stage_change`); the matter stands in the last one.
 */
export async function createMatterWithHistory(
  db: DbOrTx,
  file: CaseRef,
  input: {
    kind: (typeof matters.$inferInsert)['kind'];
    stages: { stage: string; on: string }[];
    recordedById: string;
    /** The matter's main reference, sealed and indexed (the detail rows are not written here). */
    reference?: string | null;
    cipher?: FieldCipher;
  },
): Promise<string> {
  const cipher = input.cipher ?? testCipher();
  const first = input.stages[0];
  const last = input.stages.at(-1);
  if (!first || !last) throw new Error('a matter needs at least one stage');
  const matter = one(
    await db
      .insert(matters)
      .values({
        caseId: file.caseId,
        personId: file.personId,
        kind: input.kind,
        stage: last.stage,
        stageChangedOn: last.on,
        openedOn: first.on,
        reference: cipher.sealOrNull('matters.reference', input.reference),
        referenceIndex: cipher.blindIndex('reference', input.reference),
      })
      .returning({ id: matters.id }),
    'matter',
  );
  let from: string | null = null;
  for (const [i, step] of input.stages.entries()) {
    await createTimelineEvent(db, file, {
      kind: i === 0 ? 'matter_opened' : 'stage_change',
      occurredOn: step.on,
      recordedById: input.recordedById,
      matterId: matter.id,
      fromStage: from,
      toStage: step.stage,
    });
    from = step.stage;
  }
  return matter.id;
}

/** A timeline event; a note marked `sensitive` is given in clear and sealed (with `cipher`, or the tests' key). */
export async function createTimelineEvent(
  db: DbOrTx,
  file: CaseRef,
  input: Omit<typeof timelineEvents.$inferInsert, 'personId' | 'caseId'>,
  cipher: FieldCipher = testCipher(),
): Promise<string> {
  return one(
    await db
      .insert(timelineEvents)
      .values({
        ...input,
        note: storedNote(cipher, input.note ?? null, input.sensitive ?? false),
        personId: file.personId,
        caseId: file.caseId,
      })
      .returning({ id: timelineEvents.id }),
    'timeline event',
  ).id;
}

/** A communication; by default a letter sent on `occurredOn` expecting no reply. Its words sealed, as the app does. */
export async function createCommunication(
  db: DbOrTx,
  file: CaseRef,
  input: Partial<Omit<typeof communications.$inferInsert, 'subject' | 'body' | 'search'>> & {
    occurredOn: string;
    recordedById: string;
    subject?: string;
    body?: string | null;
    cipher?: FieldCipher;
  },
): Promise<string> {
  const { cipher = testCipher(), subject = 'A letter', body = null, ...rest } = input;
  const counterpartLabel = rest.counterpartLabel ?? 'Home Office';
  return one(
    await db
      .insert(communications)
      .values({
        direction: 'outgoing',
        channel: 'letter',
        ...rest,
        counterpartLabel,
        ...sealCommunicationText(
          cipher,
          { subject, counterpartLabel, body },
          await clientSearchWords(db, cipher, file.personId),
        ),
        personId: file.personId,
        caseId: file.caseId,
      })
      .returning({ id: communications.id }),
    'communication',
  ).id;
}

/** A deadline by hand; by default open. */
export async function createDeadline(
  db: DbOrTx,
  file: CaseRef,
  input: Partial<typeof deadlines.$inferInsert> & { due: string; createdById: string },
): Promise<string> {
  return one(
    await db
      .insert(deadlines)
      .values({
        source: 'manual',
        title: 'A deadline',
        explanation: 'Entered by hand.',
        certainty: 'practice',
        ...input,
        personId: file.personId,
        caseId: file.caseId,
      })
      .returning({ id: deadlines.id }),
    'deadline',
  ).id;
}

/**
 * An appointment starting at `startsAt` (an hour long); with `outcome`, a report filed by `reportedById`
 * (`client_did_not_attend` makes it a missed appointment).
 */
export async function createAppointment(
  db: DbOrTx,
  file: CaseRef,
  input: {
    startsAt: Date;
    createdById: string;
    status?: 'scheduled' | 'cancelled';
    outcome?: 'attended' | 'client_did_not_attend' | 'cancelled';
    reportedById?: string;
  },
): Promise<string> {
  const appointment = one(
    await db
      .insert(appointments)
      .values({
        personId: file.personId,
        caseId: file.caseId,
        type: 'police_interview',
        startsAt: input.startsAt,
        endsAt: new Date(input.startsAt.getTime() + 60 * 60 * 1000),
        place: 'Croydon Police Station',
        status: input.status ?? 'scheduled',
        createdById: input.createdById,
      })
      .returning({ id: appointments.id }),
    'appointment',
  );
  if (input.outcome) {
    if (!input.reportedById) throw new Error('a filed report needs reportedById');
    await db.insert(accompanimentReports).values({
      appointmentId: appointment.id,
      volunteerId: input.reportedById,
      personId: file.personId,
      status: 'filed',
      outcome: input.outcome,
      filedAt: input.startsAt,
    });
  }
  return appointment.id;
}

export async function createSupervisionReview(
  db: DbOrTx,
  file: CaseRef,
  input: {
    reviewerId: string;
    reviewedOn: string;
    nextReviewOn?: string | null;
    notes?: string;
    createdAt?: Date;
  },
): Promise<string> {
  return one(
    await db
      .insert(supervisionReviews)
      .values({
        caseId: file.caseId,
        personId: file.personId,
        reviewerId: input.reviewerId,
        reviewedOn: input.reviewedOn,
        nextReviewOn: input.nextReviewOn ?? null,
        notes: input.notes ?? 'Reviewed.',
        ...(input.createdAt ? { createdAt: input.createdAt } : {}),
      })
      .returning({ id: supervisionReviews.id }),
    'supervision review',
  ).id;
}
