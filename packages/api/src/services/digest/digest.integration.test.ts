import { auditLog, cases, deadlines, digestDeliveries, supervisionReviews, users } from '@umbrella/db';
import { createAgency, createTeam, createUser } from '@umbrella/db/testing';
import { plural } from '@umbrella/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertAppointment } from '../accompaniments/test-rows.ts';
import { createClientVia, recordConsentVia } from '../../testing/clients.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import type * as DigestModule from './digest.ts';
import { countStalledCases, DIGEST_LIST_MAX } from './digest.ts';
import { sendWeeklyDigests, type DigestMail } from './send-weekly-digests.ts';

// The e-mail job's count of stalled cases, watched (it still counts) to see it is taken once a run.
vi.mock('./digest.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof DigestModule>();
  return { ...actual, countStalledCases: vi.fn(actual.countStalledCases) };
});

// The test clock: Mon 23 Nov 2026, 10:00 in London. The week runs to Sun 29 Nov.
let api: TestApi;
let alice: SignedIn;
let bob: SignedIn;
let carol: SignedIn;
let supervisor: SignedIn;
let volunteer: SignedIn;
let police: string;
const ids = { mine: '', mineCase: '', hidden: '', hiddenCase: '', bobs: '' };
/** Every client's display name: none may appear in an e-mail. */
const CLIENT_NAMES = [
  'Zainab Quist',
  'Hidden Yusuf',
  'Bobs Client',
  'Overdue Review',
  'Sunday Review',
  'Monday Review',
  'Planned Review',
  'Closed Review',
  'Many Deadlines',
  'Bobs Old',
] as const;

beforeAll(async () => {
  api = await createTestApi();
  alice = await signedIn(api, { email: 'alice@x.test', displayName: 'Alice' });
  bob = await signedIn(api, { email: 'bob@x.test', displayName: 'Bob' });
  carol = await signedIn(api, { email: 'carol@x.test', displayName: 'Carol' });
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
  police = (await createAgency(api.handle.db, { name: 'Northshire Police' })).id;
  const south = await createTeam(api.handle.db, { name: 'South', memberIds: [bob.user.id] });
  const mine = await createClientVia(alice, { displayName: CLIENT_NAMES[0], keyWorkerId: alice.user.id });
  ids.mine = mine.id;
  ids.mineCase = mine.caseId;
  // Alice is key worker of a restricted client of Bob's team: she cannot open it, so it stays out.
  const hidden = await createClientVia(bob, {
    displayName: CLIENT_NAMES[1],
    keyWorkerId: alice.user.id,
    restricted: true,
    teamId: south.id,
  });
  ids.hidden = hidden.id;
  ids.hiddenCase = hidden.caseId;
  ids.bobs = (await createClientVia(bob, { displayName: CLIENT_NAMES[2], keyWorkerId: bob.user.id })).id;

  const deadline = async (who: SignedIn, personId: string, due: string, title: string) =>
    (await who.call()).deadlines.create({ personId, kind: 'date', due, title });
  await deadline(alice, ids.mine, '2026-11-20', 'Overdue');
  await deadline(alice, ids.mine, '2026-11-23', 'Due today');
  await deadline(alice, ids.mine, '2026-11-29', 'Due Sunday');
  await deadline(alice, ids.mine, '2026-11-30', 'Next Monday');
  const met = await deadline(alice, ids.mine, '2026-11-24', 'Already met');
  await (await alice.call()).deadlines.setStatus({ id: met.id, version: 1, status: 'met' });
  await deadline(bob, ids.hidden, '2026-11-24', 'Restricted');
  await deadline(bob, ids.bobs, '2026-11-25', 'Bob’s');

  const letter = async (who: SignedIn, personId: string, replyDue: string, subject: string) =>
    (await who.call()).communications.create({
      personId,
      channel: 'letter',
      direction: 'outgoing',
      agencyId: police,
      occurredOn: '2026-11-02',
      subject,
      expectsReply: true,
      replyDue,
    });
  // Both clients agreed to share with the police: the letters pass the disclosure firewall.
  await recordConsentVia(alice, ids.mine);
  await recordConsentVia(bob, ids.hidden);
  await letter(alice, ids.mine, '2026-11-16', 'Late reply');
  await letter(alice, ids.mine, '2026-11-29', 'Reply due Sunday');
  await letter(alice, ids.mine, '2026-11-30', 'Reply due next week');
  await letter(bob, ids.hidden, '2026-11-25', 'Restricted reply');

  const visit = (personId: string, caseId: string, startsAt: string, cancelled = false) =>
    insertAppointment(api.handle.db, {
      personId,
      caseId,
      createdById: alice.user.id,
      startsAt,
      endsAt: startsAt.replace(/T\d\d:\d\d/, 'T23:50'),
      cancelled,
    });
  await visit(ids.mine, ids.mineCase, '2026-11-22T12:00'); // last week
  await visit(ids.mine, ids.mineCase, '2026-11-25T10:00');
  await visit(ids.mine, ids.mineCase, '2026-11-29T23:30'); // late on Sunday, London time
  await visit(ids.mine, ids.mineCase, '2026-11-30T00:30'); // next week
  await visit(ids.mine, ids.mineCase, '2026-11-26T10:00', true); // cancelled
  await visit(ids.hidden, ids.hiddenCase, '2026-11-24T10:00');

  // Reviews: every 90 days by default, from the opening when never reviewed.
  const opened = async (name: string, openedOn: string, status: 'open' | 'closed' = 'open') => {
    const client = await createClientVia(alice, { displayName: name, keyWorkerId: alice.user.id });
    await api.handle.db.update(cases).set({ openedOn, status }).where(eq(cases.id, client.caseId));
    return client;
  };
  await opened(CLIENT_NAMES[3], '2026-08-20'); // due 18 Nov: overdue
  await opened(CLIENT_NAMES[4], '2026-08-31'); // due Sun 29 Nov
  await opened(CLIENT_NAMES[5], '2026-09-01'); // due Mon 30 Nov: next week
  await opened(CLIENT_NAMES[7], '2026-08-01', 'closed'); // closed: never due
  const bobsOld = await createClientVia(bob, { displayName: CLIENT_NAMES[9], keyWorkerId: bob.user.id });
  await api.handle.db.update(cases).set({ openedOn: '2026-08-01' }).where(eq(cases.id, bobsOld.caseId));
  const planned = await opened(CLIENT_NAMES[6], '2026-11-01');
  await api.handle.db.insert(supervisionReviews).values({
    caseId: planned.caseId,
    personId: planned.id,
    reviewerId: supervisor.user.id,
    reviewedOn: '2026-11-10',
    notes: 'Look again before the hearing.',
    nextReviewOn: '2026-11-27',
  });
});
afterAll(async () => {
  await api.close();
});

