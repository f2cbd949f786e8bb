import { auditLog } from '@umbrella/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia } from '../../testing/clients.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { insertAppointment } from './test-rows.ts';

let api: TestApi;
let val: SignedIn;
const appt = { inside: '', outside: '' };

beforeAll(async () => {
  // The organisation gives volunteers 2 days, not 7, to file (ACCOMPANIMENT_REPORT_WINDOW_DAYS=2).
  api = await createTestApi({ accompanimentReportWindowDays: 2 }); // Mon 23 Nov 2026, 10:00
  const alice = await signedIn(api, { email: 'alice@x.test', role: 'caseworker' });
  val = await signedIn(api, { email: 'val@x.test', role: 'volunteer' });
  const client = await createClientVia(alice, { displayName: 'Amira', keyWorkerId: alice.user.id });
  const at = (startsAt: string, endsAt: string) =>
    insertAppointment(api.handle.db, {
      personId: client.id,
      caseId: client.caseId,
      createdById: alice.user.id,
      startsAt,
      endsAt,
      volunteers: [{ userId: val.user.id, status: 'accepted' }],
    });
  appt.inside = await at('2026-11-21T10:00', '2026-11-21T11:00');
  appt.outside = await at('2026-11-21T08:00', '2026-11-21T09:00');
});
afterAll(async () => {
  await api.close();
});

describe('a configured report window', () => {
  it('keeps an appointment reachable for the configured days after it ended, and no longer', async () => {
    const list = await (await val.call()).accompaniments.list();
    expect(list.toReport.map((c) => c.appointmentId)).toEqual([appt.inside]);
    expect(list.toReport[0]?.reportWindowEnds).toBe('2026-11-23T11:00:00.000Z');
    await expect((await val.call()).accompaniments.get({ id: appt.outside })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const [denied] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'accompaniments.denied'), eq(auditLog.entityId, appt.outside)));
    expect(denied?.details).toEqual({ reason: 'window_closed', verb: 'accompaniments.get' });
    await expect(
      (await val.call()).accompaniments.saveDraft({ appointmentId: appt.inside, draft: { treatment: 'ok' } }),
    ).resolves.toBeTruthy();
  });
});
