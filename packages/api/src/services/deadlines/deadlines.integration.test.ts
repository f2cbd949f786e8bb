import { auditLog, deadlines, timelineEvents } from '@umbrella/db';
import { createTeam } from '@umbrella/db/testing';
import { computeDeadline } from '@umbrella/domain';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia, type OpenMatterInput } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let cw: SignedIn;
let outsider: SignedIn;
let volunteer: SignedIn;
let personId: string;
let caseId: string;
let restrictedId: string;

beforeAll(async () => {
  api = await createTestApi(); // the clock reads Mon 23 Nov 2026
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  outsider = await signedIn(api, { email: 'out@x.test', role: 'caseworker' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
  ({ id: personId, caseId } = await createClientVia(cw, { displayName: 'Deadline Client' }));
  const team = await createTeam(api.handle.db, { name: 'North', memberIds: [cw.user.id] });
  restrictedId = (
    await createClientVia(cw, { displayName: 'Restricted Rana', restricted: true, teamId: team.id })
  ).id;
});
afterAll(async () => {
  await api.close();
});

const open = async (input: Omit<OpenMatterInput, 'caseId'>) =>
  (await cw.call()).matters.open({ caseId, ...input } as OpenMatterInput);

const move = async (m: { id: string; version: number }, toStage: string, occurredOn: string) =>
  (await cw.call()).matters.changeStage({ matterId: m.id, version: m.version, toStage, occurredOn });

const listFor = async (matterId: string) =>
  (await (await cw.call()).deadlines.listForClient({ personId })).items.filter(
    (d) => d.matterId === matterId,
  );

const due = (rule: string, trigger: string) => computeDeadline({ rule, trigger }).due;

const deadlineCount = async () => (await api.handle.db.select().from(deadlines)).length;

describe('deadlines started by stage events', () => {
  it('an asylum refusal sent on a date starts the FtT appeal (14 CD) and the end of support', async () => {
    const m = await open({
      kind: 'asylum_claim',
      stage: 'awaiting_decision',
      openedOn: '2026-10-01',
      details: { homeOfficeReference: 'H1', decisionSentDate: '2026-11-02' },
    });
    const moved = await move(m, 'refused', '2026-11-03');
    expect(moved).toMatchObject({ stage: 'refused', version: 2 });
    const items = await listFor(m.id);
    expect(items.map((d) => [d.ruleId, d.triggerDate, d.due])).toEqual([
      ['asylum.ftt_appeal_in_uk', '2026-11-02', '2026-11-16'],
      ['asylum.support_ends_after_refusal', '2026-11-02', '2026-11-23'],
    ]);
    const [appeal] = items;
    expect(appeal).toMatchObject({
      personId,
      clientDisplayName: 'Deadline Client',
      matterKind: 'asylum_claim',
      source: 'stage_event',
      title: appeal?.ruleTitle,
      jurisdiction: 'england-and-wales',
      certainty: 'statutory',
      certaintyLabel: 'Statutory',
      uncertain: false,
      status: 'open',
      statusReason: null,
      overdue: true,
      daysLeft: -7,
    });
    expect(appeal?.explanation).toMatch(/14 calendar days/);
    expect(appeal?.explanation).toMatch(/2 Nov 2026/);
    // Linked to the stage's timeline event.
    const [row] = await api.handle.db
      .select()
      .from(deadlines)
      .where(eq(deadlines.id, appeal?.id ?? ''));
    const [event] = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.matterId, m.id), eq(timelineEvents.kind, 'stage_change')));
    expect(row?.timelineEventId).toBe(event?.id);
    expect(row?.createdById).toBe(cw.user.id);
  });

  it('without a sent date the refusal’s own date is the trigger', async () => {
    const m = await open({
      kind: 'asylum_claim',
      stage: 'awaiting_decision',
      openedOn: '2026-10-01',
      details: {},
    });
    await move(m, 'refused', '2026-11-10');
    expect((await listFor(m.id)).map((d) => [d.ruleId, d.triggerDate, d.due])).toEqual([
      ['asylum.ftt_appeal_in_uk', '2026-11-10', '2026-11-24'],
      ['asylum.support_ends_after_refusal', '2026-11-10', '2026-12-01'],
    ]);
  });

  it('a grant starts the move-on period; a dismissed appeal the permission to appeal', async () => {
    const m = await open({
      kind: 'asylum_claim',
      stage: 'awaiting_decision',
      openedOn: '2026-10-01',
      details: {},
    });
    await move(m, 'granted', '2026-11-20');
    expect((await listFor(m.id)).map((d) => [d.ruleId, d.due])).toEqual([
      ['asylum.move_on_after_grant', due('asylum.move_on_after_grant', '2026-11-20')],
    ]);
    let appeal = await open({
      kind: 'asylum_claim',
      stage: 'awaiting_decision',
      openedOn: '2026-10-01',
      details: {},
    });
    for (const stage of ['refused', 'appeal_lodged', 'hearing_listed', 'appeal_dismissed']) {
      appeal = await move(appeal, stage, '2026-11-12');
    }
    expect((await listFor(appeal.id)).find((d) => d.ruleId === 'asylum.ut_permission_at_ftt')).toMatchObject({
      triggerDate: '2026-11-12',
      due: '2026-11-26',
    });
  });

  it('NRM: referral, positive RG (recovery period) and negative RG (reconsideration)', async () => {
    const referred = await open({
      kind: 'nrm_referral',
      stage: 'referred',
      openedOn: '2026-11-02',
      details: {},
    });
    expect((await listFor(referred.id)).map((d) => [d.ruleId, d.due, d.certainty])).toEqual([
      ['nrm.rg_decision_target', '2026-11-09', 'policy_target'],
    ]);
    await move(referred, 'rg_positive', '2026-11-05');
    expect((await listFor(referred.id)).map((d) => [d.ruleId, d.due])).toEqual([
      ['nrm.rg_decision_target', '2026-11-09'],
      ['nrm.recovery_period_end', '2026-12-05'],
    ]);

    const negative = await open({
      kind: 'nrm_referral',
      stage: 'referred',
      openedOn: '2026-11-02',
      details: {},
    });
    await move(negative, 'rg_negative', '2026-11-05');
    const reconsideration = (await listFor(negative.id)).find(
      (d) => d.ruleId === 'nrm.reconsideration_request',
    );
    // 5 Dec 2026 is a Saturday: the request is due the next working day.
    expect(reconsideration).toMatchObject({ triggerDate: '2026-11-05', due: '2026-12-07' });
  });

  it('police: no further action starts the VRR request and the Victims’ Code update, enhanced when entitled', async () => {
    const standard = await open({
      kind: 'police_report',
      stage: 'reported',
      openedOn: '2026-11-01',
      details: {},
    });
    await move(standard, 'no_further_action', '2026-11-10');
    expect((await listFor(standard.id)).map((d) => [d.ruleId, d.due])).toEqual([
      ['police.victims_code_update', '2026-11-17'],
      ['police.vrr_police_request', '2027-02-10'],
    ]);

    const enhanced = await open({
      kind: 'police_report',
      stage: 'investigating',
      openedOn: '2026-11-01',
      details: { victimsCodeEntitlement: 'enhanced' },
    });
    await move(enhanced, 'charged', '2026-11-10');
    expect((await listFor(enhanced.id)).map((d) => [d.ruleId, d.due])).toEqual([
      ['police.victims_code_update_enhanced', '2026-11-11'],
    ]);
  });

  it('children’s services: a referral opened starts its decision and assessment; a strategy discussion the ICPC', async () => {
    const m = await open({
      kind: 'social_services',
      stage: 'referral_received',
      openedOn: '2026-11-02',
      details: {},
    });
    expect((await listFor(m.id)).map((d) => [d.ruleId, d.due])).toEqual([
      ['social.referral_decision', '2026-11-03'],
      ['social.assessment', due('social.assessment', '2026-11-02')],
    ]);
    await move(m, 'strategy_discussion', '2026-11-04');
    const icpc = (await listFor(m.id)).find((d) => d.ruleId === 'social.icpc');
    expect(icpc).toMatchObject({ triggerDate: '2026-11-04', due: '2026-11-25', overdue: false, daysLeft: 2 });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'deadlines.create'))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(audit?.details).toEqual({
      deadlineIds: [icpc?.id],
      matterId: m.id,
      timelineEventId: expect.any(String),
      source: 'stage_event',
    });
  });

  it('a stage that starts nothing creates nothing', async () => {
    const before = await deadlineCount();
    const m = await open({ kind: 'asylum_claim', stage: 'claimed', openedOn: '2026-11-01', details: {} });
    await move(m, 'screened', '2026-11-02');
    expect(await deadlineCount()).toBe(before);
  });
});

