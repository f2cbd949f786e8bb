import { recipientCategoryOfAgency } from '@umbrella/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_DIRECTORY_EXTRAS, STARTER_DIRECTORY } from '../directory/starter-directory.ts';
import { DEMO_CLIENTS, DEMO_COMMUNICATIONS } from './clients.ts';
import type { DemoCommunication } from './communication-story.ts';
import { DEMO_CONSENTS } from './consent-story.ts';
import { DEMO_PRINTS, DEMO_SHARING_REQUESTS } from './disclosure-story.ts';
import { ago, ahead, contactBy, DEMO_ANCHOR_DATE, DEMO_TEAMS, type DemoClient } from './story.ts';
import { demoStoryProblems } from './validate.ts';

const minimal: DemoClient = {
  displayName: 'Test',
  languages: [],
  contact: contactBy(['text']),
  keyWorker: 'joanna',
  team: 'north',
  caseFile: { opened: 100 },
  consents: [{ on: 95, categories: ['police'], method: 'verbal' }],
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

describe('demo communications', () => {
  const letter: DemoCommunication = {
    key: 'letter',
    on: 60,
    direction: 'outgoing',
    channel: 'letter',
    agency: 'Metropolitan Police Service',
    matter: 0,
    subject: 'Request for an update',
    expectsReply: true,
  };
  const withCommunications = (communications: readonly DemoCommunication[], closed?: number) =>
    demoStoryProblems([{ ...minimal, caseFile: { opened: 100, closed }, communications }]);

  it('belong to clients of the demo, by display name', () => {
    const names = new Set(DEMO_CLIENTS.map((c) => c.displayName));
    for (const name of Object.keys(DEMO_COMMUNICATIONS)) expect(names).toContain(name);
  });

  it('accept a letter, its chaser and the reply to both', () => {
    expect(
      withCommunications([
        letter,
        { ...letter, key: 'chaser', on: 40, subject: 'Chasing', expectsReply: false, chases: 'letter' },
        {
          on: 30,
          direction: 'incoming',
          channel: 'email',
          agency: 'Metropolitan Police Service',
          subject: 'Reply',
          replyTo: 'chaser',
        },
      ]),
    ).toEqual([]);
  });

  it('name links the application would refuse', () => {
    const problems = withCommunications([
      letter,
      {
        ...letter,
        key: 'early',
        on: 70,
        subject: 'Early reply',
        direction: 'incoming',
        expectsReply: false,
        replyTo: 'letter',
      },
      { ...letter, key: 'x', on: 50, subject: 'Chases nothing', chases: 'nothing' },
      {
        ...letter,
        key: 'call',
        on: 45,
        subject: 'A call',
        channel: 'phone_call',
        expectsReply: false,
        chases: 'letter',
      },
      { ...letter, key: 'y', on: 40, subject: 'Confirms a letter', expectsReply: false, confirms: 'letter' },
    ]);
    expect(problems).toEqual([
      'Test: communication "Early reply" answers "letter", which is dated after it',
      `Test: communication "Chases nothing" chases "nothing", which is not one of the client's`,
      'Test: communication "A call": a chaser or a confirmation must be in writing',
      'Test: communication "Confirms a letter": confirms "letter", which is not waiting to be confirmed',
    ]);
  });

  it('name one dated outside the case, on a missing matter, or still waiting in a closed case', () => {
    const problems = withCommunications(
      [
        { ...letter, key: 'a', on: 120, subject: 'Before the case', expectsReply: false },
        { ...letter, key: 'b', on: 95, subject: 'Before the matter', expectsReply: false },
        { ...letter, key: 'c', on: 60, subject: 'No such matter', expectsReply: false, matter: 3 },
        { ...letter, key: 'd', on: 60, subject: 'Still waiting' },
      ],
      50,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/communication "Before the case" on .* is outside the case/),
        expect.stringMatching(/communication "Before the matter" on .* is before its matter opened/),
        'Test: communication "No such matter" names matter 4, which does not exist',
        'Test: communication "Still waiting" is still waiting in a closed case',
      ]),
    );
  });
});

