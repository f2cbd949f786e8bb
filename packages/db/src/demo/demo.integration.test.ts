import { createHash } from 'node:crypto';
import {
  categoriesInForce,
  checkTransition,
  communicationHeading,
  computeReplyDue,
  createCommunicationInput,
  decideDisclosure,
  INFORMATION_CATEGORIES,
  londonToday,
  MATTER_KINDS,
  recipientCategoryOfAgency,
  STAGE_MACHINES,
  type MatterKind,
  type RecipientCategory,
} from '@umbrella/domain';
import { and, asc, count, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../create-database.ts';
import { loadStarterDirectory } from '../directory/load.ts';
import { DEMO_DIRECTORY_EXTRAS, STARTER_DIRECTORY } from '../directory/starter-directory.ts';
import { agencies, contacts } from '../schema/agencies.ts';
import {
  accompanimentReports,
  appointmentFollowUps,
  appointments,
  appointmentVolunteers,
} from '../schema/appointments.ts';
import { cases } from '../schema/cases.ts';
import { communications, documents } from '../schema/communications.ts';
import { consents, disclosures } from '../schema/disclosures.ts';
import {
  asylumClaimDetails,
  matters,
  nrmReferralDetails,
  policeReportDetails,
  socialServicesDetails,
} from '../schema/matters.ts';
import { people, personAliases } from '../schema/people.ts';
import { teamMembers, teams } from '../schema/teams.ts';
import { timelineEvents } from '../schema/timeline.ts';
import { deadlines } from '../schema/deadlines.ts';
import { supervisionReviews } from '../schema/supervision.ts';
import { users } from '../schema/users.ts';
import { isSealed } from '../crypto/ciphertext.ts';
import { openCommunicationText, openPendingCommunication } from '../crypto/communication-text.ts';
import { testCipher } from '../testing/test-cipher.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { DEMO_CLIENTS } from './clients.ts';
import { DEMO_CONTACTS } from './contacts.ts';
import { DatabaseNotEmptyError, DEMO_USERS, loadDemoData, type DemoCounts } from './seed.ts';
import { DEMO_ANCHOR_DATE } from './story.ts';
import { DEMO_EARLIEST_DATE } from './validate.ts';

let handle: DatabaseHandle;
let counts: DemoCounts;
beforeAll(async () => {
  handle = await createTestDatabase();
  counts = await loadDemoData(handle.db, testCipher());
});
afterAll(async () => {
  await handle.close();
});

async function rowCount(table: PgTable): Promise<number> {
  const [row] = await handle.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

describe('demo data', () => {
  it('loads the staff, the starter directory, two teams and about thirty clients', async () => {
    expect(counts).toMatchObject({
      users: DEMO_USERS.length,
      agencies: STARTER_DIRECTORY.length + DEMO_DIRECTORY_EXTRAS.length,
      teams: 2,
      contacts: Object.keys(DEMO_CONTACTS).length,
      clients: DEMO_CLIENTS.length,
      cases: DEMO_CLIENTS.length,
    });
    expect(counts.clients).toBeGreaterThanOrEqual(25);
    expect(counts.clients).toBeLessThanOrEqual(35);
    expect(await rowCount(users)).toBe(counts.users);
    expect(await rowCount(agencies)).toBe(counts.agencies);
    expect(await rowCount(contacts)).toBe(counts.contacts);
    expect(await rowCount(people)).toBe(counts.clients);
    expect(await rowCount(personAliases)).toBe(counts.aliases);
    expect(await rowCount(cases)).toBe(counts.cases);
    expect(await rowCount(matters)).toBe(counts.matters);
    expect(await rowCount(timelineEvents)).toBe(counts.timelineEvents);
    expect(counts.aliases).toBeGreaterThan(5);
  });

  it('puts each demo caseworker on their team, with the supervisor on both', async () => {
    const rows = await handle.db
      .select({ team: teams.name, email: users.email })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .innerJoin(users, eq(users.id, teamMembers.userId));
    const members = (team: string) =>
      rows
        .filter((r) => r.team === team)
        .map((r) => r.email)
        .sort();
    expect(members('North London team')).toEqual(['caseworker@demo.test', 'supervisor@demo.test']);
    expect(members('Trafficking support team')).toEqual(['caseworker2@demo.test', 'supervisor@demo.test']);
  });

  it('gives restricted clients a team their key worker is on', async () => {
    const restricted = await handle.db
      .select({ teamId: people.teamId, keyWorkerId: people.keyWorkerId })
      .from(people)
      .where(eq(people.restricted, true));
    expect(restricted.length).toBeGreaterThanOrEqual(2);
    const membership = await handle.db.select().from(teamMembers);
    for (const client of restricted) {
      expect(client.teamId).not.toBeNull();
      expect(membership.some((m) => m.teamId === client.teamId && m.userId === client.keyWorkerId)).toBe(
        true,
      );
    }
  });

  it('holds matters of all four kinds, each with its details row', async () => {
    const rows = await handle.db
      .select({ kind: matters.kind, n: count() })
      .from(matters)
      .groupBy(matters.kind);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.n])) as Record<MatterKind, number>;
    for (const kind of MATTER_KINDS) expect(byKind[kind]).toBeGreaterThan(0);
    expect(await rowCount(policeReportDetails)).toBe(byKind.police_report);
    expect(await rowCount(nrmReferralDetails)).toBe(byKind.nrm_referral);
    expect(await rowCount(asylumClaimDetails)).toBe(byKind.asylum_claim);
    expect(await rowCount(socialServicesDetails)).toBe(byKind.social_services);
  });

  it('includes the stages a demo should show', async () => {
    const stages = await handle.db.select({ kind: matters.kind, stage: matters.stage }).from(matters);
    const has = (kind: MatterKind, stage: string) => stages.some((m) => m.kind === kind && m.stage === stage);
    expect(has('nrm_referral', 'rg_positive')).toBe(true);
    expect(has('nrm_referral', 'rg_negative')).toBe(true);
    expect(has('police_report', 'no_further_action')).toBe(true);
    expect(has('social_services', 'strategy_discussion')).toBe(true);
    expect(has('social_services', 's47_enquiry')).toBe(true);
    const refused = await handle.db
      .select({ sent: asylumClaimDetails.decisionSentDate, decision: asylumClaimDetails.decision })
      .from(asylumClaimDetails)
      .innerJoin(matters, eq(matters.id, asylumClaimDetails.matterId))
      .where(eq(matters.stage, 'refused'));
    expect(refused.length).toBeGreaterThan(0);
    for (const claim of refused) {
      expect(claim.decision).toBe('refused');
      expect(claim.sent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const closed = await handle.db.select({ id: cases.id }).from(cases).where(eq(cases.status, 'closed'));
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.length).toBeLessThan(counts.cases / 2);
  });

  it('reached every matter’s stage from an initial stage through allowed transitions', async () => {
    const allMatters = await handle.db.select().from(matters);
    const events = await handle.db
      .select()
      .from(timelineEvents)
      .where(isNotNull(timelineEvents.matterId))
      .orderBy(asc(timelineEvents.occurredOn), asc(timelineEvents.createdAt));
    for (const matter of allMatters) {
      const machine = STAGE_MACHINES[matter.kind];
      const moves = events.filter(
        (e) =>
          e.matterId === matter.id && ['matter_opened', 'stage_change', 'matter_reopened'].includes(e.kind),
      );
      const [opened, ...changes] = moves;
      expect(opened?.kind).toBe('matter_opened');
      expect(opened?.occurredOn).toBe(matter.openedOn);
      let stage = opened?.toStage ?? '';
      expect(machine.initial).toContain(stage);
      let before: string | null = null;
      for (const change of changes) {
        expect(change.kind).toBe('stage_change');
        expect(change.fromStage).toBe(stage);
        const check = checkTransition(machine, stage, change.toStage ?? '');
        expect(check, `${matter.kind} ${stage} -> ${change.toStage}`).toEqual({ ok: true });
        before = stage;
        stage = change.toStage ?? '';
      }
      expect(stage).toBe(matter.stage);
      expect(matter.stageChangedOn).toBe((changes.at(-1) ?? opened)?.occurredOn);
      expect(matter.stageBeforeClosing).toBe(matter.stage === 'closed' ? before : null);
    }
  });

  it('dates every timeline event within the two years up to today, recorded by a demo user', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const events = await handle.db.select().from(timelineEvents);
    const staff = new Set((await handle.db.select({ id: users.id }).from(users)).map((u) => u.id));
    for (const event of events) {
      expect(event.occurredOn <= today, `${event.kind} on ${event.occurredOn}`).toBe(true);
      expect(event.occurredOn >= DEMO_EARLIEST_DATE, `${event.kind} on ${event.occurredOn}`).toBe(true);
      expect(staff.has(event.recordedById)).toBe(true);
    }
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of ['case_opened', 'case_closed', 'matter_opened', 'stage_change', 'note']) {
      expect(kinds).toContain(kind);
    }
  });

  it('refuses to load twice and leaves the first load as it was', async () => {
    await expect(loadDemoData(handle.db, testCipher())).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect(await rowCount(people)).toBe(counts.clients);
    expect(await rowCount(agencies)).toBe(counts.agencies);
  });

  it('does not load the starter directory over an existing one', async () => {
    expect(await handle.db.transaction((tx) => loadStarterDirectory(tx))).toBe(0);
    expect(await rowCount(agencies)).toBe(STARTER_DIRECTORY.length + DEMO_DIRECTORY_EXTRAS.length);
  });

  it('starts the deadlines of each open matter’s current stage, as the application would', async () => {
    // The others are follow-ups of accompaniment reports, confirmed by the caseworker.
    const rows = await handle.db.select().from(deadlines).where(eq(deadlines.source, 'stage_event'));
    expect(rows.length).toBeGreaterThan(10);
    expect(
      rows.every((d) => d.status === 'open' && d.source === 'stage_event' && d.explanation.length > 20),
    ).toBe(true);
    // The refused asylum claim: the appeal runs from the date the decision was sent.
    const [refused] = await handle.db
      .select({ matterId: asylumClaimDetails.matterId, sent: asylumClaimDetails.decisionSentDate })
      .from(asylumClaimDetails)
      .innerJoin(matters, eq(matters.id, asylumClaimDetails.matterId))
      .where(eq(matters.stage, 'refused'));
    const appeal = rows.find(
      (d) => d.matterId === refused?.matterId && d.ruleId === 'asylum.ftt_appeal_in_uk',
    );
    expect(appeal?.triggerDate).toBe(refused?.sent);
  });
});

