import { describe, expect, it } from 'vitest';
import { createCommunicationInput } from '../communications/schemas.ts';
import { RECIPIENT_CATEGORIES, SHARING_CATEGORIES, recipientCategoryOfAgency } from './categories.ts';
import {
  categoriesInForce,
  consentInForce,
  consentSentence,
  decideDisclosure,
  type ConsentFacts,
} from './consent-rules.ts';
import { decideDisclosureInput, recordConsentInput } from './schemas.ts';

const now = new Date('2026-11-23T10:00:00Z');
const today = '2026-11-23';
const consent = (overrides: Partial<ConsentFacts> = {}): ConsentFacts => ({
  id: 'c1',
  categories: ['police', 'legal_representative'],
  givenOn: '2026-11-01',
  withdrawnAt: null,
  ...overrides,
});

describe('consentInForce', () => {
  it('holds from the day given until withdrawn, and withdrawal is effective at once', () => {
    expect(consentInForce(consent(), now, today)).toBe(true);
    expect(consentInForce(consent({ givenOn: '2026-11-23' }), now, today)).toBe(true);
    expect(consentInForce(consent({ givenOn: '2026-11-24' }), now, today)).toBe(false);
    expect(consentInForce(consent({ withdrawnAt: now }), now, today)).toBe(false);
    expect(consentInForce(consent({ withdrawnAt: new Date(now.getTime() - 1) }), now, today)).toBe(false);
    expect(consentInForce(consent({ withdrawnAt: new Date(now.getTime() + 1000) }), now, today)).toBe(true);
  });

  it('lists the categories covered now, across several consents', () => {
    const consents = [
      consent(),
      consent({ id: 'c2', categories: ['health'], withdrawnAt: new Date('2026-11-20T09:00:00Z') }),
      consent({ id: 'c3', categories: ['nrm'], givenOn: '2026-11-10' }),
    ];
    expect(categoriesInForce(consents, now, today)).toEqual(['police', 'nrm', 'legal_representative']);
  });
});

describe('decideDisclosure', () => {
  it('lets each consented category through on the consent, and no other', () => {
    for (const category of SHARING_CATEGORIES) {
      const covered = decideDisclosure(category, [consent({ categories: [category] })], now, today);
      expect(covered).toMatchObject({ outcome: 'consented', basis: 'consent', consentId: 'c1' });
      const others = SHARING_CATEGORIES.filter((c) => c !== category);
      const uncovered = decideDisclosure(category, [consent({ categories: others })], now, today);
      expect(uncovered).toMatchObject({ outcome: 'needs_approval', reason: 'no_consent' });
    }
  });

  it('needs a supervisor once the consent is withdrawn', () => {
    const withdrawn = consent({ withdrawnAt: new Date('2026-11-23T09:59:59Z') });
    const decision = decideDisclosure('police', [withdrawn], now, today);
    expect(decision).toMatchObject({ outcome: 'needs_approval', reason: 'no_consent' });
    expect(decision.explanation).toContain('has not agreed to share information with the police');
    expect(decision.explanation).toContain('legal basis');
  });

  it('never lets immigration enforcement through without a supervisor, whatever was consented', () => {
    const everything = consent({ categories: [...SHARING_CATEGORIES] });
    const decision = decideDisclosure('immigration_enforcement', [everything], now, today);
    expect(decision).toMatchObject({ outcome: 'needs_approval', reason: 'immigration_enforcement' });
    expect(decision.explanation).toContain('supervisor');
  });

  it('needs no consent to write to the client or for our own casework', () => {
    expect(decideDisclosure('client', [], now, today)).toMatchObject({ outcome: 'free', basis: 'client' });
    expect(decideDisclosure('own_organisation', [], now, today)).toMatchObject({
      outcome: 'free',
      basis: 'own_casework',
    });
  });

  it('maps every directory category to a recipient, immigration enforcement to itself', () => {
    expect(recipientCategoryOfAgency('immigration_enforcement')).toBe('immigration_enforcement');
    expect(recipientCategoryOfAgency('crown_prosecution')).toBe('police');
    expect(recipientCategoryOfAgency('local_authority')).toBe('social_services');
    expect(recipientCategoryOfAgency('nrm_competent_authority')).toBe('nrm');
    expect(recipientCategoryOfAgency('unheard_of')).toBe('other');
    expect(RECIPIENT_CATEGORIES).toContain('immigration_enforcement');
    expect(SHARING_CATEGORIES).not.toContain('immigration_enforcement');
  });
});

describe('consentSentence', () => {
  it('lists the agencies in plain words', () => {
    expect(consentSentence(['legal_representative', 'police'])).toBe(
      'The client agreed to share information with the police and prosecutors and their legal representative.',
    );
    expect(consentSentence([])).toBe('The client has not agreed to share anything.');
  });
});

describe('input schemas', () => {
  const personId = '00000000-0000-4000-8000-000000000001';
  it('refuses a consent without categories, with a repeated or unknown one, or a document on verbal consent', () => {
    const base = { personId, categories: ['police'], method: 'verbal', givenOn: '2026-11-01' };
    expect(recordConsentInput.safeParse(base).success).toBe(true);
    for (const [bad, field] of [
      [{ categories: [] }, 'categories'],
      [{ categories: ['police', 'police'] }, 'categories'],
      [{ categories: ['immigration_enforcement'] }, 'categories'],
      [{ documentId: personId }, 'documentId'],
      [{ givenOn: '23/11/2026' }, 'givenOn'],
    ] as const) {
      const result = recordConsentInput.safeParse({ ...base, ...bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path[0]).toBe(field);
    }
  });

  it('requires a written reason for a decision', () => {
    const result = decideDisclosureInput.safeParse({
      id: personId,
      version: 1,
      decision: 'approve',
      reason: ' ',
    });
    expect(result.error?.issues[0]?.path).toEqual(['reason']);
  });

  it('asks who an outgoing communication without an agency goes to, and what it shares', () => {
    const base = {
      personId,
      channel: 'letter',
      direction: 'outgoing',
      counterpartName: 'A friend of the family',
      occurredOn: '2026-11-20',
      subject: 'Letter',
    };
    const missing = createCommunicationInput.safeParse(base);
    expect(missing.error?.issues.map((i) => i.path[0])).toEqual(['recipientCategory']);
    const nothingShared = createCommunicationInput.safeParse({
      ...base,
      recipientCategory: 'other',
      informationShared: [],
    });
    expect(nothingShared.error?.issues.map((i) => i.path[0])).toEqual(['informationShared']);
    expect(
      createCommunicationInput.safeParse({ ...base, recipientCategory: 'client', informationShared: [] })
        .success,
    ).toBe(true);
    const incoming = createCommunicationInput.safeParse({ ...base, direction: 'incoming' });
    expect(incoming.success).toBe(true);
  });
});
