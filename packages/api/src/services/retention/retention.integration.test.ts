import { anonymisationRequests, auditLog, people } from '@umbrella/db';
import { createClientCase, createMatterWithHistory } from '@umbrella/db/testing';
import {
  CASE_OPEN_MESSAGE,
  isDueForAnonymisation,
  LEGAL_HOLD_MESSAGE,
  ALREADY_AWAITING_MESSAGE,
  OWN_REQUEST_MESSAGE,
  retentionPolicySchema,
  type MatterKind,
  type RetentionPolicy,
} from '@umbrella/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { CANCEL_OTHERS_MESSAGE } from './cancel-anonymisation.ts';
import { ALREADY_DECIDED_MESSAGE } from './decide.ts';
import { dueClientsWith } from './due-clients.ts';
import { REFUSE_OWN_MESSAGE } from './refuse-anonymisation.ts';

// The test clock: Mon 23 Nov 2026.
const TODAY = '2026-11-23';
let api: TestApi;
let sup: SignedIn;
let sup2: SignedIn;
let admin: SignedIn;
let admin2: SignedIn;
let both: SignedIn;
let alice: SignedIn;
let volunteer: SignedIn;

const db = () => api.handle.db;

/** A client whose only case file closed on `closedOn`, with a closed matter of each kind given. */
async function closedClient(
  closedOn: string,
  kinds: MatterKind[] = [],
  displayName = 'Closed Client',
): Promise<string> {
  const file = await createClientCase(db(), {
    status: 'closed',
    openedOn: '2000-01-01',
    closedOn,
    displayName,
  });
  for (const kind of kinds) {
    await createMatterWithHistory(db(), file, {
      kind,
      stages: [{ stage: 'closed', on: '2000-01-01' }],
      recordedById: alice.user.id,
    });
  }
  return file.personId;
}

/** A client closed recently: never due under any policy here, so it stays out of the dry run. */
const recentlyClosed = (name = 'Recent Client') => closedClient('2026-11-01', [], name);

async function expectCode(call: Promise<unknown>, code: string, message?: string) {
  await expect(call).rejects.toMatchObject(message ? { code, message } : { code });
}

async function lastAudit(action: string) {
  const [row] = await db()
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row;
}

async function requestFor(
  asker: SignedIn,
  personId: string,
  reason = 'The client asked us to erase their record.',
) {
  return (await asker.call()).retention.request({ personId, reason });
}

