import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../create-database.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { appendAudit } from './append.ts';
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

  it('names the first altered row when someone bypasses the trigger', async () => {
    await handle.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await handle.db.execute(sql`update audit_log set action = 'forged' where action = 'test.two'`);
    await handle.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    const result = await verifyAuditChain(handle.db, 2);
    expect(result).toMatchObject({ ok: false, rows: 2, reason: expect.stringMatching(/altered/) });
  });
});
