import { auditLog } from '@umbrella/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let val: SignedIn;
let alice: SignedIn;

beforeAll(async () => {
  api = await createTestApi();
  val = await signedIn(api, { email: 'val@x.test', role: 'volunteer' });
  alice = await signedIn(api, { email: 'alice@x.test', role: 'caseworker' });
});
afterAll(async () => {
  await api.close();
});

describe('the work profile', () => {
  it('reads and saves a volunteer’s phone, languages and availability, auditing field names only', async () => {
    const empty = await (await val.call()).account.workProfile();
    expect(empty).toEqual({
      version: 1,
      phone: null,
      languages: [],
      availability: [],
      availabilityNote: null,
    });
    const saved = await (
      await val.call()
    ).account.updateWorkProfile({
      version: empty.version,
      phone: '07700 900123',
      languages: ['Tigrinya', 'Arabic', 'Tigrinya'],
      availability: ['mon-morning', 'fri-afternoon'],
      availabilityNote: 'Not in school holidays',
    });
    expect(saved).toEqual({
      version: 2,
      phone: '07700 900123',
      languages: ['Tigrinya', 'Arabic'],
      availability: ['mon-morning', 'fri-afternoon'],
      availabilityNote: 'Not in school holidays',
    });
    expect(await (await val.call()).account.workProfile()).toEqual(saved);
    await (await val.call()).account.updateWorkProfile({ ...saved, availabilityNote: null });
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.work_profile'), eq(auditLog.entityId, val.user.id)));
    expect(audits.map((a) => a.details)).toEqual([
      { changed: ['phone', 'languages', 'availability', 'availabilityNote'] },
      { changed: ['availabilityNote'] },
    ]);
    expect(JSON.stringify(audits)).not.toContain('07700');
  });

  it('refuses a stale version, and a phone number that is not one', async () => {
    const current = await (await alice.call()).account.workProfile();
    await (await alice.call()).account.updateWorkProfile({ ...current, phone: '020 7946 0001' });
    await expect(
      (await alice.call()).account.updateWorkProfile({ ...current, phone: '020 7946 0999' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expectBadField(
      (await alice.call()).account.updateWorkProfile({ ...current, version: 2, phone: 'call me' }),
      'phone',
    );
    expect((await (await alice.call()).account.workProfile()).phone).toBe('020 7946 0001');
  });
});
