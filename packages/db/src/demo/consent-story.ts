import type { ConsentFacts, SharingCategory } from '@umbrella/domain';
import type { DemoAttachment } from './communication-story.ts';
import { ago, type StaffKey } from './story.ts';

/**
 * What a demo client agreed may be shared, and with which kinds of agency, `on` days before the anchor. Like
 * the application, a consent is never edited: it is withdrawn (effective at once) and a new one recorded.
 */
export interface DemoConsent {
  on: number;
  categories: readonly SharingCategory[];
  method: 'verbal' | 'written';
  /** Limits the client set, in their words. */
  scope?: string;
  /** Who recorded it; the case's lead caseworker when left out. */
  by?: StaffKey;
  /** The signed form, scanned (written consent only); left out when the form is kept on paper. */
  form?: DemoAttachment & { kind: 'pdf' };
  withdrawn?: { on: number; by?: StaffKey; note: string };
}

const DAY_START = 'T09:00:00Z';

/**
 * When a consent was withdrawn: first thing on its day, before anything else is recorded, so a consent given
 * that day in its place follows it and nothing logged that day relied on it.
 */
export function withdrawnAt(consent: DemoConsent): Date | null {
  if (!consent.withdrawn) return null;
  return new Date(Date.parse(`${ago(consent.withdrawn.on)}${DAY_START}`) - 2 * 60_000);
}

/** A client's demo consents as the firewall (decideDisclosure) reads them; `ids` in the same order. */
export function consentFacts(consents: readonly DemoConsent[], ids: readonly string[]): ConsentFacts[] {
  return consents.map((consent, index) => ({
    id: ids[index] ?? String(index),
    categories: consent.categories,
    givenOn: ago(consent.on),
    withdrawnAt: withdrawnAt(consent),
  }));
}

/** A scanned consent form: one page, in plain words, as the client signed it. */
function consentForm(
  client: string,
  categories: readonly string[],
  on: number,
  notes: string[],
): DemoConsent['form'] {
  return {
    filename: 'Consent to share information - signed.pdf',
    kind: 'pdf',
    lines: [
      'Consent to share information',
      '',
      `Name: ${client}`,
      `Date: ${ago(on)}`,
      '',
      'I agree that my caseworker may share information about me with:',
      ...categories.map((category) => `  - ${category}`),
      '',
      'Only what is needed for my case will be shared. I can change my mind at any time',
      'by telling my caseworker, and nothing more will be shared from that day.',
      '',
      ...notes,
      '',
      'Signed by the client (signature on the paper form).',
    ],
  };
}

