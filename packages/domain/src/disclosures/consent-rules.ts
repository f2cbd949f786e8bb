import {
  RECIPIENT_CATEGORY_LABELS,
  SHARING_CATEGORIES,
  SHARING_CATEGORY_LABELS,
  type RecipientCategory,
  type SharingCategory,
} from './categories.ts';

/** A consent as the rules need it. */
export interface ConsentFacts {
  id: string;
  categories: readonly string[];
  /** The day the client agreed (YYYY-MM-DD). */
  givenOn: string;
  /** When it was withdrawn; effective at once. */
  withdrawnAt: Date | null;
}

export function isSharingCategory(value: string): value is SharingCategory {
  return (SHARING_CATEGORIES as readonly string[]).includes(value);
}

/** In force now: given on or before today and not withdrawn. */
export function consentInForce(consent: ConsentFacts, now: Date, today: string): boolean {
  return consent.givenOn <= today && (consent.withdrawnAt === null || consent.withdrawnAt > now);
}

/** The consent in force that covers a sharing category, if any (the earliest given, for a stable answer). */
export function consentCovering(
  consents: readonly ConsentFacts[],
  category: SharingCategory,
  now: Date,
  today: string,
): ConsentFacts | null {
  const covering = consents
    .filter((c) => consentInForce(c, now, today) && c.categories.includes(category))
    .sort((a, b) => (a.givenOn < b.givenOn ? -1 : a.givenOn > b.givenOn ? 1 : a.id.localeCompare(b.id)));
  return covering[0] ?? null;
}

/** The sharing categories a client's consents cover now, in the list's order. */
export function categoriesInForce(
  consents: readonly ConsentFacts[],
  now: Date,
  today: string,
): SharingCategory[] {
  return SHARING_CATEGORIES.filter((category) => consentCovering(consents, category, now, today));
}

export type DisclosureDecision =
  /** To the client or for our own casework: recorded, no consent needed. */
  | { outcome: 'free'; basis: 'client' | 'own_casework'; explanation: string }
  /** Covered by the client's consent: recorded with it. */
  | { outcome: 'consented'; basis: 'consent'; consentId: string; explanation: string }
  /** Nothing may leave until a supervisor approves, with a legal basis stated by whoever asks. */
  | {
      outcome: 'needs_approval';
      reason: 'immigration_enforcement' | 'no_consent';
      explanation: string;
    };

export const IMMIGRATION_ENFORCEMENT_EXPLANATION =
  'Nothing about a client goes to Immigration Enforcement without a supervisor’s approval. State the legal basis and ask for approval: it is logged as sent only once a supervisor approves it with a written reason.';

/**
 * The disclosure firewall (DOMAIN.md §5): may something about a client go to this recipient now, and on what
 * basis? Immigration enforcement always needs a supervisor; any other agency needs the client's consent in
 * force for its category, or else a stated legal basis and a supervisor's approval.
 */
export function decideDisclosure(
  recipient: RecipientCategory,
  consents: readonly ConsentFacts[],
  now: Date,
  today: string,
): DisclosureDecision {
  if (recipient === 'client') {
    return { outcome: 'free', basis: 'client', explanation: 'To the client: no consent needed.' };
  }
  if (recipient === 'own_organisation') {
    return { outcome: 'free', basis: 'own_casework', explanation: 'For our own casework.' };
  }
  if (recipient === 'immigration_enforcement') {
    return {
      outcome: 'needs_approval',
      reason: 'immigration_enforcement',
      explanation: IMMIGRATION_ENFORCEMENT_EXPLANATION,
    };
  }
  const consent = consentCovering(consents, recipient, now, today);
  if (consent) {
    return {
      outcome: 'consented',
      basis: 'consent',
      consentId: consent.id,
      explanation: `The client agreed to share information with ${SHARING_CATEGORY_LABELS[recipient]}.`,
    };
  }
  return {
    outcome: 'needs_approval',
    reason: 'no_consent',
    explanation: `The client has not agreed to share information with ${SHARING_CATEGORY_LABELS[recipient]}. Record their consent first, or state a legal basis and ask a supervisor to approve: it is logged as sent only once approved.`,
  };
}

/** "Police and prosecutors, Health services" for a list of recipient categories. */
export function recipientCategoriesText(categories: readonly RecipientCategory[]): string {
  return categories.map((c) => RECIPIENT_CATEGORY_LABELS[c]).join(', ');
}

/** "The client agreed to share with the police and prosecutors and health services." */
export function consentSentence(categories: readonly string[]): string {
  const labels = SHARING_CATEGORIES.filter((c) => categories.includes(c)).map(
    (c) => SHARING_CATEGORY_LABELS[c],
  );
  if (labels.length === 0) return 'The client has not agreed to share anything.';
  const list =
    labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
  return `The client agreed to share information with ${list}.`;
}
