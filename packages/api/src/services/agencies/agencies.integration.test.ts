import { AGENCY_CATEGORIES as DB_CATEGORIES, auditLog } from '@umbrella/db';
import { AGENCY_CATEGORIES } from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let cw: SignedIn;
let supervisor: SignedIn;
let adminCaseworker: SignedIn;

beforeAll(async () => {
  api = await createTestApi();
  cw = await signedIn(api, { email: 'cw@x.test', displayName: 'Casey Worker' });
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor' });
  adminCaseworker = await signedIn(api, { email: 'admin@x.test', role: 'caseworker', isAdmin: true });
});
afterAll(async () => {
  await api.close();
});

describe('agencies and contacts', () => {
  it('uses the same categories as the database', () => {
    expect([...AGENCY_CATEGORIES]).toEqual([...DB_CATEGORIES]);
  });

  it('creates, finds and edits agencies, marking immigration enforcement', async () => {
    const call = await cw.call();
    const enforcement = await call.agencies.create({
      name: 'Immigration Enforcement (North West)',
      category: 'immigration_enforcement',
      email: 'IE@Example.test',
    });
    expect(enforcement).toMatchObject({
      isImmigrationEnforcement: true,
      email: 'ie@example.test',
      version: 1,
    });
    const police = await call.agencies.create({
      name: 'Merseyside Police',
      category: 'police',
      website: 'https://www.merseyside.police.uk',
    });
    expect(police.isImmigrationEnforcement).toBe(false);
    await call.agencies.create({ name: 'Liverpool City Council', category: 'local_authority' });

    expect((await call.agencies.list({ search: 'mersey' })).items.map((a) => a.name)).toEqual([
      'Merseyside Police',
    ]);
    expect((await call.agencies.list({ search: 'Mersyside' })).items.map((a) => a.name)).toEqual([
      'Merseyside Police',
    ]);
    expect((await call.agencies.list({ category: 'local_authority' })).items.map((a) => a.name)).toEqual([
      'Liverpool City Council',
    ]);

    const updated = await call.agencies.update({ ...police, phone: '101', notes: 'Non-emergency line' });
    expect(updated).toMatchObject({ version: 2, phone: '101' });
    await expect(call.agencies.update({ ...police, phone: '999' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const [audit] = await api.handle.db.select().from(auditLog).where(eq(auditLog.action, 'agencies.update'));
    expect(audit?.details).toEqual({ changed: ['phone', 'notes'] });
  });

  it('lets only a supervisor or an administrator change a category, and audits each change', async () => {
    const call = await cw.call();
    // Caseworkers add agencies in any category, immigration enforcement included.
    const enforcement = await call.agencies.create({
      name: 'Immigration Compliance and Enforcement',
      category: 'immigration_enforcement',
    });
    const categoryAudits = () =>
      api.handle.db
        .select({ outcome: auditLog.outcome, details: auditLog.details, actor: auditLog.actorUserId })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'agencies.update'), eq(auditLog.entityId, enforcement.id)))
        .orderBy(auditLog.seq);

    // A caseworker cannot re-label it to slip past the disclosure firewall; the attempt is recorded.
    const [message] = await expectBadField(
      call.agencies.update({ ...enforcement, category: 'support_service' }),
      'category',
    );
    expect(message).toMatch(/supervisor or an administrator/);
    expect(await call.agencies.get({ id: enforcement.id })).toMatchObject({
      category: 'immigration_enforcement',
      isImmigrationEnforcement: true,
      version: 1,
    });
    expect(await categoryAudits()).toEqual([
      {
        outcome: 'denied',
        actor: cw.user.id,
        details: {
          reason: 'category_change_not_allowed',
          categoryFrom: 'immigration_enforcement',
          categoryTo: 'support_service',
        },
      },
    ]);

    // Other fields stay theirs to edit, with the category sent unchanged.
    const edited = await call.agencies.update({ ...enforcement, phone: '0300 123 7000' });
    expect(edited).toMatchObject({ version: 2, category: 'immigration_enforcement' });

    const bySupervisor = await (await supervisor.call()).agencies.update({ ...edited, category: 'other' });
    expect(bySupervisor).toMatchObject({ version: 3, category: 'other', isImmigrationEnforcement: false });
    const byAdmin = await (
      await adminCaseworker.call()
    ).agencies.update({
      ...bySupervisor,
      category: 'immigration_enforcement',
    });
    expect(byAdmin).toMatchObject({ version: 4, isImmigrationEnforcement: true });

    expect((await categoryAudits()).slice(1)).toEqual([
      { outcome: 'success', actor: cw.user.id, details: { changed: ['phone'] } },
      {
        outcome: 'success',
        actor: supervisor.user.id,
        details: { changed: ['category'], categoryFrom: 'immigration_enforcement', categoryTo: 'other' },
      },
      {
        outcome: 'success',
        actor: adminCaseworker.user.id,
        details: { changed: ['category'], categoryFrom: 'other', categoryTo: 'immigration_enforcement' },
      },
    ]);
  });

  it('treats a stale edit as a conflict before judging its category', async () => {
    const police = await (
      await cw.call()
    ).agencies.create({ name: 'Stale Constabulary', category: 'police' });
    await (await supervisor.call()).agencies.update({ ...police, category: 'crown_prosecution' });
    // The caseworker's form still shows "police": that is someone else's change, not theirs.
    await expect((await cw.call()).agencies.update({ ...police, notes: 'x' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses bad input naming the field', async () => {
    const call = await cw.call();
    await expectBadField(call.agencies.create({ name: 'X', category: 'spies' } as never), 'category');
    await expectBadField(call.agencies.create({ name: '', category: 'other' }), 'name');
    await expectBadField(
      call.agencies.create({ name: 'X', category: 'other', email: 'not-an-email' }),
      'email',
    );
    await expectBadField(
      call.agencies.create({ name: 'X', category: 'other', website: 'javascript:alert(1)' }),
      'website',
    );
    await expectBadField(call.agencies.list({ cursor: 'nonsense' }), 'cursor');
    await expectBadField(
      call.agencies.createContact({ agencyId: '00000000-0000-4000-8000-000000000000', name: 'Nobody' }),
      'agencyId',
    );
  });

  it('pages through the directory in name order', async () => {
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await (await cw.call()).agencies.list({ limit: 1, ...(cursor ? { cursor } : {}) });
      names.push(...page.items.map((a) => a.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toEqual([...names].sort());
    expect(names.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps contacts under their agency', async () => {
    const call = await cw.call();
    const agency = await call.agencies.create({
      name: 'Refugee Legal Centre',
      category: 'legal_representative',
    });
    const contact = await call.agencies.createContact({
      agencyId: agency.id,
      name: 'Pat Solicitor',
      role: 'Solicitor',
    });
    expect(contact).toMatchObject({ agencyId: agency.id, version: 1, email: null });
    const edited = await call.agencies.updateContact({ ...contact, phone: '0161 000 0000' });
    expect(edited.version).toBe(2);
    await expect(call.agencies.updateContact({ ...contact, phone: 'x' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await call.agencies.get({ id: agency.id })).toMatchObject({
      name: 'Refugee Legal Centre',
      contacts: [{ id: contact.id, name: 'Pat Solicitor', phone: '0161 000 0000' }],
    });
    await expect(call.agencies.get({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