describe('demo communications', () => {
  const joannaId = async () =>
    (await handle.db.select({ id: users.id }).from(users).where(eq(users.email, 'caseworker@demo.test')))[0]
      ?.id ?? '';
  /** Communications on the clients a user works with (key worker or lead caseworker), as My work counts them. */
  const onClientsOf = (userId: string) =>
    or(
      eq(people.keyWorkerId, userId),
      sql`exists (select 1 from ${cases} where ${cases.id} = ${communications.caseId} and ${cases.leadCaseworkerId} = ${userId})`,
    );

  it('logs about 100 to 150 letters, e-mails, calls and meetings for most clients, and a few files', async () => {
    expect(counts.communications).toBeGreaterThanOrEqual(100);
    expect(counts.communications).toBeLessThanOrEqual(150);
    expect(await rowCount(communications)).toBe(counts.communications);
    expect(await rowCount(documents)).toBe(counts.documents + counts.consentForms);
    expect(counts.documents).toBeGreaterThanOrEqual(2);
    const withSome = await handle.db
      .selectDistinct({ personId: communications.personId })
      .from(communications);
    expect(withSome.length).toBeGreaterThan(counts.clients * 0.8);
    const channels = new Set(
      (await handle.db.select({ c: communications.channel }).from(communications)).map((r) => r.c),
    );
    for (const channel of ['letter', 'email', 'phone_call', 'meeting']) expect(channels).toContain(channel);
  });

  it('gives every communication its timeline event, on its date and matter', async () => {
    const rows = await handle.db
      .select({ c: communications, e: timelineEvents })
      .from(communications)
      .leftJoin(timelineEvents, eq(timelineEvents.communicationId, communications.id));
    expect(rows).toHaveLength(counts.communications);
    for (const { c, e } of rows) {
      expect(e, c.id).toMatchObject({
        kind: 'communication',
        personId: c.personId,
        caseId: c.caseId,
        matterId: c.matterId,
        occurredOn: c.occurredOn,
        recordedById: c.recordedById,
      });
      expect(e?.createdAt.getTime()).toBe(c.createdAt.getTime());
    }
    const [orphans] = await handle.db
      .select({ n: count() })
      .from(timelineEvents)
      .where(and(eq(timelineEvents.kind, 'communication'), sql`${timelineEvents.communicationId} is null`));
    expect(orphans?.n).toBe(0);
  });

  it('links replies, chasers and confirmations as the application would', async () => {
    const all = await handle.db.select().from(communications);
    const byId = new Map(all.map((c) => [c.id, c]));
    for (const c of all) {
      if (c.answeredById) {
        const reply = byId.get(c.answeredById);
        expect(c.replyState).toBe('answered');
        expect(reply).toMatchObject({ direction: 'incoming', personId: c.personId });
        expect((reply?.occurredOn ?? '') >= c.occurredOn).toBe(true);
      }
      if (c.chaserOfId) {
        const original = byId.get(c.chaserOfId);
        expect(original?.replyState).toMatch(/^(chased|answered)$/);
        expect(original?.personId).toBe(c.personId);
      }
      if (c.confirmsId) expect(byId.get(c.confirmsId)?.confirmation).toBe('done');
      if (c.replyState === 'answered') expect(c.answeredById).not.toBeNull();
      if (c.replyState === 'chased') expect(all.some((x) => x.chaserOfId === c.id)).toBe(true);
      if (c.direction === 'incoming') expect(c.replyState).toBeNull();
      expect(c.confirmation !== null).toBe(c.channel === 'phone_call' || c.channel === 'meeting');
    }
  });

  it('computes each reply-due date with the engine, the agency’s own reply time where it has one', async () => {
    const rows = await handle.db
      .select({ c: communications, agency: agencies.name, days: agencies.replyExpectedWorkingDays })
      .from(communications)
      .leftJoin(agencies, eq(agencies.id, communications.agencyId))
      .where(isNotNull(communications.replyState));
    expect(rows.length).toBeGreaterThan(30);
    for (const { c, agency, days } of rows) {
      const expected = computeReplyDue({
        sentOn: c.occurredOn,
        agencyWorkingDays: days,
        agencyName: agency,
        jurisdiction: 'england-and-wales',
        today: DEMO_ANCHOR_DATE,
      });
      expect({ due: c.replyDue, explanation: c.replyDueExplanation }).toEqual(expected);
    }
    expect(rows.some(({ days }) => days === 5)).toBe(true);
  });

  it('gives the demo caseworker three replies overdue, a letter chased and calls to confirm on 23 Nov 2026', async () => {
    const userId = await joannaId();
    const mine = await handle.db
      .select({ c: communications })
      .from(communications)
      .innerJoin(people, eq(people.id, communications.personId))
      .where(onClientsOf(userId));
    const list = mine.map((r) => r.c);
    const overdue = list.filter((c) => c.replyState === 'awaiting' && (c.replyDue ?? '') < DEMO_ANCHOR_DATE);
    expect(overdue).toHaveLength(3);
    const awaiting = list.filter(
      (c) => c.replyState === 'awaiting' && (c.replyDue ?? '') >= DEMO_ANCHOR_DATE,
    );
    expect(awaiting.length).toBeGreaterThanOrEqual(2);
    const chased = list.filter((c) => c.replyState === 'chased');
    expect(chased).toHaveLength(1);
    const chaser = list.find((c) => c.chaserOfId === chased[0]?.id);
    expect(chaser).toMatchObject({ replyState: 'awaiting', direction: 'outgoing' });
    expect((chaser?.replyDue ?? '') >= DEMO_ANCHOR_DATE).toBe(true);
    expect(list.filter((c) => c.confirmation === 'needed')).toHaveLength(2);
    const done = list.filter((c) => c.confirmation === 'done');
    expect(done).toHaveLength(1);
    expect(list.find((c) => c.confirmsId === done[0]?.id)).toMatchObject({
      direction: 'outgoing',
      channel: 'email',
    });
  });

  it('leaves nothing waiting on a closed case, and sends nothing to immigration enforcement unapproved', async () => {
    const [waitingOnClosed] = await handle.db
      .select({ n: count() })
      .from(communications)
      .innerJoin(cases, eq(cases.id, communications.caseId))
      .where(
        and(
          eq(cases.status, 'closed'),
          or(eq(communications.replyState, 'awaiting'), eq(communications.confirmation, 'needed')),
        ),
      );
    expect(waitingOnClosed?.n).toBe(0);
    // Only a letter a supervisor approved, logged on the day of the approval (counted from the load day).
    const approved = sql`exists (select 1 from ${disclosures} where ${disclosures.communicationId} = ${communications.id} and ${disclosures.decidedById} is not null)`;
    const [toEnforcement] = await handle.db
      .select({ n: count() })
      .from(communications)
      .innerJoin(agencies, eq(agencies.id, communications.agencyId))
      .where(
        and(
          eq(communications.direction, 'outgoing'),
          eq(agencies.category, 'immigration_enforcement'),
          sql`not ${approved}`,
        ),
      );
    expect(toEnforcement?.n).toBe(0);
    const [future] = await handle.db
      .select({ n: count() })
      .from(communications)
      .where(and(lt(sql`${DEMO_ANCHOR_DATE}::date`, communications.occurredOn), sql`not ${approved}`));
    expect(future?.n).toBe(0);
    const [afterToday] = await handle.db
      .select({ n: count() })
      .from(communications)
      .where(lt(sql`${londonToday(new Date())}::date`, communications.occurredOn));
    expect(afterToday?.n).toBe(0);
  });

  it('labels each counterpart as the application does: contact and agency, the agency, or a name', async () => {
    const rows = await handle.db
      .select({
        label: communications.counterpartLabel,
        agency: agencies.name,
        contact: contacts.name,
        name: communications.counterpartName,
      })
      .from(communications)
      .leftJoin(agencies, eq(agencies.id, communications.agencyId))
      .leftJoin(contacts, eq(contacts.id, communications.contactId));
    for (const row of rows) {
      expect(row.label).toBe([row.contact ?? row.name, row.agency].filter(Boolean).join(', '));
    }
    expect(rows.some((r) => r.contact && r.label === `${r.contact}, ${r.agency}`)).toBe(true);
    expect(rows.some((r) => !r.agency && r.name)).toBe(true);
  });

  it('keeps a few attachments, a PDF and a saved e-mail among them, with their SHA-256', async () => {
    const files = await handle.db
      .select({ d: documents, c: communications })
      .from(documents)
      .innerJoin(communications, eq(communications.id, documents.communicationId));
    expect(files).toHaveLength(counts.documents);
    expect(new Set(files.map((f) => f.d.contentType))).toEqual(new Set(['application/pdf', 'text/plain']));
    for (const { d, c } of files) {
      const content = testCipher().openBytes('documents.content', d.content);
      expect(d.size).toBe(content.length);
      expect(d.sha256).toBe(createHash('sha256').update(content).digest('hex'));
      expect(d.personId).toBe(c.personId);
      expect(d.uploadedById).toBe(c.recordedById);
      if (d.contentType === 'application/pdf') expect(content.subarray(0, 8).toString()).toBe('%PDF-1.4');
      else expect(d.filename.endsWith('.txt')).toBe(true);
    }
  });
});

