import { auditLog, supervisionReviewDrafts } from '@umbrella/db';
import { REVIEW_NOTES_MAX } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

// A supervisor's half-written review survives a reload on the server (never in the browser), seen by its
// author alone. Restricted records outside a team do not apply: supervisors may open every client.
let api: TestApi;
let supervisor: SignedIn;
let other: SignedIn;
let alice: SignedIn;
let carol: SignedIn;
let volunteer: SignedIn;
const client = { ama: '', amaCase: '', ben: '' };

const NOTES = 'Half written: Ama is anxious about the substantive interview.';
const DRAFT = {
  notes: NOTES,
  actions: [{ title: 'Chase the SCA', due: '2026-12-0' }],
  nextReviewOn: '2027-02-21',
};

beforeAll(async () => {
  api = await createTestApi();
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  other = await signedIn(api, { email: 'sup2@x.test', role: 'supervisor', displayName: 'Olu Other' });
  alice = await signedIn(api, { email: 'alice@x.test', displayName: 'Alice' });
  carol = await signedIn(api, { email: 'carol@x.test', displayName: 'Carol' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
  const ama = await createClientVia(alice, { displayName: 'Ama', keyWorkerId: alice.user.id });
  client.ama = ama.id;
  client.amaCase = ama.caseId;
  // Carol leads Ama's case file; Alice is her key worker: both read the reviews, neither a draft.
  await (
    await supervisor.call()
  ).cases.update({ id: ama.caseId, version: 1, status: 'open', leadCaseworkerId: carol.user.id });
  client.ben = (await createClientVia(alice, { displayName: 'Ben', keyWorkerId: alice.user.id })).id;
});
afterAll(async () => {
  await api.close();
});

const draftRows = () => api.handle.db.select().from(supervisionReviewDrafts);
const draftAudits = () =>
  api.handle.db.select().from(auditLog).where(eq(auditLog.action, 'supervision.review_draft_saved'));
const panelOf = async (who: SignedIn, personId = client.ama) =>
  (await who.call()).supervision.client({ personId });
const save = async (who: SignedIn, draft: Record<string, unknown>, personId = client.ama) =>
  (await who.call()).supervision.saveReviewDraft({ personId, draft } as never);

describe('a supervisor’s draft of a review', () => {
  it('is empty before anything is typed', async () => {
    expect((await panelOf(supervisor)).draft).toBeNull();
  });

  it('is saved as typed and found again on reload, from the server', async () => {
    const { savedAt } = await save(supervisor, DRAFT);
    expect(savedAt).toBe(api.clock.now.toISOString());
    expect((await panelOf(supervisor)).draft).toEqual({ values: DRAFT, savedAt });
    const [row] = await draftRows();
    expect(row).toMatchObject({
      caseId: client.amaCase,
      personId: client.ama,
      authorId: supervisor.user.id,
      version: 1,
    });
  });

  it('is one row per supervisor and case, updated by each autosave, audited once with ids only', async () => {
    api.clock.now = new Date(api.clock.now.getTime() + 60_000);
    const changed = { ...DRAFT, notes: `${NOTES} And more.` };
    const { savedAt } = await save(supervisor, changed);
    expect((await panelOf(supervisor)).draft).toEqual({ values: changed, savedAt });
    const rows = await draftRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.version).toBe(2);
    const audits = await draftAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: supervisor.user.id, entityId: client.ama });
    expect(audits[0]?.details).toEqual({ caseId: client.amaCase, draftId: rows[0]?.id });
    expect(JSON.stringify(audits)).not.toContain('anxious');
  });

  it('is never shown to anyone else: another supervisor, the key worker, the lead caseworker', async () => {
    for (const reader of [other, alice, carol]) {
      const panel = await panelOf(reader);
      expect(panel.draft).toBeNull();
      expect(JSON.stringify(panel)).not.toContain('anxious');
    }
    // Another supervisor's draft of the same case is theirs: each sees only their own.
    await save(other, { notes: 'My own view.' });
    expect((await panelOf(other)).draft?.values).toEqual({ notes: 'My own view.' });
    expect((await panelOf(supervisor)).draft?.values.notes).toBe(`${NOTES} And more.`);
    expect((await panelOf(alice)).draft).toBeNull();
    // A draft belongs to its case: none on another client.
    expect((await panelOf(supervisor, client.ben)).draft).toBeNull();
  });

  it('refuses an oversized draft with 400 naming the field, writing nothing', async () => {
    const before = await draftRows();
    const audits = (await draftAudits()).length;
    const messages = await expectBadField(
      save(supervisor, { notes: 'x'.repeat(REVIEW_NOTES_MAX + 1) }),
      'draft',
    );
    expect(messages).toEqual(['The notes must be at most 10,000 characters']);
    await expectBadField(
      save(supervisor, { actions: Array.from({ length: 21 }, () => ({ title: 'a', due: '' })) }),
      'draft',
    );
    await expectBadField(save(supervisor, { actions: [{ title: 'x'.repeat(201), due: '' }] }), 'draft');
    await expectBadField(save(supervisor, { nextReviewOn: 'x'.repeat(11) }), 'draft');
    // Not a draft of a new client either.
    await expectBadField(save(supervisor, { notes: 'x'.repeat(REVIEW_NOTES_MAX + 1) }, client.ben), 'draft');
    expect(await draftRows()).toEqual(before);
    expect(await draftAudits()).toHaveLength(audits);
  });

  it('refuses caseworkers and volunteers (FORBIDDEN), writing nothing', async () => {
    const before = await draftRows();
    for (const who of [alice, carol, volunteer]) {
      await expect(save(who, { notes: 'Not mine to write.' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await draftRows()).toEqual(before);
  });

  it('refuses an unknown client (NOT_FOUND)', async () => {
    await expect(
      save(supervisor, { notes: 'x' }, '0b9d1f9e-3c1a-4f55-9b7e-2f1f7b1d2c3a'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is removed by saving it with nothing written (Discard draft), and starts again when typed', async () => {
    await save(supervisor, { notes: 'Doomed', actions: [] }, client.ben);
    expect((await panelOf(supervisor, client.ben)).draft?.values.notes).toBe('Doomed');
    // Dates alone, or an action without a title, are not something written.
    await save(
      supervisor,
      { notes: '  ', actions: [{ title: '', due: '2026-12-01' }], nextReviewOn: '2027-01-01' },
      client.ben,
    );
    expect((await panelOf(supervisor, client.ben)).draft).toBeNull();
    const rows = await api.handle.db
      .select()
      .from(supervisionReviewDrafts)
      .where(eq(supervisionReviewDrafts.personId, client.ben));
    expect(rows).toEqual([]);
    // Saving nothing when there is no draft is fine, and stores nothing.
    await save(supervisor, {}, client.ben);
    expect((await panelOf(supervisor, client.ben)).draft).toBeNull();
  });

  it('is removed by recording the review, in the same transaction; other supervisors keep theirs', async () => {
    await (
      await supervisor.call()
    ).supervision.recordReview({
      personId: client.ama,
      notes: `${NOTES} And more.`,
      actions: [{ title: 'Chase the SCA', due: '2026-12-01' }],
      nextReviewOn: '2027-02-21',
    });
    expect((await panelOf(supervisor)).draft).toBeNull();
    const left = await draftRows();
    expect(left.map((r) => [r.authorId, r.personId])).toEqual([[other.user.id, client.ama]]);
    expect((await panelOf(other)).draft?.values.notes).toBe('My own view.');
  });

  it('keeps the draft when recording the review is refused', async () => {
    await save(supervisor, { notes: 'Second thoughts' });
    await expectBadField(
      (await supervisor.call()).supervision.recordReview({
        personId: client.ama,
        notes: 'Second thoughts',
        nextReviewOn: '2020-01-01',
      }),
      'nextReviewOn',
    );
    expect((await panelOf(supervisor)).draft?.values.notes).toBe('Second thoughts');
    const rows = await api.handle.db
      .select()
      .from(supervisionReviewDrafts)
      .where(eq(supervisionReviewDrafts.authorId, supervisor.user.id));
    expect(rows).toHaveLength(1);
  });
});
