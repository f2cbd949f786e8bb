import { auditLog, CLIENT_TABLES, deadlines, disclosures, subjectAccessRequests } from '@umbrella/db';
import { unzipSync, strFromU8 } from 'fflate';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFile } from '../../files.ts';
import { downloadSarBundle } from '../../sar-download.ts';
import { insertAppointment } from '../accompaniments/test-rows.ts';
import { createClientVia, openMatterVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

// The test clock: Mon 23 Nov 2026.
let api: TestApi;
let supervisor: SignedIn;
let alice: SignedIn;
let volunteer: SignedIn;
let dina = '';
let other = '';
let requestId = '';
let matterId = '';
let unchecked = '';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  api = await createTestApi();
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  alice = await signedIn(api, { email: 'alice@x.test', displayName: 'Alice Caseworker' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
  dina = (
    await createClientVia(alice, {
      displayName: 'Dina',
      aliases: [{ name: 'Dina Kovalenko', kind: 'legal' }],
      notes: 'Prefers Ukrainian.',
    })
  ).id;
  other = (
    await createClientVia(alice, {
      displayName: 'Rosalind Quill',
      aliases: [{ name: 'Rosa Q. Hartley', kind: 'legal' }],
      notes: 'Another client entirely.',
    })
  ).id;
  const c = await alice.call();
  await c.clients.addNote({
    personId: dina,
    occurredOn: '2026-11-20',
    note: 'Dina came with Rosalind Quill, who is also known as Rosa Q. Hartley, to the drop-in.',
  });
  await c.clients.addNote({ personId: other, occurredOn: '2026-11-20', note: 'Rosalind’s own note.' });
  await uploadFile(await alice.context(), { personId: dina, filename: 'letter.pdf', bytes: PDF });
  // Audited against the matter, naming Dina only in the row's details.
  matterId = (
    await openMatterVia(alice, {
      caseId: (await (await alice.call()).clients.get({ id: dina })).case.id,
      kind: 'asylum_claim',
      stage: 'claimed',
      openedOn: '2026-11-01',
      details: {},
    })
  ).id;
  // A volunteer declined to go with Dina, giving their own reason.
  const appointmentId = await insertAppointment(api.handle.db, {
    personId: dina,
    caseId: (await (await alice.call()).clients.get({ id: dina })).case.id,
    createdById: alice.user.id,
    startsAt: '2026-12-01T10:00',
    endsAt: '2026-12-01T11:00',
    volunteers: [{ userId: volunteer.user.id, status: 'offered' }],
  });
  await (
    await volunteer.call()
  ).accompaniments.respond({ appointmentId, answer: 'decline', reason: 'My own hospital appointment' });
});

afterAll(async () => {
  await api.close();
});

describe('recording a subject access request', () => {
  it('puts the one-month deadline on the case', async () => {
    const view = await (
      await alice.call()
    ).sar.record({ personId: dina, receivedOn: '2026-11-23', receivedVia: 'email', identityChecked: true });
    requestId = view.id;
    expect(view).toMatchObject({ status: 'open', due: '2026-12-23', receivedVia: 'email' });
    const [deadline] = await api.handle.db.select().from(deadlines).where(eq(deadlines.id, view.deadlineId));
    expect(deadline).toMatchObject({ ruleId: 'sar.response', personId: dina, status: 'open' });
    const list = await (await alice.call()).sar.forClient({ personId: dina });
    expect(list.requests.map((r) => r.id)).toEqual([requestId]);
    expect(list).toMatchObject({ canRecord: true, canExport: false });
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const before = await api.handle.db.$count(deadlines);
    const c = await alice.call();
    await expectBadField(
      c.sar.record({ personId: dina, receivedOn: '2026-11-24', receivedVia: 'email', identityChecked: true }),
      'receivedOn',
    );
    await expectBadField(
      c.sar.record({
        personId: dina,
        receivedOn: '2026-11-23',
        receivedVia: 'carrier pigeon' as 'email',
        identityChecked: true,
      }),
      'receivedVia',
    );
    expect(await api.handle.db.$count(deadlines)).toBe(before);
  });

  it('keeps volunteers out', async () => {
    await expect((await volunteer.call()).sar.forClient({ personId: dina })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('the bundle', () => {
  it('is refused until the requester’s identity has been checked, naming the field', async () => {
    const c = await alice.call();
    const recorded = await c.sar.record({
      personId: other,
      receivedOn: '2026-11-23',
      receivedVia: 'letter',
      identityChecked: false,
    });
    unchecked = recorded.id;
    const before = await api.handle.db.$count(disclosures);
    await expect(downloadSarBundle(await supervisor.context(), unchecked)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: {
        identityChecked: [
          'The client’s identity has not been checked for this request: record that it has been before exporting the bundle.',
        ],
      },
    });
    expect(await api.handle.db.$count(disclosures)).toBe(before);
    const [row] = await api.handle.db
      .select()
      .from(subjectAccessRequests)
      .where(eq(subjectAccessRequests.id, unchecked));
    expect(row?.lastExportedAt).toBeNull();

    const confirmed = await c.sar.confirmIdentity({ id: unchecked, version: recorded.version });
    expect(confirmed).toMatchObject({ identityChecked: true, version: recorded.version + 1 });
    await expectBadField(
      c.sar.confirmIdentity({ id: unchecked, version: confirmed.version }),
      'identityChecked',
    );
    await expect(
      (await volunteer.call()).sar.confirmIdentity({ id: unchecked, version: 2 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'sar.confirm_identity'));
    expect(audit).toMatchObject({ entityId: other, details: { requestId: unchecked } });
    const bundle = await downloadSarBundle(await supervisor.context(), unchecked);
    expect(bundle.bytes.byteLength).toBeGreaterThan(0);
  });

  it('is a supervisor’s download only', async () => {
    await expect(downloadSarBundle(await alice.context(), requestId)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const [denied] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, alice.user.id), eq(auditLog.outcome, 'denied')))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(denied).toMatchObject({ action: 'access.denied', entityId: 'sar.export' });
  });

  it('holds every client table, the files and a readable copy, and nothing identifying of another client', async () => {
    const bundle = await downloadSarBundle(await supervisor.context(), requestId);
    expect(bundle.filename).toBe('subject-access-2026-11-23.zip');
    const files = unzipSync(bundle.bytes);
    const json = JSON.parse(strFromU8(files['bundle.json'] as Uint8Array));
    expect(Object.keys(json.sections).sort()).toEqual(CLIENT_TABLES.map((t) => t.table).sort());
    expect(json.sections.people[0]).toMatchObject({
      id: dina,
      display_name: 'Dina',
      notes: 'Prefers Ukrainian.',
    });
    expect(json.sections.person_aliases[0]).toMatchObject({ name: 'Dina Kovalenko' });
    expect(json.sections.subject_access_requests[0]).toMatchObject({ id: requestId });
    expect(json.sections.audit_log.length).toBeGreaterThan(0);
    // Rows audited against one of Dina's records that name her only in their details are hers too.
    expect(json.sections.audit_log).toContainEqual(
      expect.objectContaining({
        action: 'matters.open',
        entity_type: 'matter',
        entity_id: matterId,
        details: expect.objectContaining({ personId: dina }),
      }),
    );
    // A volunteer's reason for declining is about the volunteer, not the client: it stays with us.
    expect(json.sections.appointment_volunteers).toEqual([
      expect.objectContaining({ user_id: volunteer.user.id, status: 'declined' }),
    ]);
    expect(json.sections.appointment_volunteers[0]).not.toHaveProperty('decline_reason');
    expect(json.names.staff[alice.user.id]).toBe('Alice Caseworker');
    const document = json.files[0];
    expect(document).toMatchObject({ filename: 'letter.pdf', size: PDF.byteLength });
    expect(files[document.path]).toEqual(PDF);

    const everything =
      strFromU8(files['bundle.json'] as Uint8Array) + strFromU8(files['readable.html'] as Uint8Array);
    expect(everything).toContain(
      'Dina came with [another client], who is also known as [another client], to the drop-in.',
    );
    for (const identifying of [
      'Rosalind',
      'Quill',
      'Hartley',
      'Another client entirely',
      other,
      'My own hospital appointment',
    ]) {
      expect(everything).not.toContain(identifying);
    }
    expect(strFromU8(files['readable.html'] as Uint8Array)).toContain('Everything we hold about you');
  });

  it('is recorded as a disclosure to the client, with its audit row', async () => {
    const [made] = await api.handle.db
      .select()
      .from(disclosures)
      .where(and(eq(disclosures.personId, dina), eq(disclosures.kind, 'export')));
    expect(made).toMatchObject({ status: 'made', recipientCategory: 'client', basis: 'client' });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'sar.export'))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(audit).toMatchObject({ entityId: dina, actorUserId: supervisor.user.id });
  });

  it('covers every table that holds a client’s rows (a new table must be added to CLIENT_TABLES)', async () => {
    const result = await api.handle.db.execute<{ table_name: string }>(sql`
      select distinct table_name from information_schema.columns
       where table_schema = 'public' and column_name in ('person_id', 'matter_id', 'appointment_id')`);
    const listed = new Set(CLIENT_TABLES.map((t) => t.table));
    const missing = result.rows.map((r) => r.table_name).filter((t) => !listed.has(t));
    expect(missing).toEqual([]);
  });
});

describe('answering the request', () => {
  it('is refused until the bundle has been exported, naming the field', async () => {
    const c = await alice.call();
    const recorded = await c.sar.record({
      personId: dina,
      receivedOn: '2026-11-23',
      receivedVia: 'in_person',
      identityChecked: true,
    });
    await expectBadField(
      c.sar.complete({ id: recorded.id, version: recorded.version, completedOn: '2026-11-23' }),
      'lastExportedAt',
    );
    const [deadline] = await api.handle.db
      .select()
      .from(deadlines)
      .where(eq(deadlines.id, recorded.deadlineId));
    expect(deadline?.status).toBe('open');
    await downloadSarBundle(await supervisor.context(), recorded.id);
    const [current] = (await c.sar.forClient({ personId: dina })).requests.filter(
      (r) => r.id === recorded.id,
    );
    expect(current?.lastExportedAt).not.toBeNull();
    const done = await c.sar.complete({
      id: recorded.id,
      version: current?.version ?? 0,
      completedOn: '2026-11-23',
    });
    expect(done.status).toBe('completed');
  });

  it('marks it answered and its deadline met, once', async () => {
    const [current] = (await (await alice.call()).sar.forClient({ personId: dina })).requests.filter(
      (r) => r.id === requestId,
    );
    await expectBadField(
      (await alice.call()).sar.complete({
        id: requestId,
        version: current?.version ?? 0,
        completedOn: '2026-11-22',
      }),
      'completedOn',
    );
    const done = await (
      await alice.call()
    ).sar.complete({ id: requestId, version: current?.version ?? 0, completedOn: '2026-11-23' });
    expect(done).toMatchObject({ status: 'completed', completedOn: '2026-11-23' });
    const [deadline] = await api.handle.db.select().from(deadlines).where(eq(deadlines.id, done.deadlineId));
    expect(deadline?.status).toBe('met');
    await expectBadField(
      (await alice.call()).sar.complete({ id: requestId, version: done.version, completedOn: '2026-11-23' }),
      'id',
    );
  });
});
