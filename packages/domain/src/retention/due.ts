import { addMonths, toDayNumber, toIsoDate } from '../deadlines/iso-date.ts';
import type { MatterKind } from '../matters/kinds.ts';
import { retentionYearsFor, type RetentionPolicy } from './policy.ts';

/**
 * `day` (`YYYY-MM-DD`) `years` later: the same day of the same month; 29 Feb becomes 28 Feb in a year
 * without one (the corresponding-date rule, as the deadline engine and PostgreSQL's `date + interval` count).
 */
export function addYears(day: string, years: number): string {
  return toIsoDate(addMonths(toDayNumber(day), years * 12).due);
}

/** The day a client whose case file closed on `closedOn` becomes due for anonymisation. */
export function retentionDueOn(
  closedOn: string,
  kinds: readonly MatterKind[],
  policy: RetentionPolicy,
): string {
  return addYears(closedOn, retentionYearsFor(kinds, policy));
}

/** What the retention rule needs to know about one client. */
export interface RetentionFacts {
  /** Closed only when every case file of the client is closed. */
  caseStatus: 'open' | 'closed';
  /** The day the (last) case file closed; null while open. */
  closedOn: string | null;
  /** The kinds of the client's matters (repeats allowed). */
  kinds: readonly MatterKind[];
  legalHold: boolean;
  anonymised: boolean;
}

/**
 * Whether a client is due for anonymisation on `today`: their case file is closed, the retention period of
 * their longest-kept matter kind has run (`closedOn + N years <= today`), they are not on legal hold and not
 * already anonymised.
 */
export function isDueForAnonymisation(
  facts: RetentionFacts,
  today: string,
  policy: RetentionPolicy,
): boolean {
  if (facts.anonymised || facts.legalHold) return false;
  if (facts.caseStatus !== 'closed' || facts.closedOn === null) return false;
  return retentionDueOn(facts.closedOn, facts.kinds, policy) <= today;
}

export const LEGAL_HOLD_MESSAGE =
  'This client is on legal hold: nothing about them can be anonymised until a supervisor lifts the hold.';
export const CASE_OPEN_MESSAGE = 'Close the case file first: only a closed case can be anonymised.';
export const ALREADY_ANONYMISED_MESSAGE = "This client's record has already been anonymised.";
export const ALREADY_AWAITING_MESSAGE = 'A request to anonymise this client is already awaiting approval.';

/**
 * Why a client cannot be anonymised now (asking or approving), or null when nothing stands in the way.
 * Not being due yet does not: a client may ask for their record to be erased at any time.
 */
export function anonymisationBlock(facts: Omit<RetentionFacts, 'kinds' | 'closedOn'>): string | null {
  if (facts.anonymised) return ALREADY_ANONYMISED_MESSAGE;
  if (facts.legalHold) return LEGAL_HOLD_MESSAGE;
  if (facts.caseStatus !== 'closed') return CASE_OPEN_MESSAGE;
  return null;
}