describe('demo appointments', () => {
  const volunteerId = async (email: string) =>
    (await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? '';

  it('gives both volunteers accompaniments coming up and reported, and leaves some without a volunteer', async () => {
    expect(counts.appointments).toBe(await rowCount(appointments));
    expect(counts.accompanimentReports).toBe(await rowCount(accompanimentReports));
    const now = new Date();
    for (const email of ['volunteer@demo.test', 'volunteer2@demo.test']) {
      const id = await volunteerId(email);
      const rows = await handle.db
        .select({ startsAt: appointments.startsAt, status: appointmentVolunteers.status })
        .from(appointmentVolunteers)
        .innerJoin(appointments, eq(appointments.id, appointmentVolunteers.appointmentId))
        .where(eq(appointmentVolunteers.userId, id));
      expect(rows.some((r) => r.startsAt > now && r.status !== 'declined')).toBe(true);
      const reports = await handle.db
        .select({ id: accompanimentReports.id })
        .from(accompanimentReports)
        .where(and(eq(accompanimentReports.volunteerId, id), eq(accompanimentReports.status, 'filed')));
      expect(reports.length).toBeGreaterThan(3);
    }
    const waiting = await handle.db
      .select({ id: appointments.id })
      .from(appointments)
      .where(
        and(
          eq(appointments.accompanimentNeeded, true),
          eq(appointments.status, 'scheduled'),
          sql`${appointments.startsAt} > now()`,
          sql`not exists (select 1 from ${appointmentVolunteers} where ${appointmentVolunteers.appointmentId} = ${appointments.id} and ${appointmentVolunteers.status} = 'accepted')`,
        ),
      );
    expect(waiting.length).toBeGreaterThanOrEqual(2);
  });

  it('puts each filed report on its client’s timeline and proposes follow-ups to the caseworker', async () => {
    const events = await handle.db
      .select({ appointmentId: timelineEvents.appointmentId })
      .from(timelineEvents)
      .where(eq(timelineEvents.kind, 'accompaniment_report'));
    expect(events.length).toBe(counts.accompanimentReports);
    expect(events.every((e) => e.appointmentId)).toBe(true);
    const followUps = await handle.db.select().from(appointmentFollowUps);
    expect(new Set(followUps.map((f) => f.state))).toEqual(new Set(['proposed', 'confirmed', 'dismissed']));
    expect(followUps.filter((f) => f.state === 'confirmed').every((f) => f.deadlineId)).toBe(true);
  });

  it('links the tribunal hearing to the date on the asylum claim', async () => {
    const [hearing] = await handle.db
      .select({ linked: appointments.linkedMatterDate, matterId: appointments.matterId })
      .from(appointments)
      .where(eq(appointments.type, 'tribunal_hearing'));
    expect(hearing).toMatchObject({ linked: 'hearingDate' });
    expect(hearing?.matterId).toBeTruthy();
  });
});

describe('demo supervision', () => {
  it('reviews every open case but Mercy, and plans a next review for all but Joy', async () => {
    expect(counts.supervisionReviews).toBe(await rowCount(supervisionReviews));
    const open = await handle.db
      .select({ name: people.displayName, caseId: cases.id })
      .from(cases)
      .innerJoin(people, eq(people.id, cases.personId))
      .where(eq(cases.status, 'open'));
    const reviewed = new Set((await handle.db.select().from(supervisionReviews)).map((r) => r.caseId));
    expect(open.filter((c) => !reviewed.has(c.caseId)).map((c) => c.name)).toEqual(['Mercy']);
    const withoutNext = await handle.db
      .select({ name: people.displayName })
      .from(supervisionReviews)
      .innerJoin(people, eq(people.id, supervisionReviews.personId))
      .where(sql`${supervisionReviews.nextReviewOn} is null`);
    expect(withoutNext.map((r) => r.name)).toEqual(['Joy']);
  });

  it('turns agreed actions into deadlines: some met late, some still open and overdue', async () => {
    const actions = await handle.db.select().from(deadlines).where(isNotNull(deadlines.supervisionReviewId));
    const metLate = actions.filter(
      (d) => d.status === 'met' && d.statusChangedAt && d.statusChangedAt.toISOString().slice(0, 10) > d.due,
    );
    expect(metLate.length).toBeGreaterThanOrEqual(5);
    const today = new Date().toISOString().slice(0, 10);
    expect(actions.some((d) => d.status === 'open' && d.due < today)).toBe(true);
    expect(actions.every((d) => d.explanation.startsWith('Agreed at the supervision review on'))).toBe(true);
  });

  it('leaves Dina without a key worker, with the change on her timeline', async () => {
    const [dina] = await handle.db
      .select({ id: people.id, keyWorkerId: people.keyWorkerId })
      .from(people)
      .where(eq(people.displayName, 'Dina'));
    expect(dina?.keyWorkerId).toBeNull();
    const events = await handle.db
      .select({ note: timelineEvents.note })
      .from(timelineEvents)
      .where(and(eq(timelineEvents.personId, dina?.id ?? ''), eq(timelineEvents.kind, 'key_worker_changed')));
    expect(events).toHaveLength(1);
    expect(events[0]?.note).toMatch(/^Key worker changed from Tomasz Nowak to no one\. Reason: /);
  });

  it('records the stage deadlines on the day their stage was reached', async () => {
    const rows = await handle.db
      .select({ createdAt: deadlines.createdAt, occurredOn: timelineEvents.occurredOn })
      .from(deadlines)
      .innerJoin(timelineEvents, eq(timelineEvents.id, deadlines.timelineEventId))
      .where(eq(deadlines.source, 'stage_event'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.createdAt.toISOString().slice(0, 10) === r.occurredOn)).toBe(true);
  });
});

describe('demo consents and disclosures', () => {
  const allConsents = () => handle.db.select().from(consents);
  /** Each client's consents, by person id. */
  const consentsByPerson = async () => {
    const byPerson = new Map<string, (typeof consents.$inferSelect)[]>();
    for (const consent of await allConsents()) {
      byPerson.set(consent.personId, [...(byPerson.get(consent.personId) ?? []), consent]);
    }
    return byPerson;
  };
  const userRoles = async () =>
    new Map(
      (await handle.db.select({ id: users.id, role: users.role }).from(users)).map((u) => [u.id, u.role]),
    );

  it('records what every client agreed to share, early in their case', async () => {
    const rows = await allConsents();
    expect(rows).toHaveLength(counts.consents);
    expect(await rowCount(disclosures)).toBe(counts.disclosures);
    const opened = new Map(
      (await handle.db.select({ personId: cases.personId, openedOn: cases.openedOn }).from(cases)).map(
        (c) => [c.personId, c.openedOn],
      ),
    );
    expect(new Set(rows.map((c) => c.personId)).size).toBe(counts.clients);
    for (const consent of rows) {
      expect(consent.categories.length).toBeGreaterThan(0);
      expect(consent.categories).not.toContain('immigration_enforcement');
      expect(consent.givenOn >= (opened.get(consent.personId) ?? '')).toBe(true);
      expect(consent.method === 'written' || consent.documentId === null).toBe(true);
    }
    expect(new Set(rows.map((c) => c.method))).toEqual(new Set(['verbal', 'written']));
  });

  it('shows a client who agreed only to her solicitor and support services', async () => {
    const byPerson = await consentsByPerson();
    const now = new Date();
    const inForce = [...byPerson.values()].map((held) => categoriesInForce(held, now, londonToday(now)));
    expect(inForce).toContainEqual(['legal_representative', 'support_services']);
    // At least two clients have not agreed to share with the police or the Home Office.
    expect(
      inForce.filter((c) => !c.includes('police') && !c.includes('home_office_asylum')).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('keeps a withdrawn consent, with its note, replaced that day by a narrower one', async () => {
    const rows = await allConsents();
    const withdrawn = rows.filter((c) => c.withdrawnAt !== null);
    expect(withdrawn).toHaveLength(1);
    const [old] = withdrawn;
    expect(old?.withdrawalNote).toBeTruthy();
    expect(old?.withdrawnById).not.toBeNull();
    expect(old?.version).toBe(2);
    const withdrawnOn = londonToday(old?.withdrawnAt ?? new Date(0));
    const replacement = rows.find((c) => c.personId === old?.personId && c.givenOn === withdrawnOn);
    expect(replacement?.withdrawnAt).toBeNull();
    expect(replacement?.categories.every((c) => old?.categories.includes(c))).toBe(true);
    expect(replacement?.categories.length).toBeLessThan(old?.categories.length ?? 0);
    expect(replacement?.createdAt.getTime()).toBeGreaterThan(old?.withdrawnAt?.getTime() ?? Infinity);
  });

  it('keeps the signed form of a written consent as an attached PDF of the same client', async () => {
    const rows = await handle.db
      .select({ consent: consents, document: documents })
      .from(consents)
      .innerJoin(documents, eq(documents.id, consents.documentId));
    expect(rows.length).toBe(counts.consentForms);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const { consent, document } of rows) {
      const content = testCipher().openBytes('documents.content', document.content);
      expect(consent.method).toBe('written');
      expect(document).toMatchObject({
        personId: consent.personId,
        communicationId: null,
        uploadedById: consent.recordedById,
        contentType: 'application/pdf',
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
      });
      expect(document.attachedAt).not.toBeNull();
      expect(content.subarray(0, 8).toString()).toBe('%PDF-1.4');
      expect(content.subarray(-6).toString()).toBe('%%EOF\n');
    }
  });

  it('records one made disclosure for everything sent, as logging it would have', async () => {
    const sent = await handle.db
      .select({ c: communications, category: agencies.category })
      .from(communications)
      .leftJoin(agencies, eq(agencies.id, communications.agencyId))
      .where(eq(communications.direction, 'outgoing'));
    const all = await handle.db.select().from(disclosures).where(eq(disclosures.kind, 'communication'));
    expect(sent.length).toBeGreaterThan(40);
    for (const { c, category } of sent) {
      const found = all.filter((d) => d.communicationId === c.id);
      expect(found, c.id).toHaveLength(1);
      const [d] = found;
      const recipient = category === null ? d?.recipientCategory : recipientCategoryOfAgency(category);
      expect(d, c.id).toMatchObject({
        status: 'made',
        personId: c.personId,
        caseId: c.caseId,
        agencyId: c.agencyId,
        recipientCategory: recipient,
        recipientLabel: c.counterpartLabel,
        requestedById: c.recordedById,
        description: communicationHeading(c.channel, 'outgoing'),
        pendingCommunication: null,
      });
      expect(d?.madeAt?.getTime()).toBe(c.createdAt.getTime());
      expect(londonToday(d?.madeAt ?? new Date(0))).toBe(c.occurredOn);
      expect(d?.informationShared.length).toBeGreaterThan(0);
      for (const info of d?.informationShared ?? []) expect(INFORMATION_CATEGORIES).toContain(info);
      if (category === null) expect(['client', 'other', 'support_services']).toContain(d?.recipientCategory);
      expect(d?.basis).toBe(
        d?.recipientCategory === 'client' ? 'client' : d?.decidedById ? 'legal_basis' : 'consent',
      );
    }
    // Nothing received is a disclosure, and no made one lacks its communication.
    const sentIds = new Set(sent.map(({ c }) => c.id));
    expect(all.filter((d) => d.status === 'made').every((d) => sentIds.has(d.communicationId ?? ''))).toBe(
      true,
    );
    expect(sent.some(({ c }) => !c.agencyId)).toBe(true);
  });

  it('sends on consent only what a consent in force that day covered', async () => {
    const made = await handle.db
      .select()
      .from(disclosures)
      .where(and(eq(disclosures.status, 'made'), eq(disclosures.basis, 'consent')));
    expect(made.length).toBeGreaterThan(40);
    const held = await consentsByPerson();
    for (const d of made) {
      const madeAt = d.madeAt ?? new Date(0);
      const day = londonToday(madeAt);
      const consent = held.get(d.personId)?.find((c) => c.id === d.consentId);
      expect(consent, d.description).toBeDefined();
      expect((consent?.givenOn ?? '9999-12-31') <= day).toBe(true);
      expect(consent?.withdrawnAt === null || (consent?.withdrawnAt ?? madeAt) > madeAt).toBe(true);
      expect(consent?.categories).toContain(d.recipientCategory);
      // And the firewall, asked then, names that consent.
      const recipient = d.recipientCategory as RecipientCategory;
      const decision = decideDisclosure(recipient, held.get(d.personId) ?? [], madeAt, day);
      expect(decision).toMatchObject({ outcome: 'consented', consentId: d.consentId });
    }
  });

  it('holds one request for a supervisor, with the communication as the API would store it', async () => {
    const awaiting = await handle.db
      .select({ d: disclosures, category: agencies.category, keyWorkerId: people.keyWorkerId })
      .from(disclosures)
      .innerJoin(agencies, eq(agencies.id, disclosures.agencyId))
      .innerJoin(people, eq(people.id, disclosures.personId))
      .where(eq(disclosures.status, 'awaiting_approval'));
    expect(awaiting).toHaveLength(1);
    const [first] = awaiting;
    if (!first) return;
    const { d, category, keyWorkerId } = first;
    expect(category).toBe('immigration_enforcement');
    expect(d).toMatchObject({
      kind: 'communication',
      recipientCategory: 'immigration_enforcement',
      basis: 'legal_basis',
      communicationId: null,
      madeAt: null,
      decidedById: null,
      decidedAt: null,
      decisionReason: null,
    });
    expect(d.legalBasis).toBeTruthy();
    expect(d.basisDetails).toBeTruthy();
    expect(d.requestedById).toBe(keyWorkerId);
    expect((await userRoles()).get(d.requestedById)).toBe('caseworker');
    // Held as typed, its subject and text sealed like a logged letter's.
    expect(isSealed(d.pendingCommunication?.subject)).toBe(true);
    const held = openPendingCommunication(testCipher(), d.pendingCommunication ?? {});
    const pending = createCommunicationInput.parse(held);
    expect(pending).toEqual(held);
    expect(pending).toMatchObject({
      personId: d.personId,
      agencyId: d.agencyId,
      direction: 'outgoing',
      informationShared: d.informationShared,
      legalBasis: d.legalBasis,
      basisDetails: d.basisDetails,
      attachmentIds: [],
    });
    const logged = await handle.db
      .select({ subject: communications.subject, body: communications.body })
      .from(communications)
      .where(eq(communications.personId, d.personId));
    expect(logged.length).toBeGreaterThan(0);
    const subjects = logged.map((c) => openCommunicationText(testCipher(), c).subject);
    expect(subjects).not.toContain(pending.subject);
  });

  it('sends nothing to immigration enforcement without a supervisor; the approved letter is on record', async () => {
    const roles = await userRoles();
    const toEnforcement = await handle.db
      .select({ d: disclosures, c: communications })
      .from(disclosures)
      .leftJoin(communications, eq(communications.id, disclosures.communicationId))
      .where(
        and(eq(disclosures.recipientCategory, 'immigration_enforcement'), eq(disclosures.status, 'made')),
      );
    expect(toEnforcement.length).toBeGreaterThanOrEqual(1);
    for (const { d, c } of toEnforcement) {
      expect(d.decidedById).not.toBeNull();
      expect(roles.get(d.decidedById ?? '')).toBe('supervisor');
      expect(d.decisionReason).toBeTruthy();
      expect(d.basis).toBe('legal_basis');
      expect(d.pendingCommunication).toBeNull();
      expect(d.madeAt?.getTime()).toBe(d.decidedAt?.getTime());
      expect((d.decidedAt ?? new Date(0)) > d.createdAt).toBe(true);
      // Logged on the day of the approval, recorded by whoever asked.
      expect(c?.occurredOn).toBe(londonToday(d.decidedAt ?? new Date(0)));
      expect(c?.recordedById).toBe(d.requestedById);
      // Recent enough for the supervisor dashboard's approvals of the last 90 days.
      expect(Date.now() - (d.decidedAt?.getTime() ?? 0)).toBeLessThan(90 * 86_400_000);
    }
    const [unapproved] = await handle.db
      .select({ n: count() })
      .from(disclosures)
      .where(
        and(
          eq(disclosures.status, 'made'),
          or(
            eq(disclosures.recipientCategory, 'immigration_enforcement'),
            eq(disclosures.basis, 'legal_basis'),
          ),
          isNull(disclosures.decidedById),
        ),
      );
    expect(unapproved?.n).toBe(0);
  });

  it('keeps a refused request with the supervisor’s reason, and nothing sent', async () => {
    const refused = await handle.db.select().from(disclosures).where(eq(disclosures.status, 'refused'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ basis: 'legal_basis', communicationId: null, madeAt: null });
    expect(refused[0]?.pendingCommunication).toBeNull();
    expect(refused[0]?.decisionReason).toBeTruthy();
    expect((await userRoles()).get(refused[0]?.decidedById ?? '')).toBe('supervisor');
  });

  it('records chronologies printed for the file, for our own casework', async () => {
    const prints = await handle.db.select().from(disclosures).where(eq(disclosures.kind, 'print'));
    expect(prints.length).toBeGreaterThanOrEqual(2);
    for (const print of prints) {
      expect(print).toMatchObject({
        status: 'made',
        recipientCategory: 'own_organisation',
        basis: 'own_casework',
        description: 'Chronology printed',
        informationShared: ['identity', 'case_details'],
        communicationId: null,
      });
      expect(print.madeAt).not.toBeNull();
    }
  });
});