// Fictional, like the clients. Most agreed, early in their case, to share with the agencies their matters
// involve; Yasmin and Joy agreed only to a few kinds (nothing to the police or the Home Office from us);
// Gabriela withdrew hers when she withdrew from the police investigation and later agreed again. Nothing here
// covers immigration enforcement: no client can consent to that, only a supervisor can approve it.
export const DEMO_CONSENTS: Readonly<Record<string, readonly DemoConsent[]>> = {
  // North London team.
  Ana: [
    {
      on: 428,
      categories: ['police', 'support_services', 'health'],
      method: 'written',
      form: consentForm(
        'Ana-Maria Popa',
        ['the police and prosecutors', 'support services', 'health services'],
        428,
        ['Read to me in Romanian by an interpreter before I signed.'],
      ),
    },
  ],
  Lin: [
    {
      on: 198,
      categories: ['police', 'support_services'],
      method: 'verbal',
      scope: 'Nothing about where she works or the women she shares the flat with.',
    },
  ],
  Marisol: [{ on: 636, categories: ['police', 'support_services'], method: 'written' }],
  Grace: [
    { on: 145, categories: ['police', 'support_services'], method: 'written' },
    {
      on: 69,
      categories: ['social_services'],
      method: 'verbal',
      scope: 'For the assessment of her family; she wants to see anything we send.',
    },
  ],
  Daniela: [{ on: 257, categories: ['police', 'health'], method: 'verbal' }],
  Olena: [
    {
      on: 33,
      categories: ['other', 'health', 'support_services'],
      method: 'verbal',
      scope: 'The council’s housing team and her GP. Not the police while she decides whether to report.',
    },
  ],
  Sofia: [
    { on: 298, categories: ['support_services', 'health'], method: 'written' },
    {
      on: 106,
      categories: ['social_services'],
      method: 'written',
      scope: 'About the assessment of her family only.',
    },
  ],
  Kemi: [
    { on: 40, categories: ['social_services', 'support_services', 'legal_representative'], method: 'verbal' },
  ],
  Chloe: [{ on: 376, categories: ['police', 'legal_representative', 'support_services'], method: 'written' }],
  Hana: [
    {
      on: 328,
      categories: ['police', 'health', 'support_services'],
      method: 'verbal',
      scope: 'Explained in Thai with an interpreter.',
    },
  ],
  Gabriela: [
    {
      on: 499,
      categories: ['police', 'support_services', 'health'],
      method: 'written',
      withdrawn: {
        on: 470,
        note: 'Gabriela withdrew from the police investigation and asked that nothing more goes to the police: she is afraid he will find out where she lives.',
      },
    },
    { on: 470, categories: ['support_services', 'health'], method: 'verbal' },
    {
      on: 180,
      categories: ['police'],
      method: 'written',
      scope: 'The stalking report only. Her address is never to be given.',
    },
  ],
  Mercy: [{ on: 698, categories: ['police', 'social_services', 'support_services'], method: 'written' }],
  Alex: [{ on: 86, categories: ['police', 'support_services'], method: 'verbal' }],
  Mei: [
    { on: 24, categories: ['support_services'], method: 'verbal' },
    { on: 10, categories: ['police'], method: 'verbal', scope: 'Agreed once she had decided to report.' },
  ],
  Claire: [{ on: 555, categories: ['police', 'support_services'], method: 'written' }],
  Danny: [{ on: 467, categories: ['police'], method: 'verbal' }],
  Amira: [{ on: 686, categories: ['police', 'support_services'], method: 'written' }],
  Joy: [
    {
      on: 718,
      categories: ['legal_representative', 'support_services', 'health'],
      method: 'written',
      scope: 'Nothing to the Home Office from us: her solicitor deals with them.',
    },
  ],

  // Trafficking support team.
  Blessing: [
    {
      on: 612,
      categories: ['nrm', 'legal_representative', 'support_services', 'health'],
      method: 'written',
      scope: 'Not the police: she does not want to report for now.',
    },
  ],
  Mai: [{ on: 78, categories: ['nrm', 'legal_representative', 'support_services'], method: 'verbal' }],
  Yasmin: [
    {
      on: 158,
      categories: ['legal_representative', 'support_services'],
      method: 'written',
      scope: 'She will decide about the police and an NRM referral after seeing her solicitor.',
    },
  ],
  Precious: [
    {
      on: 706,
      categories: ['nrm', 'home_office_asylum', 'legal_representative', 'support_services', 'health'],
      method: 'written',
    },
    {
      on: 20,
      categories: ['other'],
      method: 'verbal',
      scope: 'Housing and benefits applications now that she has refugee status.',
    },
  ],
  Irina: [
    {
      on: 536,
      categories: ['police', 'nrm', 'legal_representative', 'support_services'],
      method: 'written',
      form: consentForm(
        'Irina Ceban',
        [
          'the police and prosecutors',
          'the National Referral Mechanism',
          'my legal representative',
          'support services',
        ],
        536,
        ['Explained to me in Romanian.'],
      ),
    },
  ],
  Thanh: [
    {
      on: 396,
      categories: ['nrm', 'home_office_asylum', 'legal_representative', 'support_services'],
      method: 'verbal',
      scope: 'Explained in Vietnamese with an interpreter.',
    },
  ],
  Fatima: [
    {
      on: 676,
      categories: ['home_office_asylum', 'legal_representative', 'support_services'],
      method: 'written',
    },
    {
      on: 600,
      categories: ['nrm'],
      method: 'verbal',
      scope: 'For the NRM referral and what follows from it.',
    },
  ],
  Nadia: [
    { on: 205, categories: ['nrm', 'legal_representative', 'support_services', 'health'], method: 'written' },
    { on: 50, categories: ['social_services'], method: 'verbal', scope: 'The pre-birth assessment only.' },
  ],
  Ama: [{ on: 28, categories: ['legal_representative', 'support_services', 'nrm'], method: 'verbal' }],
  Dina: [{ on: 52, categories: ['legal_representative', 'nrm', 'support_services'], method: 'verbal' }],
  Esther: [
    {
      on: 476,
      categories: ['police', 'nrm', 'home_office_asylum', 'legal_representative', 'support_services'],
      method: 'written',
    },
  ],
  Rosa: [{ on: 720, categories: ['nrm', 'support_services', 'health'], method: 'written' }],
};
