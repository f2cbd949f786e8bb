import {
  communicationHeading,
  CONSENT_METHOD_LABELS,
  INFORMATION_CATEGORIES,
  INFORMATION_CATEGORY_LABELS,
  LEGAL_BASIS_LABELS,
  londonDateOf,
  londonTimeOf,
  plural,
  type Channel,
  type ConsentMethod,
  type DisclosureBasis,
  type DisclosureStatus,
  type InformationCategory,
  type LegalBasis,
  type RecipientCategory,
  RECIPIENT_CATEGORY_LABELS,
} from '@umbrella/domain';
import type { BadgeTone } from '../../../components/badge.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';

/** An instant as the organisation reads it: `23 Nov 2026, 14:05` (London). */
export function instantText(instant: string): string {
  return `${formatCalendarDate(londonDateOf(instant))}, ${londonTimeOf(instant)}`;
}

/** The day of an instant in London: `23 Nov 2026`. */
export function instantDay(instant: string): string {
  return formatCalendarDate(londonDateOf(instant));
}

/** What a disclosure contained, in the list's order: "Identity (names, date of birth); Health". */
export function informationText(categories: readonly InformationCategory[]): string {
  if (categories.length === 0) return 'Nothing about the client';
  return INFORMATION_CATEGORIES.filter((c) => categories.includes(c))
    .map((c) => INFORMATION_CATEGORY_LABELS[c])
    .join('; ');
}

interface BasisFacts {
  basis: DisclosureBasis;
  consent: { givenOn: string; method: ConsentMethod } | null;
  legalBasis: LegalBasis | null;
}

/** Why it could leave: "The client’s consent, given verbally on 3 Nov 2026", or the legal basis stated. */
export function basisText(d: BasisFacts): string {
  switch (d.basis) {
    case 'consent':
      return d.consent
        ? `The client’s consent, given ${CONSENT_METHOD_LABELS[d.consent.method].toLowerCase()} on ${formatCalendarDate(d.consent.givenOn)}`
        : 'The client’s consent';
    case 'legal_basis':
      return d.legalBasis ? LEGAL_BASIS_LABELS[d.legalBasis] : 'A legal basis';
    case 'client':
      return 'To the client: no consent needed';
    case 'own_casework':
      return 'Our own casework';
  }
}

/** The badge beside a disclosure that is not simply made; an approved one says so. */
export function statusBadge(d: {
  status: DisclosureStatus;
  decidedBy: unknown;
}): { label: string; tone: BadgeTone } | null {
  switch (d.status) {
    case 'awaiting_approval':
      return { label: 'Awaiting approval', tone: 'warning' };
    case 'refused':
      return { label: 'Refused', tone: 'danger' };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'neutral' };
    case 'made':
      return d.decidedBy ? { label: 'Approved', tone: 'success' } : null;
  }
}

interface DecisionFacts {
  status: DisclosureStatus;
  decidedBy: { displayName: string } | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

/** "Approved by Sam Okafor on 23 Nov 2026: the police asked under …", or where a request stands. */
export function decisionText(d: DecisionFacts): string | null {
  if (d.status === 'awaiting_approval') {
    return 'Waiting for a supervisor’s approval: nothing has been sent.';
  }
  if (d.status === 'cancelled') return 'Cancelled by whoever asked: nothing was sent.';
  if (!d.decidedBy) return null;
  const verb = d.status === 'refused' ? 'Refused' : 'Approved';
  const on = d.decidedAt ? ` on ${instantDay(d.decidedAt)}` : '';
  const reason = d.decisionReason ? `: ${d.decisionReason}` : '';
  const after = d.status === 'refused' ? ' Nothing was sent.' : '';
  return `${verb} by ${d.decidedBy.displayName}${on}${reason}${reason.endsWith('.') ? '' : '.'}${after}`;
}

/** Who made it (or asked for it) and when: "Sam Okafor, 23 Nov 2026, 14:05". */
export function whoWhenText(d: {
  status: DisclosureStatus;
  requestedBy: { displayName: string };
  requestedAt: string;
  madeAt: string | null;
}): string {
  const at = d.status === 'made' ? (d.madeAt ?? d.requestedAt) : d.requestedAt;
  return `${d.requestedBy.displayName}, ${instantText(at)}`;
}

/**
 * Who it went to: "to Duty officer, Immigration Enforcement", "to the client"; nothing for a print or
 * download kept for our own casework.
 */
export function recipientText(d: { recipientCategory: RecipientCategory; recipientLabel: string }): string {
  if (d.recipientCategory === 'own_organisation') return '';
  const category = RECIPIENT_CATEGORY_LABELS[d.recipientCategory];
  if (!d.recipientLabel || d.recipientLabel === category) return `to ${category}`;
  if (d.recipientCategory === 'client') return `to ${d.recipientLabel}, the client`;
  // "Home Office Immigration Enforcement" says its kind already.
  if (d.recipientLabel.toLocaleLowerCase('en-GB').includes(category.toLocaleLowerCase('en-GB'))) {
    return `to ${d.recipientLabel}`;
  }
  return `to ${d.recipientLabel}, ${category}`;
}

/**
 * What a disclosure was, as its heading: "Letter sent" once made; a request not (or not yet) made must not
 * read as sent: "Letter to be sent", "Letter not sent".
 */
export function disclosureHeading(d: { status: DisclosureStatus; description: string }): string {
  const done = / (sent|made)$/.exec(d.description);
  if (d.status === 'made' || !done) return d.description;
  const what = d.description.slice(0, done.index);
  return d.status === 'awaiting_approval' ? `${what} to be ${done[1]}` : `${what} not ${done[1]}`;
}

/** A letter awaiting approval, as the supervisor reads it: "Letter to be sent", and its files. */
export function pendingHeading(channel: Channel): string {
  if (channel === 'meeting') return 'Meeting to be held';
  if (channel === 'phone_call') return 'Phone call to be made';
  return `${communicationHeading(channel, 'outgoing').replace(/ sent$/, '')} to be sent`;
}

export function attachmentsText(count: number): string {
  return count === 0 ? 'No files attached.' : `${plural(count, 'file')} attached.`;
}

/** The count above a page of a list read by offset: "Disclosures 11 to 20 of 24." */
export function pageRangeText(
  offset: number,
  shown: number,
  total: number,
  words: { none: string; one: string; many: string; items: string },
): string {
  if (total === 0) return words.none;
  if (offset === 0 && shown >= total) return `${total} ${total === 1 ? words.one : words.many}.`;
  if (shown === 0) return `No more ${words.items}: ${total} in all.`;
  return `${words.items.charAt(0).toUpperCase()}${words.items.slice(1)} ${offset + 1} to ${offset + shown} of ${total}.`;
}
