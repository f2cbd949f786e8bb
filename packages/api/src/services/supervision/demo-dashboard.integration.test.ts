import { STALL_REASONS } from '@umbrella/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from '../../testing/demo.ts';
import type { TestApi, TestBrowser } from '../../testing/harness.ts';

// The demo organisation is what a new user sees first: its dashboard must show every reason and a trend.
let api: TestApi;
let supervisor: TestBrowser;

beforeAll(async () => {
  ({ api, supervisor } = await demoApi());
}, 120_000);
afterAll(() => api?.close());

describe('the demo organisation’s supervision dashboard', () => {
  it('shows stalled cases of every reason', async () => {
    const page = await (await supervisor.call()).supervision.stalledCases({});
    for (const reason of STALL_REASONS) expect(page.reasonCounts[reason], reason).toBeGreaterThan(0);
    const dina = page.items.find((c) => c.displayName === 'Dina');
    expect(dina?.reasons).toContain('no_key_worker');
  });

  it('has overdue items in most of the last twelve weeks', async () => {
    const trend = await (await supervisor.call()).supervision.overdueTrend();
    expect(trend.weeks).toHaveLength(12);
    expect(trend.weeks.filter((w) => w.overdueDeadlines > 0).length).toBeGreaterThanOrEqual(10);
    expect(new Set(trend.weeks.map((w) => w.overdueDeadlines)).size).toBeGreaterThan(2);
  });

  it('times the stay from NRM referral to the Reasonable Grounds decision', async () => {
    const nrm = await (await supervisor.call()).supervision.stageDurations({ kind: 'nrm_referral' });
    const referred = nrm.stages.find((s) => s.stage === 'referred');
    expect(referred?.stays).toBeGreaterThan(0);
    expect(referred?.medianDays).toBeGreaterThan(0);
  });
});
