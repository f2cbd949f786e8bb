import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../create-database.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { auditLog } from '../schema/audit.ts';
import { appendAudit, AUDIT_CHAINS } from './append.ts';
import { verifyAuditChain } from './verify.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

async function append(action: string, details: Record<string, unknown> = {}) {
  await handle.db.transaction((tx) =>
    appendAudit(tx, { actorUserId: null, action, outcome: 'success', details }),
  );
}

describe('audit log', () => {
  it('chains rows and verifies an untouched chain', async () => {
    await append('test.one', { zebra: 1, apple: { b: 2, a: 1 } });
    await append('test.two');
    await append('test.three', { list: [3, 2, 1] });
    const result = await verifyAuditChain(handle.db);
    expect(result).toEqual({ ok: true, rows: 3 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const refused = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(handle.db.execute(sql`update audit_log set action = 'changed'`)).rejects.toMatchObject(
      refused,
    );
    await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toMatchObject(refused);
    await expect(handle.db.execute(sql`truncate audit_log`)).rejects.toMatchObject(refused);
  });

  it('does not write the audit row when the transaction fails', async () => {
    const before = await verifyAuditChain(handle.db);
    await expect(
      handle.db.transaction(async (tx) => {
        await appendAudit(tx, { actorUserId: null, action: 'test.rolled_back', outcome: 'success' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await verifyAuditChain(handle.db)).toEqual(before);
  });

  it('lets concurrent writers append side by side on separate chains, each of which verifies', async () => {
    const before = await verifyAuditChain(handle.db);
    const writers = Array.from({ length: 12 }, (_, i) =>
      handle.db.transaction(async (tx) => {
        await appendAudit(tx, { actorUserId: null, action: `test.concurrent.${i}`, outcome: 'success' });
        // Holds its chain a moment, as a request does until it commits.
        await tx.execute(sql`select pg_sleep(0.05)`);
      }),
    );
    await Promise.all(writers);
    const rows = await handle.db
      .select({ chain: auditLog.chain })
      .from(auditLog)
      .where(sql`${auditLog.action} like 'test.concurrent.%'`);
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row.chain).toBeLessThan(AUDIT_CHAINS);
    // On PostgreSQL the 12 transactions overlap, so they cannot all have waited for one chain.
    if (handle.kind === 'postgres') expect(new Set(rows.map((r) => r.chain)).size).toBeGreaterThan(1);
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, rows: before.rows + 12 });
  });

  it('keeps the rows of one transaction on one chain, in order, holding that chain’s lock only', async () => {
    const locksHeld = await handle.db.transaction(async (tx) => {
      for (const step of ['first', 'second', 'third']) {
        await appendAudit(tx, { actorUserId: null, action: `test.same_tx.${step}`, outcome: 'success' });
      }
      const held = await tx.execute(
        sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`,
      );
      return Number((held.rows[0] as { n: number }).n);
    });
    expect(locksHeld).toBe(1);
    const rows = await handle.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} like 'test.same_tx.%'`)
      .orderBy(asc(auditLog.seq));
    expect(new Set(rows.map((r) => r.chain)).size).toBe(1);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(rows[2]?.prevHash).toBe(rows[1]?.hash);
  });

  it('writes a row given the database rather than a transaction in a transaction of its own', async () => {
    await appendAudit(handle.db, { actorUserId: null, action: 'test.no_tx', outcome: 'success' });
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  it('notices a row moved from one chain to another', async () => {
    const [moved] = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'test.same_tx.second'));
    const other = ((moved?.chain ?? 0) + 1) % AUDIT_CHAINS;
    await handle.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await handle.db.execute(sql`update audit_log set chain = ${other} where id = ${moved?.id}`);
    const result = await verifyAuditChain(handle.db);
    await handle.db.execute(sql`update audit_log set chain = ${moved?.chain} where id = ${moved?.id}`);
    await handle.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/does not link/) });
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  it('names the first altered row when someone bypasses the trigger', async () => {
    await handle.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await handle.db.execute(sql`update audit_log set action = 'forged' where action = 'test.two'`);
    await handle.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    const result = await verifyAuditChain(handle.db, 2);
    expect(result).toMatchObject({
      ok: false,
      rows: 2,
      reason: expect.stringMatching(/altered|does not link/),
    });
  });
});