describe('deadlines added by hand', () => {
  it('from a rule and a trigger date, or a free date with a reason; each audited', async () => {
    const m = await open({ kind: 'police_report', stage: 'reported', openedOn: '2026-11-01', details: {} });
    const byRule = await (
      await cw.call()
    ).deadlines.create({
      personId,
      matterId: m.id,
      kind: 'rule',
      ruleId: 'sar.response',
      triggerDate: '2026-03-31',
      jurisdiction: 'scotland',
    });
    expect(byRule).toMatchObject({
      source: 'manual',
      ruleId: 'sar.response',
      matterId: m.id,
      matterKind: 'police_report',
      jurisdiction: 'scotland',
      due: '2026-04-30',
      triggerDate: '2026-03-31',
      version: 1,
      status: 'open',
      overdue: true,
    });
    const free = await (
      await cw.call()
    ).deadlines.create({ personId, kind: 'date', due: '2026-12-01', title: 'Send the witness statement' });
    expect(free).toMatchObject({
      source: 'manual',
      ruleId: null,
      ruleTitle: null,
      triggerDate: null,
      matterId: null,
      matterKind: null,
      title: 'Send the witness statement',
      due: '2026-12-01',
      daysLeft: 8,
      overdue: false,
    });
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'deadlines.create'), eq(auditLog.actorUserId, cw.user.id)))
      .orderBy(desc(auditLog.seq))
      .limit(2);
    expect(audits.reverse().map((a) => a.details)).toEqual([
      { deadlineId: byRule.id, matterId: m.id, kind: 'rule' },
      { deadlineId: free.id, matterId: null, kind: 'date' },
    ]);
  });

  it('refuses an unknown rule, an impossible date and a far-future trigger, writing nothing', async () => {
    const before = await deadlineCount();
    const create = async (input: object) =>
      (await cw.call()).deadlines.create({ personId, kind: 'rule', ...input } as never);
    await expectBadField(create({ ruleId: 'asylum.nope', triggerDate: '2026-11-01' }), 'ruleId');
    await expectBadField(create({ ruleId: 'sar.response', triggerDate: '2026-02-30' }), 'triggerDate');
    const [far] = await expectBadField(
      create({ ruleId: 'sar.response', triggerDate: '2028-01-01' }),
      'triggerDate',
    );
    expect(far).toMatch(/more than a year/);
    await expectBadField(
      (await cw.call()).deadlines.create({ personId, kind: 'date', due: '2026-12-01', title: ' ' }),
      'title',
    );
    const other = await createClientVia(outsider, { displayName: 'Other' });
    const otherMatter = await (
      await outsider.call()
    ).matters.open({
      caseId: other.caseId,
      kind: 'nrm_referral',
      stage: 'referral_considered',
      openedOn: '2026-11-01',
      details: {},
    });
    await expectBadField(
      (await cw.call()).deadlines.create({
        personId,
        matterId: otherMatter.id,
        kind: 'date',
        due: '2026-12-01',
        title: 'x',
      }),
      'matterId',
    );
    expect(await deadlineCount()).toBe(before);
  });
});

