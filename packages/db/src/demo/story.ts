import type { RiskFlag } from '@umbrella/domain';
import type { StarterAgencyName } from '../directory/starter-directory.ts';
import type {
  asylumClaimDetails,
  nrmReferralDetails,
  policeReportDetails,
  socialServicesDetails,
} from '../schema/matters.ts';
import type { Unsealed } from '../crypto/ciphertext.ts';
import type { SafeContactRules } from '../schema/people.ts';
import type { DemoCommunication } from './communication-story.ts';
import type { DemoConsent } from './consent-story.ts';
import type { DemoContactKey } from './contacts.ts';

/**
 * The demo's "today". Every date in the demo is counted back from it, so the data set is the same on every load;
 * timeline events lie in the two years before it.
 */
export const DEMO_ANCHOR_DATE = '2026-11-23';

/** The demo staff who hold and record the cases (see DEMO_USERS). */
export const DEMO_STAFF = {
  sam: 'admin@demo.test',
  priya: 'supervisor@demo.test',
  joanna: 'caseworker@demo.test',
  tomasz: 'caseworker2@demo.test',
} as const;
export type StaffKey = keyof typeof DEMO_STAFF;

export const DEMO_TEAMS = {
  north: { name: 'North London team', members: ['joanna', 'priya'] },
  trafficking: { name: 'Trafficking support team', members: ['tomasz', 'priya'] },
} as const satisfies Record<string, { name: string; members: readonly StaffKey[] }>;
export type TeamKey = keyof typeof DEMO_TEAMS;

const DAY_MS = 86_400_000;

/**
 * The date `days` days before the anchor (negative: after it), moved back to the Friday when it falls on a
 * weekend, since agencies rarely decide anything on a Sunday.
 */
export function ago(days: number): string {
  const date = new Date(Date.parse(`${DEMO_ANCHOR_DATE}T00:00:00Z`) - days * DAY_MS);
  const weekday = date.getUTCDay();
  const back = weekday === 6 ? 1 : weekday === 0 ? 2 : 0;
  return new Date(date.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

/** A date after the anchor (a hearing or conference already booked). */
export function ahead(days: number): string {
  return ago(-days);
}

/** How the client may be contacted: the ways listed are safe, every other way is not. */
export function contactBy(
  ways: readonly ('call' | 'text' | 'voicemail' | 'post')[],
  extra: { codeWord?: string; safeTimes?: string; notes?: string } = {},
): SafeContactRules {
  return {
    call: ways.includes('call'),
    text: ways.includes('text'),
    voicemail: ways.includes('voicemail'),
    post: ways.includes('post'),
    codeWord: extra.codeWord ?? null,
    safeTimes: extra.safeTimes ?? null,
    notes: extra.notes ?? null,
  };
}

/** A stage the matter reached, `on` days before the anchor. The first step is the stage it was opened at. */
export interface DemoStep {
  stage: string;
  on: number;
  /** Who recorded it; the case's lead caseworker when left out. */
  by?: StaffKey;
  note?: string;
}

export interface DemoNote {
  on: number;
  by?: StaffKey;
  text: string;
  /** Marked sensitive: its text is encrypted, and shown with a "Sensitive" badge. */
  sensitive?: true;
}

/** A matter's details as a story writes them: references in clear (the loader seals them and indexes them). */
type Details<Table extends { $inferInsert: object }, Omitted extends string = never> = Unsealed<
  Omit<Table['$inferInsert'], 'matterId' | Omitted>
>;

interface DemoMatterBase {
  /** The counterpart agency, by its name in the starter directory. */
  agency: StarterAgencyName;
  /** A person at that agency (officer in charge, social worker). */
  contact?: DemoContactKey;
  steps: readonly DemoStep[];
  notes?: readonly DemoNote[];
}

/**
 * A matter of the demo. Details implied by the steps (decision dates, referral date, ...) are filled in from them;
 * the ones given here override them. A police report's force is its agency.
 */
export type DemoMatter =
  | (DemoMatterBase & {
      kind: 'police_report';
      details: Details<typeof policeReportDetails, 'forceAgencyId'>;
    })
  | (DemoMatterBase & { kind: 'nrm_referral'; details: Details<typeof nrmReferralDetails> })
  | (DemoMatterBase & { kind: 'asylum_claim'; details: Details<typeof asylumClaimDetails> })
  | (DemoMatterBase & { kind: 'social_services'; details: Details<typeof socialServicesDetails> });

export interface DemoAlias {
  name: string;
  kind: 'legal' | 'alias' | 'previous';
  knownTo: readonly StarterAgencyName[];
  notes?: string;
}

/** One fictional client, with their case file. */
export interface DemoClient {
  displayName: string;
  dateOfBirth?: string;
  /** Exact unless said otherwise; unknown when there is no date of birth. */
  dateOfBirthPrecision?: 'exact' | 'approximate';
  nationality?: string;
  languages: readonly string[];
  /** The language an interpreter is needed in, if any. */
  interpreter?: string;
  pronouns?: string;
  contact: SafeContactRules;
  flags?: readonly RiskFlag[];
  keyWorker: StaffKey;
  team: TeamKey;
  restricted?: boolean;
  notes?: string;
  aliases?: readonly DemoAlias[];
  caseFile: {
    opened: number;
    openedNote?: string;
    closed?: number;
    closedNote?: string;
    /** The key worker when left out. */
    lead?: StaffKey;
    notes?: readonly DemoNote[];
  };
  matters: readonly DemoMatter[];
  /** Letters, e-mails, calls and meetings on the case, oldest first. */
  communications?: readonly DemoCommunication[];
  /** What the client agreed may be shared, oldest first. */
  consents?: readonly DemoConsent[];
}