describe('the weekly digest in the app', () => {
  it('lists the caseworker’s own due items for the week, and counts them', async () => {
    const digest = await (await alice.call()).digest.get({});
    expect(digest).toMatchObject({ today: '2026-11-23', weekStart: '2026-11-23', weekEnd: '2026-11-29' });
    expect(digest.deadlines.map((d) => d.title)).toEqual(['Overdue', 'Due today', 'Due Sunday']);
    expect(digest.replies.map((c) => c.subject)).toEqual(['Late reply', 'Reply due Sunday']);
    expect(digest.appointments.map((a) => a.startsAt)).toEqual([
      '2026-11-25T10:00:00.000Z',
      '2026-11-29T23:30:00.000Z',
    ]);
    expect(digest.appointments[0]).toMatchObject({
      personId: ids.mine,
      clientDisplayName: 'Zainab Quist',
      typeLabel: 'Police interview or statement',
    });
    expect(digest.reviewsDue.map((r) => [r.displayName, r.dueOn])).toEqual([
      ['Overdue Review', '2026-11-18'],
      ['Planned Review', '2026-11-27'],
      ['Sunday Review', '2026-11-29'],
    ]);
    expect(digest.counts).toEqual({
      deadlinesDue: 2,
      overdue: 1,
      repliesDue: 2,
      appointments: 2,
      reviewsDue: 3,
      stalledCases: null,
    });
    const shown = JSON.stringify(digest);
    for (const hidden of ['Restricted', 'Hidden Yusuf', 'Bob’s', 'Bobs Client'])
      expect(shown).not.toContain(hidden);
  });

  it('audits each read with the clients shown', async () => {
    await (await alice.call()).digest.get({});
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'digest.read'), eq(auditLog.actorUserId, alice.user.id)))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(audit).toMatchObject({ entityType: 'user', entityId: alice.user.id });
    const details = audit?.details as { weekStart: string; personIds: string[] };
    expect(details.weekStart).toBe('2026-11-23');
    expect(details.personIds).toContain(ids.mine);
    expect(details.personIds).not.toContain(ids.hidden);
    expect(details.personIds).toHaveLength(4);
  });

  it('shows another week when asked, overdue items as of today', async () => {
    const sunday = await (await alice.call()).digest.get({ weekOf: '2026-11-29' });
    expect(sunday.weekStart).toBe('2026-11-23');
    const next = await (await alice.call()).digest.get({ weekOf: '2026-12-02' });
    expect(next).toMatchObject({ weekStart: '2026-11-30', weekEnd: '2026-12-06' });
    expect(next.deadlines.map((d) => d.title)).toEqual(['Overdue', 'Next Monday']);
    expect(next.counts).toMatchObject({ deadlinesDue: 1, overdue: 1, repliesDue: 3, appointments: 1 });
    expect(next.reviewsDue.map((r) => r.displayName)).toContain('Monday Review');
  });

  it('keeps to each user’s own clients', async () => {
    const bobs = await (await bob.call()).digest.get({});
    expect(bobs.deadlines.map((d) => d.title)).toEqual(['Bob’s']);
    expect(bobs.reviewsDue.map((r) => r.displayName)).toEqual(['Bobs Old']);
    expect(bobs.counts).toMatchObject({ deadlinesDue: 1, overdue: 0, repliesDue: 0, appointments: 0 });
    expect(bobs.replies.map((r) => r.subject)).toEqual([]);
    await expect((await volunteer.call()).digest.get({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives supervisors the number of stalled cases in the organisation', async () => {
    const digest = await (await supervisor.call()).digest.get({});
    const stalled = await (await supervisor.call()).supervision.stalledCases({});
    expect(digest.counts.stalledCases).toBe(stalled.total);
    expect(digest.counts.stalledCases).toBeGreaterThan(0);
    expect(digest.deadlines).toEqual([]);
  });

  it('stops each list at 100 and still counts them all', async () => {
    const many = await createClientVia(carol, { displayName: CLIENT_NAMES[8], keyWorkerId: carol.user.id });
    await api.handle.db.insert(deadlines).values(
      Array.from({ length: DIGEST_LIST_MAX + 5 }, (_, i) => ({
        personId: many.id,
        caseId: many.caseId,
        source: 'manual' as const,
        due: i % 2 ? '2026-11-10' : '2026-11-27',
        title: `Item ${i}`,
        explanation: 'Test.',
        certainty: 'practice' as const,
        createdById: carol.user.id,
      })),
    );
    const digest = await (await carol.call()).digest.get({});
    expect(digest.deadlines).toHaveLength(DIGEST_LIST_MAX);
    expect(digest.counts.overdue + digest.counts.deadlinesDue).toBe(DIGEST_LIST_MAX + 5);
    expect(digest.counts.overdue).toBe(52);
  });
});

describe('the weekly digest e-mail', () => {
  const publicUrl = 'https://umbrella.example.org/';
  const at = (iso: string) => new Date(iso);

  it('waits for Monday 07:00 in London', async () => {
    const sent: DigestMail[] = [];
    const run = await sendWeeklyDigests(api.handle.db, {
      now: at('2026-11-23T06:59:00Z'),
      publicUrl,
      send: async (mail) => {
        sent.push(mail);
      },
    });
    expect(run).toMatchObject({ sent: 0, failed: 0 });
    expect(sent).toEqual([]);
    expect(await api.handle.db.select().from(digestDeliveries)).toEqual([]);
  });

  it('sends each active caseworker and supervisor their counts and a link, and nothing about any client', async () => {
    const gone = await createUser(api.handle.db, { email: 'gone@x.test', active: true });
    await api.handle.db.update(users).set({ active: false }).where(eq(users.id, gone.id));
    const sent: DigestMail[] = [];
    const run = await sendWeeklyDigests(api.handle.db, {
      now: at('2026-11-23T07:00:00Z'),
      publicUrl,
      send: async (mail) => {
        sent.push(mail);
      },
    });
    expect(run).toEqual({ weekStart: '2026-11-23', sent: 4, failed: 0, failureCodes: [] });
    expect(sent.map((m) => m.to).sort()).toEqual([
      'alice@x.test',
      'bob@x.test',
      'carol@x.test',
      'sup@x.test',
    ]);
    const alices = sent.find((m) => m.to === 'alice@x.test');
    expect(alices?.subject).toBe('Your Umbrella week: 3 deadlines, 2 replies due');
    expect(alices?.text).toContain('- 2 deadlines due this week');
    expect(alices?.text).toContain('- 1 deadline overdue');
    expect(alices?.text).toContain('- 2 replies due by the end of the week');
    expect(alices?.text).toContain('- 2 appointments this week');
    expect(alices?.text).toContain('- 3 case reviews due');
    expect(alices?.text).toContain('https://umbrella.example.org/digest');
    expect(alices?.text).not.toContain('stalled');
    expect(sent.find((m) => m.to === 'sup@x.test')?.text).toMatch(
      /- \d+ stalled cases? across the organisation/,
    );
    for (const mail of sent) {
      for (const name of CLIENT_NAMES) {
        expect(mail.subject).not.toContain(name);
        expect(mail.text).not.toContain(name);
      }
      for (const word of ['Overdue', 'Due Sunday', 'Late reply', 'Northshire'])
        expect(mail.text).not.toContain(word);
    }
    const rows = await api.handle.db.select().from(digestDeliveries);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.sentAt !== null && r.failure === null && r.weekStart === '2026-11-23')).toBe(
      true,
    );
  });

  /** One run at `iso`, with a mail server that takes everything (or refuses everything with `refuse`). */
  const runAt = async (iso: string, refuse = false) => {
    const mails: DigestMail[] = [];
    const run = await sendWeeklyDigests(api.handle.db, {
      now: at(iso),
      publicUrl,
      send: async (mail) => {
        if (refuse) {
          throw Object.assign(new Error(`Can’t send mail - all recipients were rejected: 550 <${mail.to}>`), {
            code: 'EENVELOPE',
            responseCode: 550,
          });
        }
        mails.push(mail);
      },
    });
    return { run, to: mails.map((m) => m.to).sort() };
  };
  const deliveryOf = async (userId: string) =>
    (
      await api.handle.db
        .select()
        .from(digestDeliveries)
        .where(and(eq(digestDeliveries.userId, userId), eq(digestDeliveries.weekStart, '2026-11-23')))
    )[0];

  it('never sends an e-mail already sent again that week', async () => {
    const again = await runAt('2026-11-25T12:00:00Z');
    expect(again.run.sent).toBe(0);
    expect(again.to).toEqual([]);
    expect((await deliveryOf(alice.user.id))?.attempts).toBe(1);
  });

  it('records a failure by its code only, and tries again an hour after, not before', async () => {
    const late = await createUser(api.handle.db, { email: 'late@x.test', role: 'supervisor' });
    const failing = await runAt('2026-11-25T12:00:00Z', true);
    expect(failing.run).toEqual({
      weekStart: '2026-11-23',
      sent: 0,
      failed: 1,
      failureCodes: ['EENVELOPE 550'],
    });
    expect(await deliveryOf(late.id)).toMatchObject({ sentAt: null, failure: 'EENVELOPE 550', attempts: 1 });

    const soon = await runAt('2026-11-25T12:59:00Z');
    expect(soon.to).toEqual([]);
    expect((await deliveryOf(late.id))?.attempts).toBe(1);

    const later = await runAt('2026-11-25T13:01:00Z');
    expect(later.run).toMatchObject({ sent: 1, failed: 0 });
    expect(later.to).toEqual(['late@x.test']);
    expect(await deliveryOf(late.id)).toMatchObject({ failure: null, attempts: 2 });
    expect((await deliveryOf(late.id))?.sentAt).toEqual(at('2026-11-25T13:01:00Z'));

    expect((await runAt('2026-11-25T18:00:00Z')).to).toEqual([]);
  });

  it('gives up after three tries in the week', async () => {
    const bounce = await createUser(api.handle.db, { email: 'bounce@x.test' });
    for (const [i, iso] of [
      '2026-11-26T09:00:00Z',
      '2026-11-26T10:01:00Z',
      '2026-11-26T11:02:00Z',
    ].entries()) {
      const tried = await runAt(iso, true);
      expect(tried.run.failed, `try ${i + 1}`).toBe(1);
      expect((await deliveryOf(bounce.id))?.attempts).toBe(i + 1);
    }
    const fourth = await runAt('2026-11-26T12:03:00Z');
    expect(fourth.run).toMatchObject({ sent: 0, failed: 0 });
    expect(fourth.to).toEqual([]);
    expect(await deliveryOf(bounce.id)).toMatchObject({
      sentAt: null,
      failure: 'EENVELOPE 550',
      attempts: 3,
    });
  });

  it('tries again an e-mail claimed by a run that stopped before sending it, once, across servers', async () => {
    const crash = await createUser(api.handle.db, { email: 'crash@x.test' });
    // Claimed at 14:00 by a server that then stopped: no outcome was written.
    await api.handle.db.insert(digestDeliveries).values({
      userId: crash.id,
      weekStart: '2026-11-23',
      attempts: 1,
      createdAt: at('2026-11-26T14:00:00Z'),
      updatedAt: at('2026-11-26T14:00:00Z'),
    });
    expect((await runAt('2026-11-26T14:30:00Z')).to).toEqual([]);
    // Two servers at once: one of them claims it.
    const both = await Promise.all([runAt('2026-11-26T15:01:00Z'), runAt('2026-11-26T15:01:00Z')]);
    expect(both.flatMap((b) => b.to)).toEqual(['crash@x.test']);
    expect(await deliveryOf(crash.id)).toMatchObject({ failure: null, attempts: 2 });
  });

  it('counts the organisation’s stalled cases once a run, the same for every supervisor', async () => {
    const second = await createUser(api.handle.db, { email: 'second-sup@x.test', role: 'supervisor' });
    const third = await createUser(api.handle.db, { email: 'third-sup@x.test', role: 'supervisor' });
    vi.mocked(countStalledCases).mockClear();
    const mails: DigestMail[] = [];
    await sendWeeklyDigests(api.handle.db, {
      now: at('2026-11-26T16:00:00Z'),
      publicUrl,
      send: async (mail) => {
        mails.push(mail);
      },
    });
    expect(mails.map((m) => m.to).sort()).toEqual(['second-sup@x.test', 'third-sup@x.test']);
    expect(countStalledCases).toHaveBeenCalledTimes(1);
    // The number the dashboard shows is the same query's (see the in-app digest above).
    const total = await api.handle.db.transaction((tx) => countStalledCases(tx, at('2026-11-26T16:00:00Z')));
    expect(total).toBeGreaterThan(0);
    for (const mail of mails) {
      expect(mail.text).toContain(`- ${plural(total, 'stalled case')} across the organisation`);
    }
    expect(await deliveryOf(second.id)).toMatchObject({ attempts: 1 });
    expect(await deliveryOf(third.id)).toMatchObject({ attempts: 1 });

    // A run where no supervisor is due an e-mail does not count them at all.
    vi.mocked(countStalledCases).mockClear();
    await runAt('2026-11-26T17:00:00Z');
    expect(countStalledCases).not.toHaveBeenCalled();
  });

  it('starts afresh the next week', async () => {
    const monday = await runAt('2026-11-30T08:00:00Z');
    expect(monday.to).toEqual([
      'alice@x.test',
      'bob@x.test',
      'bounce@x.test',
      'carol@x.test',
      'crash@x.test',
      'late@x.test',
      'second-sup@x.test',
      'sup@x.test',
      'third-sup@x.test',
    ]);
  });
});

describe('the count of stalled cases', () => {
  it('runs without JIT, for the rest of its transaction only', async () => {
    const jit = await api.handle.db.transaction(async (tx) => {
      await countStalledCases(tx, new Date('2026-11-23T10:00:00Z'));
      const rows = await tx.execute(sql`select current_setting('jit') as jit`);
      return (rows.rows[0] as { jit: string }).jit;
    });
    expect(jit).toBe('off');
    const after = await api.handle.db.execute(sql`select current_setting('jit') as jit`);
    expect((after.rows[0] as { jit: string }).jit).toBe('on');
  });
});
