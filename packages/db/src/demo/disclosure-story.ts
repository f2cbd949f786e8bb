import type { Channel, InformationCategory, LegalBasis } from '@umbrella/domain';
import type { StarterAgencyName } from '../directory/starter-directory.ts';
import type { StaffKey } from './story.ts';

/**
 * Something a caseworker asked to send without the client's consent, or to immigration enforcement: held until a
 * supervisor decides. `day` counts from the day the demo is loaded (negative: before it), like the supervision
 * reviews, so the supervisor dashboard always shows the request waiting and the recent approval.
 */
export interface DemoSharingRequest {
  client: string;
  day: number;
  by: StaffKey;
  agency: StarterAgencyName;
  /** The index of the client's matter it belongs to; the case as a whole when left out. */
  matter?: number;
  channel: Channel;
  subject: string;
  body: string;
  expectsReply?: boolean;
  shares: readonly InformationCategory[];
  legalBasis: LegalBasis;
  basisDetails: string;
  /** Left out while it awaits a decision. An approved one is logged as sent that day, recorded by the requester. */
  decision?: { day: number; by: StaffKey; outcome: 'approve' | 'refuse'; reason: string };
}

const REPORTING_CENTRE = 'Home Office reporting centre – Becket House (London)';

/**
 * Three requests: one approved (Blessing's letter to her reporting centre, now on her record as sent), one
 * refused (a tip-off to the police Olena had not agreed to), and one awaiting the supervisor (Joy's reporting
 * day). Each shares as little as it can.
 */
export const DEMO_SHARING_REQUESTS: readonly DemoSharingRequest[] = [
  {
    client: 'Blessing',
    day: -60,
    by: 'tomasz',
    agency: REPORTING_CENTRE,
    matter: 1,
    channel: 'letter',
    subject: 'Ms Osagie will report with a support worker',
    body:
      'Name: Blessing Osagie\nHome Office reference: B2046619\n\nMs Osagie has asked us to write to you. From ' +
      'her next reporting event, a volunteer from our service will come with her. Please allow the volunteer ' +
      'to stay with her while she reports, and to wait with her if she is asked to stay.',
    shares: ['identity'],
    legalBasis: 'safeguarding',
    basisDetails:
      'Blessing asked us to write. She is a survivor of trafficking and becomes very distressed reporting alone; ' +
      'a volunteer with her keeps her safe. The letter gives only her name, Home Office reference and the ' +
      'request: nothing about her NRM referral, her claim or her health.',
    decision: {
      day: -59,
      by: 'priya',
      outcome: 'approve',
      reason:
        'Blessing asked for this letter and agreed its wording. It tells the reporting centre nothing it does ' +
        'not already hold beyond the request itself. Approved as written.',
    },
  },
  {
    client: 'Olena',
    day: -9,
    by: 'joanna',
    agency: 'Metropolitan Police Service',
    matter: 0,
    channel: 'email',
    subject: 'Two women who may be at risk from a landlord',
    body:
      'Two women rent rooms from a man who, we have been told, threatens his tenants. We are worried for their ' +
      'safety and ask that the police check on them. We can give the address to the officer who deals with this.',
    shares: ['case_details'],
    legalBasis: 'crime_prevention',
    basisDetails:
      'Olena says two other women now rent rooms from her former landlord and that he threatens them as he ' +
      'threatened her. She has not agreed to go to the police; we would give the address and what she told us ' +
      'about them, not her name.',
    decision: {
      day: -8,
      by: 'priya',
      outcome: 'refuse',
      reason:
        'Olena has not agreed, and the police could work out from the address that she told us. What we know ' +
        'does not show a risk serious enough to go against her wishes. Talk it through with her first: if she ' +
        'agrees, record her consent and send it; if anything shows a risk to life, come back to me.',
    },
  },
  {
    client: 'Joy',
    day: -1,
    by: 'joanna',
    agency: REPORTING_CENTRE,
    matter: 0,
    channel: 'letter',
    subject: 'Request to move Ms Nakato’s reporting day',
    body:
      'Name: Joy Nakato\nHome Office reference: J1183562\n\nMs Nakato reports to you every month, and a volunteer ' +
      'from our service goes with her. From next month the volunteer can come only on Thursday mornings. ' +
      'Please could Ms Nakato’s reporting be moved to a Thursday morning, and the new date confirmed to her in ' +
      'writing.',
    expectsReply: true,
    shares: ['identity'],
    legalBasis: 'safeguarding',
    basisDetails:
      'Joy asked us to write. She is at risk of detention when she reports and has further submissions ' +
      'outstanding; the volunteer who goes with her can call her solicitor at once if she is detained. The ' +
      'letter gives only her name, Home Office reference and the request to change the day.',
  },
];

/** A chronology printed for the file, `on` days before the anchor (a hearing bundle, a review request). */
export interface DemoPrint {
  client: string;
  on: number;
  by: StaffKey;
}

export const DEMO_PRINTS: readonly DemoPrint[] = [
  { client: 'Hana', on: 71, by: 'joanna' },
  { client: 'Irina', on: 19, by: 'tomasz' },
  { client: 'Thanh', on: 12, by: 'tomasz' },
];
