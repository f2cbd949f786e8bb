import { auditLog, verifyAuditChain } from '@umbrella/db';
import { londonToday } from '@umbrella/domain';
import { TRPCError } from '@trpc/server';
import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia, openMatterVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let supervisor: SignedIn;
let admin: SignedIn;
let alice: SignedIn;
let bob: SignedIn;
let volunteer: SignedIn;
let ama = '';
let ben = '';
let amaMatter = '';

beforeAll(async () => {
  api = await createTestApi();
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  admin = await signedIn(api, { email: 'admin@x.test', role: 'caseworker', isAdmin: true });
  alice = await signedIn(api, { email: 'alice@x.test', displayName: 'Alice' });
  bob = await signedIn(api, { email: 'bob@x.test', displayName: 'Bob' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });
  const created = await createClientVia(alice, { displayName: 'Ama' });
  ama = created.id;
  // Audited against the matter: Ama is named only in the row's details.
  amaMatter = (
    await openMatterVia(alice, {
      caseId: created.caseId,
      kind: 'asylum_claim',
      stage: 'claimed',
      openedOn: '2026-11-01',
      details: {},
    })
  ).id;
  ben = (await createClientVia(bob, { displayName: 'Ben' })).id;
  await (await alice.call()).clients.get({ id: ama });
  await (await bob.call()).clients.get({ id: ama });
  await (await bob.call()).clients.get({ id: ben });
});

afterAll(async () => {
  await api.close();
});

describe('the audit viewer', () => {
  it('shows who viewed a client record, with names for a supervisor', async () => {
    const page = await (await supervisor.call()).audit.list({ personId: ama, kind: 'reads' });
    // Alice read it on adding it (createClientVia) and again; Bob once.
    expect(page.items.map((r) => r.actor?.displayName)).toEqual(['Bob', 'Alice', 'Alice']);
    for (const row of page.items) {
      expect(row.client).toEqual({ id: ama, displayName: 'Ama' });
      expect(row.text).toBe('Viewed the record (profile)');
    }
  });

  it('finds, by client, the rows written against one of their records that name them in the details', async () => {
    const page = await (await supervisor.call()).audit.list({ personId: ama, kind: 'changes' });
    const opened = page.items.find((r) => r.action === 'matters.open');
    expect(opened).toMatchObject({
      entityType: 'matter',
      entityId: amaMatter,
      client: { id: ama, displayName: 'Ama' },
    });
    expect(page.items.map((r) => r.client?.id)).toEqual(page.items.map(() => ama));
    const bens = await (await supervisor.call()).audit.list({ personId: ben, kind: 'changes' });
    expect(bens.items.some((r) => r.action === 'matters.open')).toBe(false);
    const exported = await (await supervisor.call()).audit.export({ personId: ama, kind: 'changes' });
    expect(exported.csv).toContain(`matters.open,matters.open,success,matter,${amaMatter},Ama`);
  });

  it('filters by user and kind, and pages by sequence without overlap', async () => {
    const all = await (await supervisor.call()).audit.list({ actorId: bob.user.id, limit: 100 });
    expect(all.items.every((r) => r.actor?.id === bob.user.id)).toBe(true);
    const seqs = all.items.map((r) => r.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    const first = await (await supervisor.call()).audit.list({ actorId: bob.user.id, limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await (
      await supervisor.call()
    ).audit.list({ actorId: bob.user.id, limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((r) => r.seq)).toEqual(seqs.slice(0, 4));
    const changes = await (await supervisor.call()).audit.list({ actorId: bob.user.id, kind: 'changes' });
    expect(changes.items.map((r) => r.action)).toContain('clients.create');
    expect(changes.items.some((r) => r.action === 'clients.read')).toBe(false);
  });

  it('filters by London day', async () => {
    const today = londonToday(new Date());
    const todays = await (await supervisor.call()).audit.list({ personId: ben, from: today, to: today });
    expect(todays.items.length).toBeGreaterThan(0);
    const tomorrow = await (
      await supervisor.call()
    ).audit.list({ personId: ben, from: '2099-01-01', to: '2099-01-02' });
    expect(tomorrow.items).toEqual([]);
    await expectBadField((await supervisor.call()).audit.list({ from: today, to: '2000-01-01' }), 'to');
    // At most AUDIT_RANGE_MAX_DAYS (366), both ends counted.
    await expectBadField(
      (await supervisor.call()).audit.list({ from: '2025-11-01', to: '2026-11-02' }),
      'to',
    );
    await expectBadField(
      (await supervisor.call()).audit.export({ from: '2025-11-01', to: '2026-11-02' }),
      'to',
    );
  });

  it('shows an administrator who is not a supervisor the client ids only', async () => {
    const page = await (await admin.call()).audit.list({ personId: ama, kind: 'reads' });
    expect(page.items.length).toBeGreaterThan(0);
    for (const row of page.items) expect(row.client).toEqual({ id: ama, displayName: null });
    const actors = await (await admin.call()).audit.actors();
    expect(actors.map((a) => a.displayName)).toContain('Alice');
  });

  it('refuses caseworkers and volunteers', async () => {
    for (const who of [alice, volunteer]) {
      await expect((await who.call()).audit.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect((await who.call()).audit.export({})).rejects.toBeInstanceOf(TRPCError);
    }
  });

  it('records each look at the log and each export, and the chain still verifies', async () => {
    await (await supervisor.call()).audit.list({ personId: ama });
    const [last] = await api.handle.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(last).toMatchObject({ action: 'audit.read', actorUserId: supervisor.user.id });
    expect(last?.details).toMatchObject({ personId: ama, kind: 'all' });

    const exported = await (await supervisor.call()).audit.export({ personId: ama });
    expect(exported.filename).toMatch(/^umbrella-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = exported.csv.trimEnd().split('\r\n');
    expect(lines[0]).toContain('Sequence,When (UTC)');
    expect(lines.length).toBe(exported.rows + 1);
    expect(exported.csv).toContain('Viewed the record (profile)');
    expect(exported.csv).toContain('Ama');
    expect(exported.csv).not.toContain('Ben');
    const [after] = await api.handle.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(after).toMatchObject({ action: 'audit.export' });
    expect(after?.details).toMatchObject({ rows: exported.rows });

    expect(await verifyAuditChain(api.handle.db)).toMatchObject({ ok: true });
  });
});
