import { caseStallSnapshot, people, type Database } from '@umbrella/db';
import {
  createAppointment,
  createClientCase,
  createCommunication,
  createTimelineEvent,
  type CaseRef,
} from '@umbrella/db/testing';
import { DEFAULT_STALL_THRESHOLDS, stallCutoffs } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { openCaseStallsSql } from './stall-query.ts';

// The harness clock: Monday 23 Nov 2026, 10:00 London.
let api: TestApi;
let db: Database;
let supervisor: SignedIn;
let alice: SignedIn;
const idle: CaseRef[] = [];

/** A case last touched on 1 Nov: flagged for no activity (14 days by default) on 23 Nov. */
async function idleCase(name: string): Promise<CaseRef> {
  const file = await createClientCase(db, {
    displayName: name,
    keyWorkerId: alice.user.id,
    openedOn: '2026-11-01',
  });
  await createTimelineEvent(db, file, {
    kind: 'note',
    occurredOn: '2026-11-01',
    recordedById: alice.user.id,
  });
  idle.push(file);
  return file;
}

/** Moves the clock; the supervisor signs in again (the session would have timed out). */
let signIns = 0;
async function setClock(instant: string): Promise<void> {
  api.clock.now = new Date(instant);
  signIns += 1;
  supervisor = await signedIn(api, {
    role: 'supervisor',
    displayName: 'Sam Super',
    email: `sam${signIns}@x.test`,
  });
}

async function flagged(): Promise<Map<string, string[]>> {
  const page = await (await supervisor.call()).supervision.stalledCases({ limit: 50 });
  return new Map(page.items.map((item) => [item.displayName, item.reasons]));
}

/** What the live statement says of every open case, to compare the snapshot with. */
async function liveReasons(): Promise<Map<string, string[]>> {
  const today = api.clock.now.toISOString().slice(0, 10);
  const result = await db.execute(
    openCaseStallsSql(stallCutoffs(DEFAULT_STALL_THRESHOLDS, today), api.clock.now),
  );
  return new Map(
    (result.rows as { case_id: string; reasons: string[] }[]).map((r) => [r.case_id, r.reasons]),
  );
}

async function snapshotReasons(): Promise<Map<string, string[]>> {
  const rows = await db.select().from(caseStallSnapshot);
  return new Map(rows.map((r) => [r.caseId, r.reasons]));
}

beforeAll(async () => {
  api = await createTestApi();
  db = api.handle.db;
  supervisor = await signedIn(api, { role: 'supervisor', displayName: 'Sam Super', email: 'sam@x.test' });
  alice = await signedIn(api, { role: 'caseworker', displayName: 'Alice Able', email: 'alice@x.test' });
  for (const name of ['Amy Idle', 'Bea Idle', 'Cal Idle', 'Dot Idle']) await idleCase(name);
});
afterAll(async () => {
  await api.close();
});

describe('the stalled-cases snapshot', () => {
  it('is built on the first read and matches the live statement', async () => {
    const first = await flagged();
    expect([...first.keys()].sort()).toEqual(['Amy Idle', 'Bea Idle', 'Cal Idle', 'Dot Idle']);
    expect(await snapshotReasons()).toEqual(await liveReasons());
  });

  it('sees at once a communication, a note and a client archived since the last read', async () => {
    await flagged();
    const [amy, bea, cal] = idle as [CaseRef, CaseRef, CaseRef];
    await createCommunication(db, amy, { occurredOn: '2026-11-22', recordedById: alice.user.id });
    await createTimelineEvent(db, bea, {
      kind: 'note',
      occurredOn: '2026-11-23',
      recordedById: alice.user.id,
    });
    await db.update(people).set({ archivedAt: new Date() }).where(eq(people.id, cal.personId));
    // The caseload table reads the same snapshot, brought up to date first: it sees them too.
    const caseload = await (await supervisor.call()).supervision.caseload();
    const sum = (key: 'openCases' | 'stalledCases') => caseload.rows.reduce((n, row) => n + row[key], 0);
    expect({ open: sum('openCases'), stalled: sum('stalledCases') }).toEqual({ open: 3, stalled: 1 });
    const now = await flagged();
    expect([...now.keys()]).toEqual(['Dot Idle']);
    expect(await snapshotReasons()).toEqual(await liveReasons());
  });

  it('counts an appointment once it has begun, without any write in between', async () => {
    const dot = idle[3] as CaseRef;
    await createAppointment(db, dot, {
      startsAt: new Date('2026-11-23T14:00:00Z'),
      createdById: alice.user.id,
    });
    expect((await flagged()).has('Dot Idle')).toBe(true);
    await setClock('2026-11-23T15:00:00Z');
    expect((await flagged()).has('Dot Idle')).toBe(false);
    expect(await snapshotReasons()).toEqual(await liveReasons());
  });

  it('is rebuilt for a new day: idle days and the cut-offs move with the date', async () => {
    const eve = await idleCase('Eve Recent');
    await createTimelineEvent(db, eve, {
      kind: 'note',
      occurredOn: '2026-11-20',
      recordedById: alice.user.id,
    });
    expect((await flagged()).has('Eve Recent')).toBe(false);
    // Fifteen days after her last note, with nothing written in between.
    await setClock('2026-12-05T10:00:00Z');
    expect((await flagged()).get('Eve Recent')).toEqual(['no_activity']);
    expect(await snapshotReasons()).toEqual(await liveReasons());
  });
});