describe('status', () => {
  it('marks met, refuses waived without a reason and a stale version', async () => {
    const d = await (
      await cw.call()
    ).deadlines.create({ personId, kind: 'date', due: '2026-11-30', title: 'Chase the council' });
    await expectBadField(
      (await cw.call()).deadlines.setStatus({ id: d.id, version: 1, status: 'waived' }),
      'reason',
    );
    const met = await (await cw.call()).deadlines.setStatus({ id: d.id, version: 1, status: 'met' });
    expect(met).toMatchObject({ status: 'met', version: 2, overdue: false, statusReason: null });
    await expect(
      (await cw.call()).deadlines.setStatus({ id: d.id, version: 1, status: 'missed' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const waived = await (
      await cw.call()
    ).deadlines.setStatus({ id: d.id, version: 2, status: 'waived', reason: 'Council withdrew' });
    expect(waived).toMatchObject({ status: 'waived', statusReason: 'Council withdrew', version: 3 });
    const [row] = await api.handle.db.select().from(deadlines).where(eq(deadlines.id, d.id));
    expect(row).toMatchObject({ statusChangedById: cw.user.id, status: 'waived' });
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'deadlines.set_status'));
    expect(audits.map((a) => a.details)).toEqual([
      { deadlineId: d.id, changed: ['status'] },
      { deadlineId: d.id, changed: ['status'] },
    ]);
    // Closed deadlines come after the open ones.
    const items = (await (await cw.call()).deadlines.listForClient({ personId })).items;
    const firstClosed = items.findIndex((i) => i.status !== 'open');
    expect(items.slice(firstClosed).every((i) => i.status !== 'open')).toBe(true);
  });
});

describe('correcting a stage date', () => {
  it('recomputes the open deadlines the stage started and says so on the timeline', async () => {
    const m = await open({ kind: 'nrm_referral', stage: 'referred', openedOn: '2026-11-02', details: {} });
    await move(m, 'rg_negative', '2026-11-05');
    const [event] = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.matterId, m.id), eq(timelineEvents.kind, 'stage_change')));
    const result = await (
      await cw.call()
    ).matters.correctStageDate({ eventId: event?.id ?? '', occurredOn: '2026-11-09' });
    expect(result).toEqual({ recomputed: 1 });
    const items = await listFor(m.id);
    expect(items.map((d) => [d.ruleId, d.triggerDate, d.due, d.version])).toEqual([
      ['nrm.rg_decision_target', '2026-11-02', '2026-11-09', 1],
      ['nrm.reconsideration_request', '2026-11-09', '2026-12-09', 2],
    ]);
    expect(items[1]?.explanation).toMatch(/9 Nov 2026/);
    const profile = await (await cw.call()).clients.get({ id: personId });
    const matter = profile.matters.find((x) => x.id === m.id);
    expect(matter).toMatchObject({
      stageChangedOn: '2026-11-09',
      details: { reasonableGroundsDate: '2026-11-09' },
    });
    const notes = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.matterId, m.id), eq(timelineEvents.kind, 'note')));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.note).toMatch(/from 5 Nov 2026 to 9 Nov 2026; 1 open deadline recomputed/);
    expect(notes[0]?.occurredOn).toBe('2026-11-23');
  });

  it('leaves closed deadlines alone and refuses a future date or a non-stage event', async () => {
    const m = await open({ kind: 'police_report', stage: 'reported', openedOn: '2026-11-01', details: {} });
    await move(m, 'no_further_action', '2026-11-10');
    const [vcu] = (await listFor(m.id)).filter((d) => d.ruleId === 'police.victims_code_update');
    await (await cw.call()).deadlines.setStatus({ id: vcu?.id ?? '', version: 1, status: 'met' });
    const [event] = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.matterId, m.id), eq(timelineEvents.kind, 'stage_change')));
    const eventId = event?.id ?? '';
    await expectBadField(
      (await cw.call()).matters.correctStageDate({ eventId, occurredOn: '2026-11-24' }),
      'occurredOn',
    );
    await expectBadField(
      (await cw.call()).matters.correctStageDate({ eventId, occurredOn: '2026-02-30' }),
      'occurredOn',
    );
    expect(await (await cw.call()).matters.correctStageDate({ eventId, occurredOn: '2026-11-11' })).toEqual({
      recomputed: 1,
    });
    expect((await listFor(m.id)).map((d) => [d.ruleId, d.status, d.due])).toEqual([
      ['police.vrr_police_request', 'open', '2027-02-11'],
      ['police.victims_code_update', 'met', '2026-11-17'],
    ]);
    const [opened] = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.personId, personId), eq(timelineEvents.kind, 'case_opened')));
    await expectBadField(
      (await cw.call()).matters.correctStageDate({ eventId: opened?.id ?? '', occurredOn: '2026-11-01' }),
      'eventId',
    );
  });
});

