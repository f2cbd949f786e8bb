import { CLOSED, STAGE_MACHINES } from '@umbrella/domain';
import { describe, expect, it } from 'vitest';
import { testCipher } from '../testing/test-cipher.ts';
import { addClient } from './client-rows.ts';
import { emptyRows, type LargeContext, type LargeRows } from './large-rows.ts';
import { SeededRandom } from './random.ts';

const ctx: LargeContext = {
  anchor: '2026-11-23',
  caseworkers: [
    { id: '00000000-0000-4000-8000-000000000001', teamId: '00000000-0000-4000-8000-000000000002' },
  ],
  supervisors: ['00000000-0000-4000-8000-000000000004'],
  volunteers: ['00000000-0000-4000-8000-000000000003'],
  agencies: {
    police_report: [{ id: '00000000-0000-4000-8000-000000000010', name: 'Metropolitan Police Service' }],
    nrm_referral: [{ id: '00000000-0000-4000-8000-000000000011', name: 'Single Competent Authority' }],
    asylum_claim: [
      { id: '00000000-0000-4000-8000-000000000012', name: 'Home Office UK Visas and Immigration' },
    ],
    social_services: [{ id: '00000000-0000-4000-8000-000000000013', name: 'London Borough of Camden' }],
  },
  cipher: testCipher(),
};

function generate(seed: number, clients: number, communications = 20): LargeRows {
  const random = new SeededRandom(seed);
  const rows = emptyRows();
  for (let n = 0; n < clients; n++) addClient(rows, random, ctx, n, communications);
  return rows;
}

describe('the large data set generator', () => {
  it('writes the same clients, ids and dates for the same seed, and others for another', () => {
    const first = generate(7, 30);
    const again = generate(7, 30);
    const other = generate(8, 30);
    const shape = (rows: LargeRows) =>
      rows.people
        .map((p) => `${p.id} ${p.displayName}`)
        .concat(rows.communications.map((c) => `${String(c.id)} ${String(c.occurredOn)}`));
    expect(shape(again)).toEqual(shape(first));
    expect(shape(other)).not.toEqual(shape(first));
  });

  it('gives each client exactly the communications asked for, never dated after the anchor', () => {
    const rows = generate(1, 40, 25);
    expect(rows.people).toHaveLength(40);
    expect(rows.communications).toHaveLength(40 * 25);
    for (const c of rows.communications) expect(String(c.occurredOn) <= ctx.anchor).toBe(true);
    // Each communication is on the client's timeline too.
    expect(rows.events.filter((e) => e.kind === 'communication')).toHaveLength(rows.communications.length);
  });

  it('walks every matter only through its kind’s stage machine, and closes the matters of a closed case', () => {
    const rows = generate(2, 120);
    const closedCases = new Set(rows.cases.filter((c) => c.status === 'closed').map((c) => c.id));
    expect(closedCases.size).toBeGreaterThan(0);
    for (const matter of rows.matters) {
      const machine = STAGE_MACHINES[matter.kind];
      expect(machine.stages).toContain(matter.stage);
      expect(matter.stage === CLOSED).toBe(closedCases.has(matter.caseId));
    }
    for (const move of rows.events.filter((e) => e.kind === 'stage_change')) {
      const kind = rows.matters.find((m) => m.id === move.matterId)?.kind;
      expect(kind).toBeDefined();
      const allowed = STAGE_MACHINES[kind as keyof typeof STAGE_MACHINES].transitions[
        move.fromStage as never
      ] as readonly string[];
      expect(allowed).toContain(move.toStage);
    }
  });

  it('seals legal names, references and the words of letters, and keeps them out of the search index', () => {
    const rows = generate(3, 5);
    for (const alias of rows.aliases) expect(String(alias.name)).toMatch(/^enc:v1:/);
    for (const matter of rows.matters)
      if (matter.reference) expect(String(matter.reference)).toMatch(/^enc:v1:/);
    for (const c of rows.communications) {
      expect(String(c.subject)).toMatch(/^enc:v1:/);
      expect(String(c.body)).toMatch(/^enc:v1:/);
    }
    const legalNames = rows.aliases.map((a) => ctx.cipher.open('person_aliases.name', a.name));
    // The vector's SQL holds the words it indexes as plain string parameters.
    const indexed = rows.communications
      .flatMap((c) => (c.search as unknown as { queryChunks: unknown[] }).queryChunks)
      .filter((chunk): chunk is string => typeof chunk === 'string')
      .join(' ');
    expect(indexed).toMatch(/Dear/);
    for (const name of legalNames) {
      for (const part of name.split(' ')) expect(indexed).not.toMatch(new RegExp(`\\b${part}\\b`, 'i'));
    }
  });

  it('spreads a long tail: most deadlines are met, the current stage’s are open, and replies are awaited only lately', () => {
    const rows = generate(4, 120);
    // Most open cases were reviewed in the last three months, and their next review is still to come.
    const openCases = rows.cases.filter((c) => c.status === 'open');
    const reviewedLately = openCases.filter((c) =>
      rows.reviews.some((r) => r.caseId === c.id && String(r.nextReviewOn) > ctx.anchor),
    );
    expect(reviewedLately.length / openCases.length).toBeGreaterThan(0.7);
    const byStatus = (s: string) => rows.deadlines.filter((d) => d.status === s).length;
    expect(byStatus('met')).toBeGreaterThan(byStatus('missed'));
    expect(byStatus('open')).toBeGreaterThan(0);
    for (const c of rows.communications.filter((c) => c.replyState === 'awaiting')) {
      expect(String(c.occurredOn) >= '2026-10-24').toBe(true);
    }
  });
});