/** A fingerprint of every table but the audit log: equal fingerprints, no writes. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db().execute<{ table_name: string }>(sql`
    select table_name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'audit_log'
     order by table_name`);
  const out: Record<string, string> = {};
  for (const { table_name } of tables.rows) {
    const result = await db().execute<{ h: string | null }>(
      sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql.identifier(table_name)} t`,
    );
    out[table_name] = String(result.rows[0]?.h);
  }
  return out;
}

beforeAll(async () => {
  api = await createTestApi();
  sup = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  sup2 = await signedIn(api, { email: 'sup2@x.test', role: 'supervisor', displayName: 'Sue Super' });
  admin = await signedIn(api, { email: 'admin@x.test', isAdmin: true, displayName: 'Ada Admin' });
  admin2 = await signedIn(api, { email: 'admin2@x.test', isAdmin: true, displayName: 'Abe Admin' });
  both = await signedIn(api, {
    email: 'both@x.test',
    role: 'supervisor',
    isAdmin: true,
    displayName: 'Bo Both',
  });
  alice = await signedIn(api, { email: 'alice@x.test', displayName: 'Alice Caseworker' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
});

afterAll(async () => {
  await api.close();
});

describe('the retention policy', () => {
  it('starts at the defaults, read by supervisors and administrators', async () => {
    expect(await (await sup.call()).retention.policy()).toEqual({
      policy: { defaultYears: 6, byMatterKind: {} },
      version: null,
    });
    expect((await (await admin.call()).retention.policy()).version).toBeNull();
    await expectCode((await alice.call()).retention.policy(), 'FORBIDDEN');
    await expectCode((await volunteer.call()).retention.policy(), 'FORBIDDEN');
  });

  it('is changed by administrators only, naming the version read', async () => {
    const policy = { defaultYears: 6, byMatterKind: { asylum_claim: 10, nrm_referral: 2 } };
    await expectCode((await sup.call()).retention.updatePolicy({ policy, version: null }), 'FORBIDDEN');
    await expectBadField(
      (await admin.call()).retention.updatePolicy({ policy: { defaultYears: 0 }, version: null }),
      'policy',
    );
    const saved = await (await admin.call()).retention.updatePolicy({ policy, version: null });
    expect(saved).toEqual({ policy, version: 1 });
    await expectCode((await admin2.call()).retention.updatePolicy({ policy, version: null }), 'CONFLICT');
    await expectCode((await admin2.call()).retention.updatePolicy({ policy, version: 7 }), 'CONFLICT');
    expect((await lastAudit('retention.update_policy'))?.details).toEqual({
      changed: ['byMatterKind.nrm_referral', 'byMatterKind.asylum_claim'],
      version: 1,
    });
    expect(await (await sup.call()).retention.policy()).toEqual({ policy, version: 1 });
  });
});

describe('the dry run', () => {
  const policy: RetentionPolicy = retentionPolicySchema.parse({
    defaultYears: 6,
    byMatterKind: { asylum_claim: 10, nrm_referral: 2 },
  });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { version } = await (await admin.call()).retention.policy();
    await (await admin.call()).retention.updatePolicy({ policy, version });
    ids.defaultOnTheDay = await closedClient('2020-11-23', [], 'Due Today');
    ids.defaultTomorrow = await closedClient('2020-11-24', [], 'Due Tomorrow');
    ids.asylumOnTheDay = await closedClient('2016-11-23', ['asylum_claim'], 'Asylum Due');
    ids.asylumTomorrow = await closedClient('2016-11-24', ['asylum_claim'], 'Asylum Tomorrow');
    ids.asylumAfterDefault = await closedClient(
      '2019-05-01',
      ['asylum_claim', 'police_report'],
      'Asylum Longer',
    );
    ids.nrmOnTheDay = await closedClient('2024-11-23', ['nrm_referral'], 'Nrm Due');
    ids.nrmWithPolice = await closedClient('2024-11-23', ['nrm_referral', 'police_report'], 'Nrm And Police');
    ids.socialDefault = await closedClient('2020-11-22', ['social_services'], 'Social Default');
    ids.leap = await closedClient('2020-02-29', [], 'Leap Day');
    ids.onHold = await closedClient('2010-01-01', [], 'On Hold');
    await db()
      .update(people)
      .set({ legalHold: true, legalHoldReason: 'Court order' })
      .where(eq(people.id, ids.onHold));
    ids.anonymised = await closedClient('2010-01-01', [], 'Anonymised');
    await db()
      .update(people)
      .set({ anonymisedAt: new Date('2020-01-01') })
      .where(eq(people.id, ids.anonymised));
    ids.open = (await createClientVia(alice, { displayName: 'Open Client' })).id;
  });

  const dueOnServer = async (today: string) => {
    const result = await db().execute<{ person_id: string; due_on: string }>(
      sql`${dueClientsWith(policy, today)} select person_id, due_on::text as due_on from due`,
    );
    return new Map(result.rows.map((r) => [r.person_id, r.due_on]));
  };

  it('agrees with the domain rule on every client, around each boundary day and per matter kind', async () => {
    const facts: Record<
      string,
      { closedOn: string | null; kinds: MatterKind[]; hold?: boolean; anon?: boolean }
    > = {
      defaultOnTheDay: { closedOn: '2020-11-23', kinds: [] },
      defaultTomorrow: { closedOn: '2020-11-24', kinds: [] },
      asylumOnTheDay: { closedOn: '2016-11-23', kinds: ['asylum_claim'] },
      asylumTomorrow: { closedOn: '2016-11-24', kinds: ['asylum_claim'] },
      asylumAfterDefault: { closedOn: '2019-05-01', kinds: ['asylum_claim', 'police_report'] },
      nrmOnTheDay: { closedOn: '2024-11-23', kinds: ['nrm_referral'] },
      nrmWithPolice: { closedOn: '2024-11-23', kinds: ['nrm_referral', 'police_report'] },
      socialDefault: { closedOn: '2020-11-22', kinds: ['social_services'] },
      leap: { closedOn: '2020-02-29', kinds: [] },
      onHold: { closedOn: '2010-01-01', kinds: [], hold: true },
      anonymised: { closedOn: '2010-01-01', kinds: [], anon: true },
      open: { closedOn: null, kinds: [] },
    };
    const days = ['2026-02-27', '2026-02-28', '2026-03-01', '2026-11-22', TODAY, '2026-11-24', '2029-05-01'];
    for (const today of days) {
      const server = await dueOnServer(today);
      for (const [name, f] of Object.entries(facts)) {
        const expected = isDueForAnonymisation(
          {
            caseStatus: f.closedOn ? 'closed' : 'open',
            closedOn: f.closedOn,
            kinds: f.kinds,
            legalHold: f.hold ?? false,
            anonymised: f.anon ?? false,
          },
          today,
          policy,
        );
        expect({ today, name, due: server.has(ids[name] ?? '') }).toEqual({ today, name, due: expected });
      }
    }
    // 29 Feb 2020 + 6 years: 28 Feb 2026, on the server as in the domain.
    expect((await dueOnServer('2026-02-28')).get(ids.leap ?? '')).toBe('2026-02-28');
    expect((await dueOnServer('2026-02-27')).has(ids.leap ?? '')).toBe(false);
  });

  it('lists the clients due today with their kinds and days, names for supervisors only', async () => {
    const page = await (await sup.call()).retention.due({});
    expect(page.today).toBe(TODAY);
    const expected = [
      { key: 'leap', closedOn: '2020-02-29', dueOn: '2026-02-28', kinds: [], years: 6, name: 'Leap Day' },
      {
        key: 'socialDefault',
        closedOn: '2020-11-22',
        dueOn: '2026-11-22',
        kinds: ['social_services'],
        years: 6,
        name: 'Social Default',
      },
      {
        key: 'asylumOnTheDay',
        closedOn: '2016-11-23',
        dueOn: TODAY,
        kinds: ['asylum_claim'],
        years: 10,
        name: 'Asylum Due',
      },
      {
        key: 'defaultOnTheDay',
        closedOn: '2020-11-23',
        dueOn: TODAY,
        kinds: [],
        years: 6,
        name: 'Due Today',
      },
      {
        key: 'nrmOnTheDay',
        closedOn: '2024-11-23',
        dueOn: TODAY,
        kinds: ['nrm_referral'],
        years: 2,
        name: 'Nrm Due',
      },
    ];
    // Ordered by the day they became due, then id.
    const key = (e: (typeof expected)[number]) => `${e.dueOn} ${ids[e.key] ?? ''}`;
    const sorted = [...expected].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(page.total).toBe(5);
    expect(page.items).toEqual(
      sorted.map((e) => ({
        personId: ids[e.key],
        displayName: e.name,
        closedOn: e.closedOn,
        kinds: e.kinds,
        years: e.years,
        dueOn: e.dueOn,
        awaitingRequestId: null,
      })),
    );
    const asAdmin = await (await admin.call()).retention.due({});
    expect(asAdmin.items.map((i) => i.personId)).toEqual(page.items.map((i) => i.personId));
    expect(asAdmin.items.every((i) => i.displayName === null)).toBe(true);
    const asBoth = await (await both.call()).retention.due({});
    expect(asBoth.items[0]?.displayName).toBe('Leap Day');
  });

  it('pages, with a hard limit', async () => {
    const first = await (await sup.call()).retention.due({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe('2');
    const second = await (await sup.call()).retention.due({ limit: 2, cursor: first.nextCursor });
    const third = await (await sup.call()).retention.due({ limit: 2, cursor: second.nextCursor });
    expect(third.nextCursor).toBeNull();
    expect([...first.items, ...second.items, ...third.items].map((i) => i.personId)).toEqual(
      (await (await sup.call()).retention.due({})).items.map((i) => i.personId),
    );
    await expectBadField((await sup.call()).retention.due({ limit: 101 }), 'limit');
  });

  it('writes nothing but its own audit row (ids only)', async () => {
    const before = await fingerprint();
    const [{ n: rowsBefore } = { n: 0 }] = (
      await db().execute<{ n: number }>(sql`select count(*)::int as n from audit_log`)
    ).rows;
    const page = await (await admin.call()).retention.due({});
    expect(await fingerprint()).toEqual(before);
    const [{ n: rowsAfter } = { n: 0 }] = (
      await db().execute<{ n: number }>(sql`select count(*)::int as n from audit_log`)
    ).rows;
    expect(Number(rowsAfter)).toBe(Number(rowsBefore) + 1);
    const audit = await lastAudit('retention.list');
    expect(audit).toMatchObject({ actorUserId: admin.user.id, outcome: 'success' });
    expect(audit?.details).toEqual({
      today: TODAY,
      cursor: null,
      personIds: page.items.map((i) => i.personId),
    });
  });

  it('shows a request awaiting approval, and leaves out a client once on legal hold', async () => {
    const asked = await requestFor(sup, ids.defaultOnTheDay ?? '');
    let page = await (await sup.call()).retention.due({});
    expect(page.items.find((i) => i.personId === ids.defaultOnTheDay)?.awaitingRequestId).toBe(asked.id);
    await (await sup.call()).retention.cancel({ id: asked.id, version: asked.version });
    const client = await (await sup.call()).retention.forClient({ personId: ids.socialDefault ?? '' });
    await (
      await sup.call()
    ).retention.setLegalHold({
      personId: ids.socialDefault ?? '',
      version: client.version,
      reason: 'Inquiry',
    });
    page = await (await sup.call()).retention.due({});
    expect(page.items.map((i) => i.personId)).not.toContain(ids.socialDefault);
    expect(page.total).toBe(4);
  });

  it('is refused to caseworkers and volunteers', async () => {
    await expectCode((await alice.call()).retention.due({}), 'FORBIDDEN');
    await expectCode((await volunteer.call()).retention.due({}), 'FORBIDDEN');
  });
});

describe('legal hold', () => {
  let client = '';
  beforeAll(async () => {
    client = await recentlyClosed('Held Client');
  });

  it('is set by a supervisor with a reason, versioned and audited without the reason', async () => {
    const read = await (await sup.call()).retention.forClient({ personId: client });
    expect(read).toMatchObject({
      legalHold: null,
      caseStatus: 'closed',
      closedOn: '2026-11-01',
      canChangeLegalHold: true,
    });
    expect(read.dueOn).toBe('2032-11-01');
    await expectBadField(
      (await sup.call()).retention.setLegalHold({ personId: client, version: read.version, reason: ' ' }),
      'reason',
    );
    const held = await (
      await sup.call()
    ).retention.setLegalHold({ personId: client, version: read.version, reason: 'Police inquiry running' });
    expect(held.version).toBe(read.version + 1);
    await expectCode(
      (await sup2.call()).retention.setLegalHold({
        personId: client,
        version: read.version,
        reason: 'Again',
      }),
      'CONFLICT',
    );
    await expectBadField(
      (await sup2.call()).retention.setLegalHold({
        personId: client,
        version: held.version,
        reason: 'Again',
      }),
      'personId',
    );
    const audit = await lastAudit('clients.legal_hold_set');
    expect(audit).toMatchObject({ entityType: 'person', entityId: client, actorUserId: sup.user.id });
    expect(JSON.stringify(audit?.details)).not.toContain('Police inquiry');
    const after = await (await alice.call()).retention.forClient({ personId: client });
    expect(after).toMatchObject({
      legalHold: { reason: 'Police inquiry running', setBy: { id: sup.user.id, displayName: 'Sam Super' } },
      blockedBy: LEGAL_HOLD_MESSAGE,
      canChangeLegalHold: false,
      canRequest: false,
    });
  });

  it('cannot be set or lifted by a caseworker, a volunteer or an administrator who is not a supervisor', async () => {
    const { version } = await (await sup.call()).retention.forClient({ personId: client });
    for (const who of [alice, volunteer, admin]) {
      await expectCode(
        (await who.call()).retention.clearLegalHold({ personId: client, version }),
        'FORBIDDEN',
      );
      await expectCode(
        (await who.call()).retention.setLegalHold({ personId: client, version, reason: 'x' }),
        'FORBIDDEN',
      );
    }
  });

  it('blocks a request, and the approval of a request made before it', async () => {
    await expectBadField(requestFor(sup, client), 'personId').then((messages) =>
      expect(messages).toEqual([LEGAL_HOLD_MESSAGE]),
    );
    // Lift it, ask, then hold again before the approval.
    let { version } = await (await sup.call()).retention.forClient({ personId: client });
    ({ version } = await (await sup.call()).retention.clearLegalHold({ personId: client, version }));
    expect(await lastAudit('clients.legal_hold_clear')).toMatchObject({ entityId: client });
    const asked = await requestFor(sup, client);
    await (await sup2.call()).retention.setLegalHold({ personId: client, version, reason: 'New evidence' });
    const messages = await expectBadField(
      (await admin.call()).retention.approve({ id: asked.id, version: asked.version }),
      'personId',
    );
    expect(messages).toEqual([LEGAL_HOLD_MESSAGE]);
    const [person] = await db().select().from(people).where(eq(people.id, client));
    expect(person?.anonymisedAt).toBeNull();
    const [request] = await db()
      .select()
      .from(anonymisationRequests)
      .where(eq(anonymisationRequests.id, asked.id));
    expect(request?.status).toBe('awaiting_approval');
  });
});

describe('asking for anonymisation', () => {
  it('is refused while the case is open, or while another request awaits', async () => {
    const open = (await createClientVia(alice, { displayName: 'Still Open' })).id;
    expect(await expectBadField(requestFor(sup, open), 'personId')).toEqual([CASE_OPEN_MESSAGE]);
    const closed = await recentlyClosed();
    await requestFor(sup, closed);
    expect(await expectBadField(requestFor(admin, closed), 'personId')).toEqual([ALREADY_AWAITING_MESSAGE]);
    await expectBadField((await sup.call()).retention.request({ personId: closed, reason: '' }), 'reason');
  });

  it('is refused to caseworkers and volunteers', async () => {
    const closed = await recentlyClosed();
    await expectCode(requestFor(alice, closed), 'FORBIDDEN');
    await expectCode(requestFor(volunteer, closed), 'FORBIDDEN');
  });

  it('is audited with the request id, never the reason', async () => {
    const closed = await recentlyClosed();
    const asked = await requestFor(admin, closed, 'Retention period over');
    expect(asked.approverNeeded).toBe('a supervisor');
    const audit = await lastAudit('retention.request');
    expect(audit).toMatchObject({
      entityId: closed,
      actorUserId: admin.user.id,
      details: { requestId: asked.id },
    });
  });
});

describe('the two-person rule', () => {
  const cases: [string, () => SignedIn, () => SignedIn, boolean][] = [
    ['a supervisor, approved by an administrator', () => sup, () => admin, true],
    ['a supervisor, approved by a supervisor and administrator', () => sup, () => both, true],
    ['a supervisor, approved by another supervisor', () => sup, () => sup2, false],
    ['a supervisor, approved by themselves', () => sup, () => sup, false],
    ['an administrator, approved by a supervisor', () => admin, () => sup, true],
    ['an administrator, approved by another administrator', () => admin, () => admin2, false],
    ['an administrator, approved by themselves', () => admin, () => admin, false],
    ['a supervisor and administrator, approved by a supervisor', () => both, () => sup2, true],
    ['a supervisor and administrator, approved by an administrator', () => both, () => admin2, true],
    ['a supervisor and administrator, approved by themselves', () => both, () => both, false],
  ];

  it.each(cases)('a request by %s: allowed %s', async (_name, asker, approver, allowed) => {
    const client = await recentlyClosed();
    const asked = await requestFor(asker(), client);
    const views = await (await approver().call()).retention.requests({ state: 'awaiting' });
    expect(views.items.find((v) => v.id === asked.id)?.canApprove).toBe(allowed);
    const approve = (await approver().call()).retention.approve({ id: asked.id, version: asked.version });
    if (allowed) {
      const done = await approve;
      expect(done.anonymisedAt).toBe('2026-11-23T10:00:00.000Z');
      const [person] = await db().select().from(people).where(eq(people.id, client));
      expect(person?.displayName).toBe('Anonymised client');
      return;
    }
    const same = asker() === approver();
    await expectCode(approve, 'FORBIDDEN', same ? OWN_REQUEST_MESSAGE : undefined);
    const [person] = await db().select().from(people).where(eq(people.id, client));
    expect(person).toMatchObject({ displayName: 'Recent Client', anonymisedAt: null });
    const [request] = await db()
      .select()
      .from(anonymisationRequests)
      .where(eq(anonymisationRequests.id, asked.id));
    expect(request?.status).toBe('awaiting_approval');
    // The refusal is recorded on its own (the transaction was rolled back).
    const denied = await lastAudit('retention.approve');
    expect(denied).toMatchObject({
      outcome: 'denied',
      entityId: client,
      actorUserId: approver().user.id,
      details: { requestId: asked.id, reason: 'two_person_rule' },
    });
    const acts = await db()
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.anonymise'), eq(auditLog.entityId, client)));
    expect(acts).toEqual([]);
  });

  it('is refused to caseworkers and volunteers, who cannot approve, refuse or withdraw', async () => {
    const client = await recentlyClosed();
    const asked = await requestFor(sup, client);
    for (const who of [alice, volunteer]) {
      await expectCode((await who.call()).retention.approve({ id: asked.id, version: 1 }), 'FORBIDDEN');
      await expectCode(
        (await who.call()).retention.refuse({ id: asked.id, version: 1, note: 'No' }),
        'FORBIDDEN',
      );
      await expectCode((await who.call()).retention.cancel({ id: asked.id, version: 1 }), 'FORBIDDEN');
      await expectCode((await who.call()).retention.requests({ state: 'awaiting' }), 'FORBIDDEN');
    }
  });
});

describe('refusing and withdrawing', () => {
  it('refuses with a note (anyone but the person who asked), then cannot be approved', async () => {
    const client = await recentlyClosed();
    const asked = await requestFor(sup, client);
    await expectCode(
      (await sup.call()).retention.refuse({ id: asked.id, version: asked.version, note: 'No' }),
      'FORBIDDEN',
      REFUSE_OWN_MESSAGE,
    );
    await expectBadField(
      (await sup2.call()).retention.refuse({ id: asked.id, version: asked.version, note: '' }),
      'note',
    );
    await expectCode(
      (await sup2.call()).retention.refuse({ id: asked.id, version: asked.version + 1, note: 'Stale' }),
      'CONFLICT',
    );
    const refused = await (
      await sup2.call()
    ).retention.refuse({ id: asked.id, version: asked.version, note: 'The appeal may still need the file.' });
    expect(await lastAudit('retention.refuse')).toMatchObject({
      entityId: client,
      details: { requestId: asked.id },
    });
    expect(
      await expectBadField(
        (await admin.call()).retention.approve({ id: asked.id, version: refused.version }),
        'id',
      ),
    ).toEqual([ALREADY_DECIDED_MESSAGE]);
    const decided = await (await admin.call()).retention.requests({ state: 'decided' });
    expect(decided.items.find((r) => r.id === asked.id)).toMatchObject({
      status: 'refused',
      displayName: null,
      decisionNote: 'The appeal may still need the file.',
      decidedBy: { id: sup2.user.id, displayName: 'Sue Super' },
      canApprove: false,
      canRefuse: false,
      canCancel: false,
    });
  });

  it('is withdrawn by the person who asked only', async () => {
    const client = await recentlyClosed('Withdrawn Client');
    const asked = await requestFor(admin, client);
    await expectCode(
      (await sup.call()).retention.cancel({ id: asked.id, version: asked.version }),
      'FORBIDDEN',
      CANCEL_OTHERS_MESSAGE,
    );
    const awaiting = await (await sup.call()).retention.requests({ state: 'awaiting' });
    expect(awaiting.items.find((r) => r.id === asked.id)).toMatchObject({
      displayName: 'Withdrawn Client',
      requestedBy: { id: admin.user.id, displayName: 'Ada Admin' },
      approverNeeded: 'a supervisor',
      canApprove: true,
      canRefuse: true,
      canCancel: false,
    });
    await (await admin.call()).retention.cancel({ id: asked.id, version: asked.version });
    const [request] = await db()
      .select()
      .from(anonymisationRequests)
      .where(and(eq(anonymisationRequests.id, asked.id), eq(anonymisationRequests.status, 'cancelled')));
    expect(request?.decidedById).toBe(admin.user.id);
    expect(await lastAudit('retention.cancel')).toMatchObject({ entityId: client });
    // Withdrawn: a new request can be made.
    await requestFor(admin, client);
  });
});
