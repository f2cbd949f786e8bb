import { describe, expect, it } from 'vitest';
import { DEMO_CLIENTS } from './clients.ts';
import { ago, ahead, contactBy, DEMO_ANCHOR_DATE, type DemoClient } from './story.ts';
import { demoStoryProblems } from './validate.ts';

const minimal: DemoClient = {
  displayName: 'Test',
  languages: [],
  contact: contactBy(['text']),
  keyWorker: 'joanna',
  team: 'north',
  caseFile: { opened: 100 },
  matters: [
    {
      kind: 'police_report',
      agency: 'Metropolitan Police Service',
      details: {},
      steps: [
        { stage: 'reported', on: 90 },
        { stage: 'crime_recorded', on: 80 },
      ],
    },
  ],
};

describe('demo stories', () => {
  it('are consistent', () => {
    expect(demoStoryProblems(DEMO_CLIENTS)).toEqual([]);
  });

  it('name a forbidden stage jump, a bad start, dates out of order and an open matter in a closed case', () => {
    const problems = demoStoryProblems([
      {
        ...minimal,
        caseFile: { opened: 100, closed: 50 },
        matters: [
          {
            kind: 'police_report',
            agency: 'Metropolitan Police Service',
            details: {},
            steps: [
              { stage: 'reported', on: 90 },
              { stage: 'convicted', on: 80 },
            ],
          },
          {
            kind: 'asylum_claim',
            agency: 'Home Office UK Visas and Immigration (asylum)',
            details: {},
            steps: [
              { stage: 'refused', on: 70 },
              { stage: 'appeal_lodged', on: 75 },
            ],
          },
        ],
      },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/Test: matter 1 .*"Reported" cannot move to "Convicted"/),
      'Test: matter 1 (police_report) is still open in a closed case',
      'Test: matter 2 (asylum_claim) cannot start at "refused"',
      expect.stringMatching(/Test: matter 2 .*"appeal_lodged" on .* is not after "refused"/),
      'Test: matter 2 (asylum_claim) is still open in a closed case',
    ]);
  });

  it('refuse a key worker who is not on the client’s team, and the same display name twice', () => {
    const problems = demoStoryProblems([minimal, { ...minimal, keyWorker: 'tomasz' }]);
    expect(problems).toEqual(['Test: display name used twice', 'Test: key worker is not on the team']);
  });

  it('count days back from the anchor and move weekends back to the Friday', () => {
    expect(DEMO_ANCHOR_DATE).toBe('2026-11-23');
    expect(ago(0)).toBe('2026-11-23');
    expect(ago(1)).toBe('2026-11-20'); // Sunday 22nd
    expect(ago(2)).toBe('2026-11-20'); // Saturday 21st
    expect(ago(3)).toBe('2026-11-20');
    expect(ahead(4)).toBe('2026-11-27');
    expect(ahead(5)).toBe('2026-11-27'); // Saturday 28th
  });

  it('are about thirty clients, a few restricted and a few closed', () => {
    expect(DEMO_CLIENTS.length).toBeGreaterThanOrEqual(25);
    expect(DEMO_CLIENTS.filter((c) => c.restricted).length).toBeGreaterThanOrEqual(2);
    expect(DEMO_CLIENTS.filter((c) => c.caseFile.closed !== undefined).length).toBeGreaterThanOrEqual(2);
    for (const client of DEMO_CLIENTS) {
      expect(client.matters.length).toBeGreaterThanOrEqual(1);
      expect(client.matters.length).toBeLessThanOrEqual(4);
    }
  });
});
