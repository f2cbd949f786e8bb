import { describe, expect, it } from 'vitest';
import {
  anonymisedSentence,
  clientLabel,
  decisionText,
  dueText,
  kindsText,
  retentionSentence,
} from './format.ts';

const ID = '6f1c3c9e-8f0e-4a52-9d55-0d7c2b2b9c11';

describe('retention wording', () => {
  it('names the client for supervisors, and gives the id to anyone else', () => {
    expect(clientLabel({ displayName: 'Dina', personId: ID })).toBe('Dina');
    expect(clientLabel({ displayName: null, personId: ID })).toBe(`Client ${ID}`);
  });

  it('lists the kinds, and the day a client became due', () => {
    expect(kindsText([])).toBe('No matters');
    expect(kindsText(['asylum_claim', 'nrm_referral'])).toBe('Asylum claim, NRM referral');
    expect(dueText('2026-11-23', '2026-11-23')).toBe('Due today');
    expect(dueText('2026-02-28', '2026-11-23')).toBe('Due since 28 Feb 2026');
  });

  it('says what became of a request', () => {
    const sue = { displayName: 'Sue Super' };
    expect(decisionText({ status: 'refused', decidedBy: sue, decidedAt: '2026-11-23T10:00:00Z' })).toBe(
      'Refused by Sue Super on 23 Nov 2026',
    );
    expect(decisionText({ status: 'approved', decidedBy: sue, decidedAt: '2026-11-23T10:00:00Z' })).toBe(
      'Approved by Sue Super on 23 Nov 2026: the record was anonymised',
    );
    expect(decisionText({ status: 'cancelled', decidedBy: sue, decidedAt: '2026-11-23T23:30:00Z' })).toBe(
      'Withdrawn by Sue Super on 23 Nov 2026',
    );
    expect(decisionText({ status: 'awaiting_approval', decidedBy: null, decidedAt: null })).toBe(
      'Awaiting approval',
    );
  });

  it('says where a client stands under the policy', () => {
    expect(anonymisedSentence('2026-11-23T10:00:00Z')).toBe(
      'This client’s record was anonymised on 23 Nov 2026.',
    );
    expect(retentionSentence({ caseStatus: 'open', dueOn: null }, '2026-11-23')).toContain(
      'The case file is open',
    );
    expect(retentionSentence({ caseStatus: 'closed', dueOn: '2026-11-23' }, '2026-11-23')).toBe(
      'Under the retention policy the record has been due for anonymisation since 23 Nov 2026.',
    );
    expect(retentionSentence({ caseStatus: 'closed', dueOn: '2032-11-01' }, '2026-11-23')).toBe(
      'Under the retention policy the record will be due for anonymisation on 1 Nov 2032.',
    );
  });
});