describe('access', () => {
  it('audits each read of a client’s deadlines', async () => {
    await (await cw.call()).deadlines.listForClient({ personId });
    const [read] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.read'), eq(auditLog.entityId, personId)))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(read?.details).toEqual({ view: 'deadlines' });
  });

  it('keeps restricted clients’ deadlines to their team, and volunteers out', async () => {
    const d = await (
      await cw.call()
    ).deadlines.create({ personId: restrictedId, kind: 'date', due: '2026-12-01', title: 'Private' });
    await expect(
      (await outsider.call()).deadlines.listForClient({ personId: restrictedId }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      (await outsider.call()).deadlines.create({
        personId: restrictedId,
        kind: 'date',
        due: '2026-12-01',
        title: 'x',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await outsider.call()).deadlines.setStatus({ id: d.id, version: 1, status: 'met' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await volunteer.call()).deadlines.listForClient({ personId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, restrictedId), eq(auditLog.outcome, 'denied')));
    expect(denied.map((a) => a.action)).toEqual(['clients.read', 'deadlines.create', 'deadlines.set_status']);
    const [row] = await api.handle.db.select().from(deadlines).where(eq(deadlines.id, d.id));
    expect(row?.status).toBe('open');
  });
});

describe('a long list of deadlines', () => {
  it('pages through them, open first by due date, then the closed ones, without gaps or repeats', async () => {
    const { id: client } = await createClientVia(cw, { displayName: 'Many Deadlines' });
    const dues = [
      '2026-12-10',
      '2026-11-20',
      '2027-01-05',
      '2026-12-10',
      '2026-11-30',
      '2027-02-01',
      '2026-12-24',
    ];
    const made = [];
    for (const [i, dueOn] of dues.entries()) {
      made.push(
        await (
          await cw.call()
        ).deadlines.create({ personId: client, kind: 'date', due: dueOn, title: `D${i}` }),
      );
    }
    // Three closed: met, missed and waived.
    for (const [i, status] of [
      [2, 'met'],
      [4, 'missed'],
      [1, 'waived'],
    ] as const) {
      const d = made[i];
      await (
        await cw.call()
      ).deadlines.setStatus({
        id: d?.id ?? '',
        version: d?.version ?? 0,
        status,
        ...(status === 'waived' ? { reason: 'No longer needed' } : {}),
      });
    }
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await (
        await cw.call()
      ).deadlines.listForClient({ personId: client, limit: 3, ...(cursor ? { cursor } : {}) });
      pages.push(page);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    // Every page counts the whole list (today is 23 Nov 2026: nothing open is overdue here).
    for (const page of pages) expect(page.counts).toEqual({ open: 4, overdue: 0, closed: 3 });
    const listed = pages.flatMap((p) => p.items);
    // Two due on one day: by when recorded, then id (the same each time).
    expect(listed.map((d) => [d.title.replace(/^D[03]$/, 'D0 or D3'), d.status, d.due])).toEqual([
      ['D0 or D3', 'open', '2026-12-10'],
      ['D0 or D3', 'open', '2026-12-10'],
      ['D6', 'open', '2026-12-24'],
      ['D5', 'open', '2027-02-01'],
      ['D1', 'waived', '2026-11-20'],
      ['D4', 'missed', '2026-11-30'],
      ['D2', 'met', '2027-01-05'],
    ]);
    expect(new Set(listed.map((d) => d.id)).size).toBe(7);

    await expectBadField(
      (await cw.call()).deadlines.listForClient({ personId: client, cursor: 'nope' }),
      'cursor',
    );
    // Another client's deadline is no place to start from.
    const [elsewhere] = (await (await cw.call()).deadlines.listForClient({ personId })).items;
    await expectBadField(
      (await cw.call()).deadlines.listForClient({
        personId: client,
        cursor: Buffer.from(elsewhere?.id ?? '').toString('base64url'),
      }),
      'cursor',
    );
    for (const limit of [0, 101]) {
      expect(
        await expectBadField((await cw.call()).deadlines.listForClient({ personId: client, limit }), 'limit'),
      ).toEqual(['Ask for a whole number from 1 to 100 at a time']);
    }
  });
});
