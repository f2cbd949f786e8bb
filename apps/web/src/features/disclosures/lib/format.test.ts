import { describe, expect, it } from 'vitest';
import { decidedText, reasonError } from './decision.ts';
import {
  attachmentsText,
  basisText,
  decisionText,
  informationText,
  instantText,
  pageRangeText,
  pendingHeading,
  recipientText,
  disclosureHeading,
  statusBadge,
  whoWhenText,
} from './format.ts';

const SAM = { id: 'u1', displayName: 'Sam Okafor' };
const WORDS = { none: 'Nothing yet.', one: 'disclosure', many: 'disclosures', items: 'disclosures' };

describe('a disclosure in words', () => {
  it('gives times in London', () => {
    // 23 Nov is winter time; 1 Jul is summer time, an hour ahead of UTC.
    expect(instantText('2026-11-23T14:05:00.000Z')).toBe('23 Nov 2026, 14:05');
    expect(instantText('2026-07-01T23:30:00.000Z')).toBe('2 Jul 2026, 00:30');
  });

  it('lists what it contained in the list’s order', () => {
    expect(informationText(['case_details', 'identity'])).toBe(
      'Identity (names, date of birth); What happened and the case',
    );
    expect(informationText([])).toBe('Nothing about the client');
  });

  it('names its basis: the consent with its date, or the legal basis', () => {
    expect(
      basisText({ basis: 'consent', consent: { givenOn: '2026-11-03', method: 'verbal' }, legalBasis: null }),
    ).toBe('The client’s consent, given verbally on 3 Nov 2026');
    expect(basisText({ basis: 'legal_basis', consent: null, legalBasis: 'safeguarding' })).toBe(
      'Safeguarding a child or an adult at risk (DPA 2018 Sch 1 para 18)',
    );
    expect(basisText({ basis: 'client', consent: null, legalBasis: null })).toBe(
      'To the client: no consent needed',
    );
    expect(basisText({ basis: 'own_casework', consent: null, legalBasis: null })).toBe('Our own casework');
  });

  it('badges what is not simply made, and an approval', () => {
    expect(statusBadge({ status: 'awaiting_approval', decidedBy: null })).toEqual({
      label: 'Awaiting approval',
      tone: 'warning',
    });
    expect(statusBadge({ status: 'refused', decidedBy: SAM })?.label).toBe('Refused');
    expect(statusBadge({ status: 'cancelled', decidedBy: null })?.label).toBe('Cancelled');
    expect(statusBadge({ status: 'made', decidedBy: SAM })?.label).toBe('Approved');
    expect(statusBadge({ status: 'made', decidedBy: null })).toBeNull();
  });

  it('says who decided, when and why', () => {
    const decided = {
      decidedBy: SAM,
      decidedAt: '2026-11-23T10:00:00.000Z',
      decisionReason: 'A court order',
    };
    expect(decisionText({ status: 'made', ...decided })).toBe(
      'Approved by Sam Okafor on 23 Nov 2026: A court order.',
    );
    expect(decisionText({ status: 'refused', ...decided, decisionReason: 'No basis.' })).toBe(
      'Refused by Sam Okafor on 23 Nov 2026: No basis. Nothing was sent.',
    );
    expect(
      decisionText({ status: 'awaiting_approval', decidedBy: null, decidedAt: null, decisionReason: null }),
    ).toBe('Waiting for a supervisor’s approval: nothing has been sent.');
    expect(
      decisionText({ status: 'made', decidedBy: null, decidedAt: null, decisionReason: null }),
    ).toBeNull();
  });

  it('says who made it or asked, and when', () => {
    const facts = {
      requestedBy: SAM,
      requestedAt: '2026-11-20T09:00:00.000Z',
      madeAt: '2026-11-23T10:00:00.000Z',
    };
    expect(whoWhenText({ status: 'made', ...facts })).toBe('Sam Okafor, 23 Nov 2026, 10:00');
    expect(whoWhenText({ status: 'awaiting_approval', ...facts, madeAt: null })).toBe(
      'Sam Okafor, 20 Nov 2026, 09:00',
    );
  });

  it('says who it went to, with the kind of recipient', () => {
    expect(
      recipientText({ recipientCategory: 'immigration_enforcement', recipientLabel: 'Duty officer' }),
    ).toBe('to Duty officer, Immigration Enforcement');
    expect(recipientText({ recipientCategory: 'police', recipientLabel: 'Police and prosecutors' })).toBe(
      'to Police and prosecutors',
    );
    expect(recipientText({ recipientCategory: 'client', recipientLabel: 'Ama' })).toBe('to Ama, the client');
    expect(
      recipientText({
        recipientCategory: 'immigration_enforcement',
        recipientLabel: 'Home Office Immigration Enforcement',
      }),
    ).toBe('to Home Office Immigration Enforcement');
    expect(recipientText({ recipientCategory: 'own_organisation', recipientLabel: 'Our own casework' })).toBe(
      '',
    );
  });

  it('never heads a request that was not made as sent', () => {
    expect(disclosureHeading({ status: 'made', description: 'Letter sent' })).toBe('Letter sent');
    expect(disclosureHeading({ status: 'awaiting_approval', description: 'Letter sent' })).toBe(
      'Letter to be sent',
    );
    expect(disclosureHeading({ status: 'refused', description: 'E-mail sent' })).toBe('E-mail not sent');
    expect(disclosureHeading({ status: 'cancelled', description: 'Phone call made' })).toBe(
      'Phone call not made',
    );
    expect(disclosureHeading({ status: 'awaiting_approval', description: 'Meeting' })).toBe('Meeting');
  });

  it('reads a letter awaiting approval', () => {
    expect(pendingHeading('letter')).toBe('Letter to be sent');
    expect(pendingHeading('email')).toBe('E-mail to be sent');
    expect(pendingHeading('phone_call')).toBe('Phone call to be made');
    expect(attachmentsText(0)).toBe('No files attached.');
    expect(attachmentsText(2)).toBe('2 files attached.');
  });

  it('counts a page of the list', () => {
    expect(pageRangeText(0, 0, 0, WORDS)).toBe('Nothing yet.');
    expect(pageRangeText(0, 3, 3, WORDS)).toBe('3 disclosures.');
    expect(pageRangeText(0, 1, 1, WORDS)).toBe('1 disclosure.');
    expect(pageRangeText(10, 10, 24, WORDS)).toBe('Disclosures 11 to 20 of 24.');
    expect(pageRangeText(30, 0, 24, WORDS)).toBe('No more disclosures: 24 in all.');
  });
});

describe('a supervisor’s decision', () => {
  it('always has a reason', () => {
    expect(reasonError('  ')).toBe('Write the reason for your decision: it is recorded with it.');
    expect(reasonError('A court order requires it')).toBeUndefined();
    expect(reasonError('x'.repeat(2001))).toMatch(/2000 characters/);
  });

  it('says what it did', () => {
    expect(decidedText('approve')).toBe('Approved: it is now logged as sent, dated today.');
    expect(decidedText('refuse')).toMatch(/^Refused: nothing was sent/);
  });
});
