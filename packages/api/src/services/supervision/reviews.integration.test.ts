import { auditLog, cases, deadlines, supervisionReviews, timelineEvents } from '@umbrella/db';
import { createTeam } from '@umbrella/db/testing';
import { DEFAULT_STALL_THRESHOLDS } from '@umbrella/domain';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

// The test clock: Mon 23 Nov 2026.
let api: TestApi;
let supervisor: SignedIn;
let admin: SignedIn;
let alice: SignedIn;
let bob: SignedIn;
let carol: SignedIn;
let volunteer: SignedIn;
const client = { ama: '', amaCase: '', hidden: '', closed: '', closedCase: '' };

const NOTES = 'Discussed the RG delay; Ama is anxious about the interview.';

beforeAll(async () => {
  api = await createTestApi();
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  admin = await signedIn(api, { email: 'admin@x.test', role: 'supervisor', isAdmin: true });
  alice = await signedIn(api, { email: 'alice@x.test', displayName: 'Alice' });
  bob = await signedIn(api, { email: 'bob@x.test', displayName: 'Bob' });
  carol = await signedIn(api, { email: 'carol@x.test', displayName: 'Carol' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
  const south = await createTeam(api.handle.db, { name: 'South', memberIds: [bob.user.id] });
  const ama = await createClientVia(alice, { displayName: 'Ama', keyWorkerId: alice.user.id });
  client.ama = ama.id;
  client.amaCase = ama.caseId;
  // Carol leads Ama's case file; Alice stays her key worker.
  await (
    await supervisor.call()
  ).cases.update({ id: ama.caseId, version: 1, status: 'open', leadCaseworkerId: carol.user.id });
  client.hidden = (
    await createClientVia(bob, {
      displayName: 'Hidden',
      keyWorkerId: bob.user.id,
      restricted: true,
      teamId: south.id,
    })
  ).id;
  const closed = await createClientVia(alice, { displayName: 'Closed', keyWorkerId: alice.user.id });
  client.closed = closed.id;
  client.closedCase = closed.caseId;
  await (
    await alice.call()
  ).cases.update({ id: closed.caseId, version: 1, status: 'closed', leadCaseworkerId: alice.user.id });
  // Ama's case was opened in the summer and never reviewed: a review is due.
  await api.handle.db.update(cases).set({ openedOn: '2026-08-01' }).where(eq(cases.id, ama.caseId));
});
afterAll(async () => {
  await api.close();
});

const rowCounts = async () => ({
  reviews: (await api.handle.db.select({ id: supervisionReviews.id }).from(supervisionReviews)).length,
  deadlines: (await api.handle.db.select({ id: deadlines.id }).from(deadlines)).length,
  events: (
    await api.handle.db
      .select({ id: timelineEvents.id })
      .from(timelineEvents)
      .where(eq(timelineEvents.kind, 'supervision_review'))
  ).length,
  audits: (
    await api.handle.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(eq(auditLog.action, 'supervision.record_review'))
  ).length,
});

const reasonsOf = (flags: { reason: string }[]) => flags.map((f) => f.reason);

describe('the client’s supervision panel before any review', () => {
  it('shows the domain’s flags, no reviews, and who may review', async () => {
    const panel = await (await supervisor.call()).supervision.client({ personId: client.ama });
    expect(panel).toMatchObject({
      today: '2026-11-23',
      caseId: client.amaCase,
      caseStatus: 'open',
      keyWorker: { id: alice.user.id, displayName: 'Alice' },
      lastReviewOn: null,
      nextReviewOn: null,
      canReadReviews: true,
      canReview: true,
      reviews: [],
    });
    expect(reasonsOf(panel.flags)).toEqual(['no_activity', 'review_due']);
    expect(panel.flags.every((f) => f.sentence.length > 10)).toBe(true);
  });
});

describe('recording a review', () => {
  it('refuses caseworkers and volunteers, writing nothing', async () => {
    const before = await rowCounts();
    for (const who of [alice, volunteer]) {
      await expect(
        (await who.call()).supervision.recordReview({ personId: client.ama, notes: 'x', actions: [] }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses bad input, naming the field, and writes nothing', async () => {
    const before = await rowCounts();
    const call = async (input: Record<string, unknown>) =>
      (await supervisor.call()).supervision.recordReview({
        personId: client.ama,
        notes: NOTES,
        actions: [],
        ...input,
      } as never);
    expect(await expectBadField(call({ nextReviewOn: '2026-11-23' }), 'nextReviewOn')).toEqual([
      'The next review must be after today.',
    ]);
    await expectBadField(call({ nextReviewOn: '2026-11-01' }), 'nextReviewOn');
    await expectBadField(call({ nextReviewOn: '23/11/2026' }), 'nextReviewOn');
    // At most two years ahead: 23 Nov 2028 is the last day allowed.
    expect(await expectBadField(call({ nextReviewOn: '2028-11-24' }), 'nextReviewOn')).toEqual([
      'The next review must be within two years, by 23 Nov 2028.',
    ]);
    await expectBadField(call({ nextReviewOn: '2999-01-01' }), 'nextReviewOn');
    await expectBadField(
      call({
        actions: [
          { title: 'Fine', due: '2026-11-23' },
          { title: 'Too late', due: '2026-11-22' },
        ],
      }),
      'actions.1.due',
    );
    await expectBadField(call({ notes: '   ' }), 'notes');
    await expectBadField(call({ actions: [{ title: '', due: '2026-12-01' }] }), 'actions');
    expect(await rowCounts()).toEqual(before);
  });

  it('writes the review, its actions as deadlines, a timeline event without the notes, and an audit row', async () => {
    const review = await (
      await supervisor.call()
    ).supervision.recordReview({
      personId: client.ama,
      notes: NOTES,
      actions: [
        { title: 'Chase the Single Competent Authority', due: '2026-11-30' },
        { title: 'Book an interpreter for the interview', due: '2026-12-04' },
      ],
      nextReviewOn: '2027-02-22',
    });
    expect(review).toMatchObject({
      reviewedOn: '2026-11-23',
      reviewer: { id: supervisor.user.id, displayName: 'Sam Super' },
      notes: NOTES,
      nextReviewOn: '2027-02-22',
    });
    expect(review.actions.map((a) => [a.title, a.due])).toEqual([
      ['Chase the Single Competent Authority', '2026-11-30'],
      ['Book an interpreter for the interview', '2026-12-04'],
    ]);
    expect(review.actions[0]).toMatchObject({
      personId: client.ama,
      clientDisplayName: 'Ama',
      source: 'manual',
      ruleId: null,
      certainty: 'practice',
      status: 'open',
      explanation: 'Agreed at the supervision review on 23 Nov 2026.',
    });
    const rows = await api.handle.db
      .select()
      .from(deadlines)
      .where(eq(deadlines.supervisionReviewId, review.id));
    expect(rows.map((r) => r.caseId)).toEqual([client.amaCase, client.amaCase]);

    const [event] = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.personId, client.ama), eq(timelineEvents.kind, 'supervision_review')));
    expect(event).toMatchObject({ caseId: client.amaCase, occurredOn: '2026-11-23', note: null });
    const timeline = await (await bob.call()).clients.timeline({ personId: client.ama });
    const shown = timeline.items.find((e) => e.kind === 'supervision_review');
    expect(shown).toMatchObject({ note: null, recordedBy: { displayName: 'Sam Super' } });

    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'supervision.record_review'));
    expect(audit).toMatchObject({
      actorUserId: supervisor.user.id,
      entityId: client.ama,
      outcome: 'success',
    });
    expect(audit?.details).toEqual({
      caseId: client.amaCase,
      supervisionReviewId: review.id,
      deadlineIds: expect.arrayContaining(rows.map((r) => r.id)),
      nextReview: true,
    });
    expect(JSON.stringify(audit?.details)).not.toContain('RG delay');
  });

  it('puts the actions in the key worker’s My work', async () => {
    const work = await (await alice.call()).myWork.get({});
    expect(work.upcoming.map((d) => d.title)).toEqual([
      'Chase the Single Competent Authority',
      'Book an interpreter for the interview',
    ]);
  });

  it('moves the review-due rule to the next review date', async () => {
    const panel = await (await supervisor.call()).supervision.client({ personId: client.ama });
    expect(panel).toMatchObject({ lastReviewOn: '2026-11-23', nextReviewOn: '2027-02-22' });
    expect(reasonsOf(panel.flags)).not.toContain('review_due');
    // An earlier review whose planned date has passed does not count: the latest review decides.
    await api.handle.db.insert(supervisionReviews).values({
      caseId: client.amaCase,
      personId: client.ama,
      reviewerId: supervisor.user.id,
      reviewedOn: '2026-09-01',
      notes: 'An older review.',
      nextReviewOn: '2026-10-01',
    });
    const still = await (await supervisor.call()).supervision.client({ personId: client.ama });
    expect(reasonsOf(still.flags)).not.toContain('review_due');
    expect(still.reviews.map((r) => r.reviewedOn)).toEqual(['2026-11-23', '2026-09-01']);
  });

  it('flags a review as due once its planned date has passed', async () => {
    const other = await createClientVia(alice, { displayName: 'Planned', keyWorkerId: alice.user.id });
    await api.handle.db.insert(supervisionReviews).values({
      caseId: other.caseId,
      personId: other.id,
      reviewerId: supervisor.user.id,
      reviewedOn: '2026-11-02',
      notes: 'Review again soon.',
      nextReviewOn: '2026-11-20',
    });
    const panel = await (await supervisor.call()).supervision.client({ personId: other.id });
    expect(reasonsOf(panel.flags)).toContain('review_due');
    await (
      await supervisor.call()
    ).supervision.recordReview({ personId: other.id, notes: 'Reviewed.', nextReviewOn: '2026-12-01' });
    const after = await (await supervisor.call()).supervision.client({ personId: other.id });
    expect(reasonsOf(after.flags)).not.toContain('review_due');
    expect(after.nextReviewOn).toBe('2026-12-01');
  });

  it('reviews a closed case without actions, and refuses actions there', async () => {
    const before = await rowCounts();
    await expectBadField(
      (await supervisor.call()).supervision.recordReview({
        personId: client.closed,
        notes: 'Closing review.',
        actions: [{ title: 'Something', due: '2026-12-01' }],
      }),
      'actions',
    );
    expect(await rowCounts()).toEqual(before);
    const review = await (
      await supervisor.call()
    ).supervision.recordReview({ personId: client.closed, notes: 'Closing review.' });
    expect(review.actions).toEqual([]);
    const panel = await (await supervisor.call()).supervision.client({ personId: client.closed });
    expect(panel).toMatchObject({ caseStatus: 'closed', flags: [], lastReviewOn: '2026-11-23' });
  });
});

