import { auditLog, people, personAliases, timelineEvents, verifyAuditChain } from '@umbrella/db';
import { createAgency } from '@umbrella/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientInput } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { anonymiseClientRows } from '../retention/anonymise-client.ts';

let api: TestApi;
let caseworker: SignedIn;
let colleague: SignedIn;
let supervisor: SignedIn;
let agencyId: string;

beforeAll(async () => {
  api = await createTestApi();
  caseworker = await signedIn(api, { email: 'cw@x.test', displayName: 'Casey Worker' });
  colleague = await signedIn(api, { email: 'colleague@x.test' });
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  agencyId = (await createAgency(api.handle.db, { name: 'Home Office', category: 'home_office_asylum' })).id;
});
afterAll(async () => {
  await api.close();
});

const countRows = async () => ({
  people: (await api.handle.db.select({ id: people.id }).from(people)).length,
  aliases: (await api.handle.db.select({ id: personAliases.id }).from(personAliases)).length,
});

describe('client records', () => {
  it('creates a client with aliases and safe-contact rules, and opens the case file', async () => {
    const created = await (
      await caseworker.call()
    ).clients.create(
      clientInput({
        displayName: 'Amira',
        dateOfBirth: '1994-03-01',
        dateOfBirthPrecision: 'approximate',
        languages: ['Arabic', 'English'],
        interpreterNeeded: true,
        interpreterLanguage: 'Arabic',
        pronouns: 'she/her',
        safeContact: { call: false, text: true, voicemail: false, post: false, codeWord: 'bluebell' },
        riskFlags: ['abuser_may_contact'],
        keyWorkerId: caseworker.user.id,
        aliases: [
          { name: 'Amira Haddad', kind: 'legal', knownToAgencyIds: [agencyId] },
          { name: 'Mira', kind: 'alias' },
        ],
      }),
    );
    expect(created.version).toBe(1);

    const profile = await (await caseworker.call()).clients.get({ id: created.id });
    expect(profile).toMatchObject({
      displayName: 'Amira',
      dateOfBirth: '1994-03-01',
      dateOfBirthPrecision: 'approximate',
      languages: ['Arabic', 'English'],
      safeContact: { call: false, text: true, codeWord: 'bluebell', safeTimes: null },
      riskFlags: ['abuser_may_contact'],
      keyWorker: { id: caseworker.user.id, displayName: 'Casey Worker' },
      team: null,
      restricted: false,
      archivedAt: null,
      anonymisedAt: null,
      case: {
        status: 'open',
        openedOn: '2026-11-23',
        closedOn: null,
        leadCaseworker: { id: caseworker.user.id },
      },
      matters: [],
    });
    expect(profile.aliases).toMatchObject([
      { name: 'Amira Haddad', kind: 'legal', knownToAgencies: [{ id: agencyId, name: 'Home Office' }] },
      { name: 'Mira', kind: 'alias', knownToAgencies: [] },
    ]);

    const timeline = await (await caseworker.call()).clients.timeline({ personId: created.id });
    expect(timeline.items).toMatchObject([
      { kind: 'case_opened', occurredOn: '2026-11-23', recordedBy: { id: caseworker.user.id } },
    ]);
  });

  it('edits a client at the version read, replacing the aliases, and audits the field names only', async () => {
    const { id } = await (
      await caseworker.call()
    ).clients.create(clientInput({ displayName: 'Bo', aliases: [{ name: 'Bo Old', kind: 'previous' }] }));
    const updated = await (
      await caseworker.call()
    ).clients.update({
      ...clientInput({ displayName: 'Bo Chen', aliases: [{ name: 'Chen Bo', kind: 'legal' }] }),
      id,
      version: 1,
    });
    expect(updated).toEqual({ id, version: 2 });
    const profile = await (await caseworker.call()).clients.get({ id });
    expect(profile.displayName).toBe('Bo Chen');
    expect(profile.aliases.map((a) => a.name)).toEqual(['Chen Bo']);

    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.update'), eq(auditLog.entityId, id)));
    expect(audit?.details).toEqual({ changed: ['displayName', 'aliases'] });
    expect(JSON.stringify(audit?.details)).not.toContain('Chen');
  });

  it('lets only a supervisor change the key worker in the edit form, and puts it on the timeline', async () => {
    const { id } = await (
      await caseworker.call()
    ).clients.create(clientInput({ displayName: 'Kay', keyWorkerId: caseworker.user.id }));
    const moveTo = (who: SignedIn, keyWorkerId: string, version: number) =>
      who
        .call()
        .then((call) =>
          call.clients.update({ ...clientInput({ displayName: 'Kay', keyWorkerId }), id, version }),
        );
    // A key worker reads the case's supervision notes: a caseworker cannot hand the case to anyone, themselves included.
    expect(await expectBadField(moveTo(colleague, colleague.user.id, 1), 'keyWorkerId')).toEqual([
      'Only a supervisor can change the key worker. Ask a supervisor to reassign this client.',
    ]);
    expect(await expectBadField(moveTo(caseworker, colleague.user.id, 1), 'keyWorkerId')).toHaveLength(1);
    await moveTo(supervisor, colleague.user.id, 1);
    const events = await api.handle.db
      .select({ note: timelineEvents.note })
      .from(timelineEvents)
      .where(and(eq(timelineEvents.personId, id), eq(timelineEvents.kind, 'key_worker_changed')));
    expect(events.map((e) => e.note)).toEqual([
      `Key worker changed from Casey Worker to ${colleague.user.displayName}.`,
    ]);
    // An edit that leaves the key worker alone is the caseworker's to make, and adds nothing.
    await (
      await colleague.call()
    ).clients.update({
      ...clientInput({ displayName: 'Kay B', keyWorkerId: colleague.user.id }),
      id,
      version: 2,
    });
    const after = await api.handle.db
      .select({ id: timelineEvents.id })
      .from(timelineEvents)
      .where(and(eq(timelineEvents.personId, id), eq(timelineEvents.kind, 'key_worker_changed')));
    expect(after).toHaveLength(1);
  });

  it('refuses a stale edit with a CONFLICT and writes nothing', async () => {
    const { id } = await (await caseworker.call()).clients.create(clientInput({ displayName: 'Stale Test' }));
    await (
      await colleague.call()
    ).clients.update({ ...clientInput({ displayName: 'First Edit' }), id, version: 1 });
    const before = await countRows();
    await expect(
      (await caseworker.call()).clients.update({
        ...clientInput({ displayName: 'Lost Edit', aliases: [{ name: 'Never', kind: 'alias' }] }),
        id,
        version: 1,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Reload it/) });
    expect(await countRows()).toEqual(before);
    const [row] = await api.handle.db.select().from(people).where(eq(people.id, id));
    expect(row).toMatchObject({ displayName: 'First Edit', version: 2 });
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await countRows();
    const call = await caseworker.call();
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect(
      await expectBadField(call.clients.create(clientInput({ displayName: '  ' })), 'displayName'),
    ).toEqual(['Enter display name']);
    expect(
      await expectBadField(call.clients.create(clientInput({ dateOfBirth: '01/03/1994' })), 'dateOfBirth'),
    ).toEqual([expect.stringMatching(/YYYY-MM-DD/)]);
    await expectBadField(call.clients.create(clientInput({ dateOfBirth: '2030-01-01' })), 'dateOfBirth');
    await expectBadField(call.clients.create(clientInput({ keyWorkerId: nobody })), 'keyWorkerId');
    await expectBadField(call.clients.create(clientInput({ teamId: nobody })), 'teamId');
    await expectBadField(
      call.clients.create(
        clientInput({ aliases: [{ name: 'X', kind: 'alias', knownToAgencyIds: [nobody] }] }),
      ),
      'aliases',
    );
    await expectBadField(call.clients.create({ displayName: 'No rules' } as never), 'safeContact');
    expect(await countRows()).toEqual(before);
  });

  it('archives a client: gone from the everyday list, found with status "archived"', async () => {
    const { id } = await (
      await caseworker.call()
    ).clients.create(clientInput({ displayName: 'Zed Archive' }));
    expect(await (await caseworker.call()).clients.archive({ id, version: 1 })).toEqual({ id, version: 2 });
    const everyday = await (await caseworker.call()).clients.list({ limit: 100 });
    expect(everyday.items.map((c) => c.id)).not.toContain(id);
    const archived = await (await caseworker.call()).clients.list({ limit: 100, status: 'archived' });
    expect(archived.items).toMatchObject([{ id, archived: true }]);
    await expect((await caseworker.call()).clients.archive({ id, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const profile = await (await caseworker.call()).clients.get({ id });
    expect(profile.archivedAt).toBe(api.clock.now.toISOString());
  });

  it('says when retention anonymised a record, and refuses every change to it', async () => {
    const { id } = await (await caseworker.call()).clients.create(clientInput({ displayName: 'Anon Ymous' }));
    const { case: file } = await (await caseworker.call()).clients.get({ id });
    await api.handle.db.transaction((tx) => anonymiseClientRows(tx, api.cipher, id, api.clock.now));
    const at = api.clock.now.toISOString();

    const profile = await (await caseworker.call()).clients.get({ id });
    expect(profile).toMatchObject({ displayName: 'Anonymised client', anonymisedAt: at, archivedAt: at });

    // Anonymising archives the record too, and an archived record refuses every write.
    const refused = {
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/can be read but no longer changed/),
    };
    await expect(
      (await caseworker.call()).clients.addNote({ personId: id, occurredOn: '2026-11-20', note: 'After' }),
    ).rejects.toMatchObject(refused);
    await expect(
      (await caseworker.call()).clients.update({
        ...clientInput({ displayName: 'Named Again' }),
        id,
        version: profile.version,
      }),
    ).rejects.toMatchObject(refused);
    await expect(
      (await supervisor.call()).cases.update({
        id: file.id,
        version: file.version,
        status: 'closed',
        leadCaseworkerId: caseworker.user.id,
      }),
    ).rejects.toMatchObject(refused);
    await expect(
      (await caseworker.call()).matters.open({
        caseId: file.id,
        kind: 'police_report',
        stage: 'reported',
        openedOn: '2026-11-01',
        details: {},
      }),
    ).rejects.toMatchObject(refused);
    expect(await (await caseworker.call()).clients.get({ id })).toMatchObject({
      displayName: 'Anonymised client',
      version: profile.version,
      matters: [],
    });
  });

  it('records every read of a client record in the audit log, without personal data', async () => {
    const { id } = await (await caseworker.call()).clients.create(clientInput({ displayName: 'Read Me' }));
    const reads = async () =>
      api.handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'clients.read'), eq(auditLog.entityId, id)));
    expect(await reads()).toHaveLength(0);
    await (await caseworker.call()).clients.get({ id });
    await (await colleague.call()).clients.get({ id });
    await (await colleague.call()).clients.timeline({ personId: id });
    const rows = await reads();
    expect(rows.map((r) => [r.actorUserId, r.outcome, r.entityType, r.details])).toEqual([
      [caseworker.user.id, 'success', 'person', { view: 'profile' }],
      [colleague.user.id, 'success', 'person', { view: 'profile' }],
      [colleague.user.id, 'success', 'person', { view: 'timeline' }],
    ]);
  });

  it('adds notes to the timeline, on the case or a matter, never dated in the future', async () => {
    const { id } = await (await caseworker.call()).clients.create(clientInput({ displayName: 'Noted' }));
    const note = await (
      await caseworker.call()
    ).clients.addNote({ personId: id, occurredOn: '2026-11-20', note: 'Met at the drop-in.' });
    expect(note).toMatchObject({
      kind: 'note',
      matterId: null,
      occurredOn: '2026-11-20',
      note: 'Met at the drop-in.',
      recordedBy: { id: caseworker.user.id, displayName: 'Casey Worker' },
    });
    await expect(
      (await caseworker.call()).clients.addNote({ personId: id, occurredOn: '2026-11-24', note: 'Later' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { fieldErrors: { occurredOn: ['The date it happened cannot be in the future.'] } },
    });
    await expectBadField(
      (await caseworker.call()).clients.addNote({
        personId: id,
        matterId: '00000000-0000-4000-8000-000000000000',
        occurredOn: '2026-11-20',
        note: 'Nowhere',
      }),
      'matterId',
    );
    // Newest first by default, by the date it happened; oldest first on request.
    const timeline = await (await caseworker.call()).clients.timeline({ personId: id });
    expect(timeline.items.map((e) => e.kind)).toEqual(['case_opened', 'note']);
    const oldest = await (await caseworker.call()).clients.timeline({ personId: id, order: 'oldest' });
    expect(oldest.items.map((e) => e.kind)).toEqual(['note', 'case_opened']);
  });

  it('pages through a long timeline newest or oldest first, without gaps or repeats', async () => {
    const { id } = await (await caseworker.call()).clients.create(clientInput({ displayName: 'Paged' }));
    // Seven notes over four days, several on one day (then ordered by the moment each was recorded).
    const days = [
      '2026-01-05',
      '2026-02-05',
      '2026-02-05',
      '2026-02-05',
      '2026-03-05',
      '2026-04-05',
      '2026-04-05',
    ];
    for (const [i, day] of days.entries()) {
      await (await caseworker.call()).clients.addNote({ personId: id, occurredOn: day, note: `Note ${i}` });
    }
    const readAll = async (order: 'newest' | 'oldest') => {
      const pages: { kind: string; note: string | null; occurredOn: string; id: string }[][] = [];
      let cursor: string | undefined;
      do {
        const page = await (
          await caseworker.call()
        ).clients.timeline({ personId: id, order, limit: 3, ...(cursor ? { cursor } : {}) });
        pages.push(page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return pages;
    };
    const newest = await readAll('newest');
    // Eight events (the case opening and seven notes) in pages of 3, 3 and 2; the last says it is the last.
    expect(newest.map((p) => p.length)).toEqual([3, 3, 2]);
    const newestEvents = newest.flat();
    expect(new Set(newestEvents.map((e) => e.id)).size).toBe(8);
    // Latest first by the date it happened (events of one day: by when recorded, then id, the same each time).
    expect(newestEvents.map((e) => e.occurredOn)).toEqual([
      '2026-11-23',
      '2026-04-05',
      '2026-04-05',
      '2026-03-05',
      '2026-02-05',
      '2026-02-05',
      '2026-02-05',
      '2026-01-05',
    ]);
    expect(newestEvents[0]?.kind).toBe('case_opened');
    expect(newestEvents.at(-1)?.note).toBe('Note 0');
    // Read from the other end, the same events in the opposite order.
    const oldest = (await readAll('oldest')).flat();
    expect(oldest.map((e) => e.id)).toEqual(newestEvents.map((e) => e.id).reverse());

    for (const bad of [
      'not-a-cursor',
      Buffer.from('00000000-0000-4000-8000-000000000000').toString('base64url'),
    ]) {
      await expectBadField(
        (await caseworker.call()).clients.timeline({ personId: id, cursor: bad }),
        'cursor',
      );
    }
    // Another client's event is no place to start from.
    const other = await (await caseworker.call()).clients.create(clientInput({ displayName: 'Other' }));
    const [otherEvent] = (await (await caseworker.call()).clients.timeline({ personId: other.id })).items;
    await expectBadField(
      (await caseworker.call()).clients.timeline({
        personId: id,
        cursor: Buffer.from(otherEvent?.id ?? '').toString('base64url'),
      }),
      'cursor',
    );
    for (const limit of [0, 501, 2.5]) {
      expect(
        await expectBadField((await caseworker.call()).clients.timeline({ personId: id, limit }), 'limit'),
      ).toEqual(['Ask for a whole number from 1 to 500 at a time']);
    }
    await expectBadField(
      (await caseworker.call()).clients.timeline({ personId: id, order: 'sideways' as 'newest' }),
      'order',
    );
  });

  it('closes and reopens the case file at the version read; only a supervisor names the lead caseworker', async () => {
    const { id } = await (await caseworker.call()).clients.create(clientInput({ displayName: 'Case File' }));
    const { case: file } = await (await caseworker.call()).clients.get({ id });
    expect(
      await expectBadField(
        (await caseworker.call()).cases.update({
          id: file.id,
          version: file.version,
          status: 'closed',
          leadCaseworkerId: caseworker.user.id,
        }),
        'leadCaseworkerId',
      ),
    ).toEqual(['Only a supervisor can change the lead caseworker.']);
    const closed = await (
      await supervisor.call()
    ).cases.update({
      id: file.id,
      version: file.version,
      status: 'closed',
      leadCaseworkerId: colleague.user.id,
    });
    expect(closed.version).toBe(file.version + 1);
    await expect(
      (await caseworker.call()).cases.update({
        id: file.id,
        version: file.version,
        status: 'open',
        leadCaseworkerId: colleague.user.id,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const profile = await (await caseworker.call()).clients.get({ id });
    expect(profile.case).toMatchObject({
      status: 'closed',
      closedOn: '2026-11-23',
      leadCaseworker: { id: colleague.user.id },
    });
    // Reopening, leaving the lead as it is, stays the caseworker's to do.
    await (
      await caseworker.call()
    ).cases.update({
      id: file.id,
      version: closed.version,
      status: 'open',
      leadCaseworkerId: colleague.user.id,
    });
    const events = await api.handle.db.select().from(timelineEvents).where(eq(timelineEvents.personId, id));
    expect(events.map((e) => e.kind).sort()).toEqual(['case_closed', 'case_opened', 'case_opened']);
  });

  it('kept the audit chain intact', async () => {
    expect(await verifyAuditChain(api.handle.db)).toMatchObject({ ok: true });
  });
});

describe('encrypted columns', () => {
  const stored = (value: unknown) => String(value);

  it('stores the date of birth, notes, safe-contact text and other names sealed, and shows them in clear', async () => {
    const { id } = await (
      await caseworker.call()
    ).clients.create(
      clientInput({
        displayName: 'Esi',
        dateOfBirth: '1991-07-14',
        dateOfBirthPrecision: 'exact',
        notes: 'Lives with her cousin in Leyton.',
        safeContact: {
          call: true,
          text: false,
          voicemail: false,
          post: false,
          codeWord: 'kingfisher',
          safeTimes: 'Mornings',
        },
        aliases: [{ name: 'Esi Mensah-Boateng', kind: 'legal' }],
      }),
    );
    const [person] = await api.handle.db.select().from(people).where(eq(people.id, id));
    const [alias] = await api.handle.db.select().from(personAliases).where(eq(personAliases.personId, id));
    for (const [value, clear] of [
      [person?.dateOfBirth, '1991-07-14'],
      [person?.notes, 'Leyton'],
      [person?.safeContact.codeWord, 'kingfisher'],
      [person?.safeContact.safeTimes, 'Mornings'],
      [alias?.name, 'Mensah'],
    ] as const) {
      expect(stored(value)).toMatch(/^enc:v1:test-key-1:/);
      expect(stored(value)).not.toContain(clear);
    }
    // The booleans stay readable; the alias carries its blind index.
    expect(person?.safeContact).toMatchObject({ call: true, text: false });
    expect(alias?.nameIndex).toBe(api.cipher.blindIndex('name', 'esi  mensah-boateng'));

    const profile = await (await caseworker.call()).clients.get({ id });
    expect(profile).toMatchObject({
      dateOfBirth: '1991-07-14',
      notes: 'Lives with her cousin in Leyton.',
      safeContact: { codeWord: 'kingfisher', safeTimes: 'Mornings', notes: null },
      aliases: [{ name: 'Esi Mensah-Boateng', kind: 'legal' }],
    });
    // An edit that changes nothing reports nothing changed, though every value is sealed afresh.
    await (
      await caseworker.call()
    ).clients.update({
      ...clientInput({
        displayName: 'Esi',
        dateOfBirth: '1991-07-14',
        dateOfBirthPrecision: 'exact',
        notes: 'Lives with her cousin in Leyton.',
        safeContact: {
          call: true,
          text: false,
          voicemail: false,
          post: false,
          codeWord: 'kingfisher',
          safeTimes: 'Mornings',
        },
        aliases: [{ name: 'Esi Mensah-Boateng', kind: 'legal' }],
      }),
      id,
      version: 1,
    });
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.update'), eq(auditLog.entityId, id)));
    expect(audit?.details).toEqual({ changed: [] });
  });

  it('encrypts a note marked sensitive, and shows it in clear with its flag to those who may open the record', async () => {
    const { id } = await (await caseworker.call()).clients.create(clientInput({ displayName: 'Noor' }));
    const call = await caseworker.call();
    const secret = await call.clients.addNote({
      personId: id,
      occurredOn: '2026-11-20',
      note: 'Disclosed the trafficker’s first name: Karim.',
      sensitive: true,
    });
    const plain = await call.clients.addNote({
      personId: id,
      occurredOn: '2026-11-21',
      note: 'Called back.',
    });
    expect(secret).toMatchObject({
      kind: 'note',
      sensitive: true,
      note: 'Disclosed the trafficker’s first name: Karim.',
    });
    expect(plain).toMatchObject({ sensitive: false, note: 'Called back.' });

    const rows = await api.handle.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.personId, id), eq(timelineEvents.kind, 'note')))
      .orderBy(timelineEvents.occurredOn);
    expect(rows.map((r) => r.sensitive)).toEqual([true, false]);
    expect(rows[0]?.note).toMatch(/^enc:v1:/);
    expect(rows[0]?.note).not.toContain('Karim');
    expect(rows[1]?.note).toBe('Called back.');

    const timeline = await (await caseworker.call()).clients.timeline({ personId: id, order: 'oldest' });
    expect(timeline.items.filter((e) => e.kind === 'note')).toMatchObject([
      { sensitive: true, note: 'Disclosed the trafficker’s first name: Karim.' },
      { sensitive: false, note: 'Called back.' },
    ]);
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.add_note'), eq(auditLog.entityId, id)))
      .orderBy(auditLog.seq);
    expect(audit?.details).toMatchObject({ sensitive: true });
    expect(JSON.stringify(audit?.details)).not.toContain('Karim');
  });
});
