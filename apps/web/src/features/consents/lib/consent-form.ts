import {
  calendarDateSchema,
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  CONSENT_SCOPE_MAX,
  SHARING_CATEGORIES,
  SHARING_CATEGORY_LABELS,
  type SharingCategory,
} from '@umbrella/domain';
import { z } from 'zod';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import type { ConsentView, RecordConsentInput } from './types.ts';

/** The consent form: who the client agreed may be told, how and when they agreed, and any limits. */
export function consentFormSchema(today: string) {
  return z.object({
    categories: z
      .array(z.enum(SHARING_CATEGORIES))
      .min(1, 'Choose at least one kind of agency the client agreed to share with'),
    method: z.enum(CONSENT_METHODS, { error: 'Choose verbally or in writing' }),
    givenOn: calendarDateSchema
      .refine((date) => date <= today, { message: 'The date it was given cannot be in the future' })
      .refine((date) => date >= '1900-01-01', { message: 'Enter the date it was given' }),
    scope: z.string().max(CONSENT_SCOPE_MAX, `Keep the limits to ${CONSENT_SCOPE_MAX} characters or fewer`),
  });
}

export type ConsentFormValues = z.input<ReturnType<typeof consentFormSchema>>;

export function blankConsent(today: string = todayInLondon()): ConsentFormValues {
  return { categories: [], method: 'verbal', givenOn: today, scope: '' };
}

/** The form as the server takes it: the signed form only with written consent, empty limits as null. */
export function toRecordConsentInput(
  values: ConsentFormValues,
  personId: string,
  documentId: string | null,
): RecordConsentInput {
  return {
    personId,
    // In the list's order, whatever order they were ticked in.
    categories: SHARING_CATEGORIES.filter((c) => values.categories.includes(c)),
    method: values.method,
    givenOn: values.givenOn,
    documentId: values.method === 'written' ? documentId : null,
    scope: values.scope.trim() || null,
  };
}

/** The form's fields the server may name in its errors, shown beside them. */
export const CONSENT_FIELDS = ['categories', 'method', 'givenOn', 'scope'] as const;

/** "The police and prosecutors": a sharing category as a checkbox's label. */
export function sharingCategoryLabel(category: SharingCategory): string {
  const label = SHARING_CATEGORY_LABELS[category];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "Given verbally on 3 Nov 2026" or "Given in writing on 3 Nov 2026". */
export function consentGivenText(consent: Pick<ConsentView, 'method' | 'givenOn'>): string {
  return `Given ${CONSENT_METHOD_LABELS[consent.method].toLowerCase()} on ${formatCalendarDate(consent.givenOn)}`;
}

/** "Withdrawn on 23 Nov 2026 by Sam Okafor." */
export function withdrawnText(consent: Pick<ConsentView, 'withdrawnAt' | 'withdrawnBy'>): string {
  if (!consent.withdrawnAt) return '';
  const by = consent.withdrawnBy ? ` by ${consent.withdrawnBy.displayName}` : '';
  return `Withdrawn on ${formatCalendarDate(todayInLondon(new Date(consent.withdrawnAt)))}${by}.`;
}

/** What the profile says when the consents cover nothing. */
export const NO_CONSENT_TEXT =
  'The client has not agreed to share information with any agency. Without their consent, sending anything to an agency needs a legal basis and a supervisor’s approval.';

/** The notice after recording: what is now covered. */
export function consentRecordedText(consent: Pick<ConsentView, 'sentence'>): string {
  return `Consent recorded. ${consent.sentence}`;
}

export const CONSENT_CONFLICT_MESSAGE =
  'Someone else changed this consent while you were working on it. It now shows their change: check it, then try again.';
