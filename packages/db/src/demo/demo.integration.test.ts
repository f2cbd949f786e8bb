import { checkTransition, MATTER_KINDS, STAGE_MACHINES, type MatterKind } from '@umbrella/domain';
import { asc, count, eq, isNotNull } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../create-database.ts';
import { loadStarterDirectory } from '../directory/load.ts';
import { DEMO_DIRECTORY_EXTRAS, STARTER_DIRECTORY } from '../directory/starter-directory.ts';
import { agencies, contacts } from '../schema/agencies.ts';
import { cases } from '../schema/cases.ts';
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
import { users } from '../schema/users.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { DEMO_CLIENTS } from './clients.ts';
import { DEMO_CONTACTS } from './contacts.ts';
import { DatabaseNotEmptyError, DEMO_USERS, loadDemoData, type DemoCounts } from './seed.ts';
import { DEMO_EARLIEST_DATE } from './validate.ts';

let handle: DatabaseHandle;
let counts: DemoCounts;
beforeAll(async () => {
  handle = await createTestDatabase();
  counts = await loadDemoData(handle.db);
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
      const moves = events.filter((e) => e.matterId === matter.id && e.kind !== 'note');
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
    await expect(loadDemoData(handle.db)).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect(await rowCount(people)).toBe(counts.clients);
    expect(await rowCount(agencies)).toBe(counts.agencies);
  });

  it('does not load the starter directory over an existing one', async () => {
    expect(await handle.db.transaction((tx) => loadStarterDirectory(tx))).toBe(0);
    expect(await rowCount(agencies)).toBe(STARTER_DIRECTORY.length + DEMO_DIRECTORY_EXTRAS.length);
  });

  it('starts the deadlines of each open matter’s current stage, as the application would', async () => {
    const rows = await handle.db.select().from(deadlines);
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
