import { IMMIGRATION_ENFORCEMENT_EXPLANATION } from '@umbrella/domain';
import { describe, expect, it } from 'vitest';
import { communicationDisclosureText, legalBasisText } from './disclosure-text.ts';
import { sharingStatus } from './sharing.ts';

describe('the sharing panel', () => {
  it('says plainly whether it may be sent', () => {
    expect(
      sharingStatus(
        { outcome: 'free', basis: 'client', explanation: 'To the client: no consent needed.' },
        null,
      ),
    ).toEqual({ tone: 'free', lead: 'No consent needed.', text: 'To the client: no consent needed.' });
    expect(
      sharingStatus(
        {
          outcome: 'consented',
          basis: 'consent',
          consentId: 'c1',
          explanation: 'The client agreed to share information with health services.',
        },
        null,
      ),
    ).toMatchObject({ tone: 'consented', lead: 'Covered by the client’s consent.' });
    expect(
      sharingStatus(
        {
          outcome: 'needs_approval',
          reason: 'immigration_enforcement',
          explanation: IMMIGRATION_ENFORCEMENT_EXPLANATION,
        },
        null,
      ),
    ).toEqual({ tone: 'blocked', lead: 'Blocked:', text: IMMIGRATION_ENFORCEMENT_EXPLANATION });
    expect(sharingStatus(undefined, null)).toBeNull();
  });

  it('believes the server’s refusal over an earlier answer', () => {
    const consented = {
      outcome: 'consented',
      basis: 'consent',
      consentId: 'c1',
      explanation: 'Agreed.',
    } as const;
    expect(sharingStatus(consented, 'The client has not agreed…')).toEqual({
      tone: 'blocked',
      lead: 'Blocked:',
      text: 'The client has not agreed…',
    });
  });
});

describe('a communication’s disclosure', () => {
  const none = {
    legalBasis: null,
    basisDetails: null,
    decidedBy: null,
    decisionReason: null,
    decidedAt: null,
  };

  it('says on what basis it was sent', () => {
    expect(
      communicationDisclosureText({ ...none, basis: 'consent', consent: { givenOn: '2026-11-03' } }),
    ).toBe('Shared with the client’s consent given on 3 Nov 2026');
    expect(communicationDisclosureText({ ...none, basis: 'consent' })).toBe(
      'Shared with the client’s consent',
    );
    expect(communicationDisclosureText({ ...none, basis: 'client' })).toBe('To the client');
    expect(
      communicationDisclosureText({
        ...none,
        basis: 'legal_basis',
        legalBasis: 'legal_obligation',
        decidedBy: { displayName: 'Sam Okafor' },
        decidedAt: '2026-11-23T09:00:00.000Z',
        decisionReason: 'The tribunal ordered it',
      }),
    ).toBe('Approved by Sam Okafor on 23 Nov 2026: The tribunal ordered it');
  });

  it('states the legal basis with its details', () => {
    expect(legalBasisText({ legalBasis: 'legal_obligation', basisDetails: 'Order of 20 Nov' })).toBe(
      'Required by law or a court order (DPA 2018 Sch 2 para 5): Order of 20 Nov',
    );
    expect(legalBasisText({ legalBasis: null, basisDetails: null })).toBeNull();
  });
});