describe('demo consents', () => {
  const police: DemoCommunication = {
    on: 80,
    direction: 'outgoing',
    channel: 'letter',
    agency: 'Metropolitan Police Service',
    matter: 0,
    subject: 'To the police',
  };

  it('belong to clients of the demo, and every client agreed to something early in their case', () => {
    const names = new Set(DEMO_CLIENTS.map((c) => c.displayName));
    for (const name of Object.keys(DEMO_CONSENTS)) expect(names).toContain(name);
    for (const client of DEMO_CLIENTS) {
      const first = client.consents?.[0];
      expect(first, client.displayName).toBeDefined();
      expect(client.caseFile.opened - (first?.on ?? 0), client.displayName).toBeLessThanOrEqual(10);
    }
  });

  it('include a withdrawal, with its note, and a written consent with its signed form', () => {
    const all = DEMO_CLIENTS.flatMap((c) => c.consents ?? []);
    expect(all.filter((c) => c.withdrawn?.note)).toHaveLength(1);
    expect(all.some((c) => c.method === 'written' && c.form)).toBe(true);
    expect(all.some((c) => c.method === 'written' && !c.form)).toBe(true);
  });

  it('name a form on verbal consent and a withdrawal before the consent was given', () => {
    const problems = demoStoryProblems([
      {
        ...minimal,
        consents: [
          {
            on: 95,
            categories: ['police', 'police'],
            method: 'verbal',
            form: { filename: 'Form.pdf', kind: 'pdf', lines: ['Consent'] },
            withdrawn: { on: 97, note: 'Changed her mind' },
          },
        ],
      },
    ]);
    expect(problems).toEqual([
      'Test: consent 1 names a kind of agency twice',
      'Test: consent 1: only written consent has a form',
      expect.stringMatching(/^Test: consent 1 is withdrawn on .*, before it was given on /),
    ]);
  });

  it('name what would have been sent without consent, after a withdrawal, or to no one', () => {
    const problems = demoStoryProblems([
      {
        ...minimal,
        consents: [
          { on: 95, categories: ['police'], method: 'written', withdrawn: { on: 70, note: 'Withdrawn' } },
        ],
        communications: [
          police,
          { ...police, on: 60, subject: 'After the withdrawal' },
          {
            ...police,
            on: 85,
            agency: 'NHS sexual assault referral centre (SARC) – London',
            subject: 'To the SARC',
          },
          {
            ...police,
            on: 85,
            agency: 'Home Office reporting centre – Becket House (London)',
            subject: 'To the reporting centre',
          },
          { ...police, on: 85, agency: undefined, name: 'A friend', subject: 'To a friend' },
        ],
      },
    ]);
    expect(problems).toEqual([
      `Test: communication "After the withdrawal" on ${ago(60)} goes to the police and prosecutors without the client’s consent`,
      `Test: communication "To the SARC" on ${ago(85)} goes to health services without the client’s consent`,
      `Test: communication "To the reporting centre" on ${ago(85)} goes to Immigration Enforcement without the client’s consent`,
      'Test: communication "To a friend" is sent to no agency: say who it goes to',
    ]);
  });
});

describe('demo sharing requests and prints', () => {
  const categories = new Map<string, string>(
    [...STARTER_DIRECTORY, ...DEMO_DIRECTORY_EXTRAS].map((a) => [a.name, a.category]),
  );
  const client = (name: string) => DEMO_CLIENTS.find((c) => c.displayName === name);

  it('are one approved, one refused and one awaiting the supervisor', () => {
    const outcome = DEMO_SHARING_REQUESTS.map((r) => r.decision?.outcome ?? 'awaiting');
    expect(outcome.sort()).toEqual(['approve', 'awaiting', 'refuse']);
    const toEnforcement = DEMO_SHARING_REQUESTS.filter(
      (r) => recipientCategoryOfAgency(categories.get(r.agency) ?? '') === 'immigration_enforcement',
    );
    expect(toEnforcement.map((r) => r.decision?.outcome ?? 'awaiting').sort()).toEqual([
      'approve',
      'awaiting',
    ]);
  });

  it('are asked by staff of the client’s team before today, and decided by the supervisor afterwards', () => {
    for (const request of DEMO_SHARING_REQUESTS) {
      const team = client(request.client)?.team;
      expect(team, request.client).toBeDefined();
      expect(DEMO_TEAMS[team ?? 'north'].members as readonly string[]).toContain(request.by);
      expect(request.day).toBeLessThan(0);
      expect(request.matter === undefined || client(request.client)?.matters[request.matter]).toBeTruthy();
      expect(request.shares.length).toBeGreaterThan(0);
      expect(request.basisDetails.length).toBeGreaterThan(40);
      if (request.decision) {
        expect(request.decision.by).toBe('priya');
        expect(request.decision.day).toBeGreaterThanOrEqual(request.day);
        expect(request.decision.day).toBeLessThan(0);
        expect(request.decision.reason.length).toBeGreaterThan(40);
      }
    }
  });

  it('print chronologies of demo clients, within their case', () => {
    expect(DEMO_PRINTS.length).toBeGreaterThanOrEqual(2);
    for (const print of DEMO_PRINTS) {
      const found = client(print.client);
      expect(found, print.client).toBeDefined();
      expect(print.on).toBeLessThanOrEqual(found?.caseFile.opened ?? 0);
      expect(found?.caseFile.closed ?? 0).toBeLessThanOrEqual(print.on);
    }
  });
});