describe('who reads the review notes', () => {
  it('lets the key worker and the lead caseworker read them, not another caseworker', async () => {
    for (const reader of [alice, carol]) {
      const panel = await (await reader.call()).supervision.client({ personId: client.ama });
      expect(panel.canReadReviews).toBe(true);
      expect(panel.canReview).toBe(false);
      expect(panel.reviews[0]?.notes).toBe(NOTES);
      expect(panel.reviews[0]?.actions).toHaveLength(2);
    }
    const other = await (await bob.call()).supervision.client({ personId: client.ama });
    expect(other).toMatchObject({ canReadReviews: false, canReview: false, reviews: [] });
    // The flags and dates are not the notes: the panel still shows them.
    expect(other.lastReviewOn).toBe('2026-11-23');
    expect(JSON.stringify(other)).not.toContain('RG delay');
  });

  it('audits each read of the panel', async () => {
    await (await bob.call()).supervision.client({ personId: client.ama });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.read'), eq(auditLog.actorUserId, bob.user.id)))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(audit).toMatchObject({ entityId: client.ama, details: { view: 'supervision' } });
  });

  it('refuses a restricted client outside the caseworker’s team, and records the refusal', async () => {
    await expect((await alice.call()).supervision.client({ personId: client.hidden })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const denials = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, client.hidden), eq(auditLog.outcome, 'denied')));
    expect(denials).toHaveLength(1);
    expect(denials[0]).toMatchObject({ actorUserId: alice.user.id, action: 'supervision.client' });
    // The team member and supervisors may open it.
    await expect((await bob.call()).supervision.client({ personId: client.hidden })).resolves.toMatchObject({
      canReadReviews: true,
    });
    await expect(
      (await supervisor.call()).supervision.client({ personId: client.hidden }),
    ).resolves.toMatchObject({ canReadReviews: true });
    await expect((await volunteer.call()).supervision.client({ personId: client.ama })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
  });

  it('keeps reviews out of the chronology handed to others', async () => {
    const chronology = await (await alice.call()).communications.chronology({ personId: client.ama });
    expect(chronology.entries.some((e) => e.heading === 'Supervision review')).toBe(false);
  });
});

describe('stall threshold settings', () => {
  it('reads the defaults (no version) for staff, so an admin who is not a supervisor sees what they edit', async () => {
    expect(await (await supervisor.call()).supervision.settings()).toEqual({
      thresholds: DEFAULT_STALL_THRESHOLDS,
      version: null,
    });
    expect((await (await alice.call()).supervision.settings()).version).toBeNull();
  });

  it('lets only an admin save them, versioned, and audits the keys changed', async () => {
    const thresholds = { ...DEFAULT_STALL_THRESHOLDS, inactivityDays: 21, reviewIntervalDays: 400 };
    await expect(
      (await supervisor.call()).supervision.updateSettings({ thresholds, version: null }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const saved = await (await admin.call()).supervision.updateSettings({ thresholds, version: null });
    expect(saved).toEqual({ thresholds, version: 1 });
    expect(await (await supervisor.call()).supervision.settings()).toEqual(saved);
    // A second "first save" and a stale version are both conflicts.
    await expect(
      (await admin.call()).supervision.updateSettings({ thresholds, version: null }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const again = await (
      await admin.call()
    ).supervision.updateSettings({ thresholds: { ...thresholds, replyOverdueDays: 5 }, version: 1 });
    expect(again.version).toBe(2);
    await expect(
      (await admin.call()).supervision.updateSettings({ thresholds, version: 1 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'supervision.update_settings'))
      .orderBy(auditLog.seq);
    expect(audits.map((a) => a.details)).toEqual([
      { changed: ['inactivityDays', 'reviewIntervalDays'], version: 1 },
      { changed: ['replyOverdueDays'], version: 2 },
    ]);
    await expectBadField(
      (await admin.call()).supervision.updateSettings({
        thresholds: { ...thresholds, inactivityDays: 0 },
        version: 2,
      }),
      'thresholds',
    );
  });

  it('applies the saved thresholds to the flags', async () => {
    const fresh = await createClientVia(alice, { displayName: 'Summer', keyWorkerId: alice.user.id });
    await api.handle.db.update(cases).set({ openedOn: '2026-08-01' }).where(eq(cases.id, fresh.caseId));
    const panel = await (await supervisor.call()).supervision.client({ personId: fresh.id });
    // Opened 114 days ago: idle past 21 days, but a review only every 400 days.
    expect(reasonsOf(panel.flags)).toEqual(['no_activity']);
  });
});
