import type { StaffKey } from './story.ts';

/** An action agreed at a review: a deadline `dueIn` days after the review, met `metAfter` days after it was due. */
export interface DemoReviewAction {
  title: string;
  dueIn: number;
  /** Days after the due day it was marked met (negative: early); left out while it is still open. */
  metAfter?: number;
}

/**
 * A supervision review. `day` counts from the day the demo is loaded (negative: before it), like the
 * appointments, so the dashboard always shows reviews, actions and twelve weeks of overdue items.
 */
export interface DemoReview {
  client: string;
  day: number;
  by: StaffKey;
  notes: string;
  /** Days after the review the next one is planned; null: none planned (the interval applies). Default 90. */
  nextIn?: number | null;
  actions?: readonly DemoReviewAction[];
}

/**
 * Every open case is reviewed except Mercy (never reviewed: a review is due); Joy's last review is four months
 * old and Thanh's planned review has passed, so three cases show "Supervision review due".
 */
export const DEMO_REVIEWS: readonly DemoReview[] = [
  {
    client: 'Grace',
    day: -84,
    by: 'priya',
    notes:
      'Police investigation moving slowly. Grace wants to know whether she will have to give evidence in person; Joanna to find out about special measures.',
    actions: [{ title: 'Ask the officer in charge about special measures', dueIn: 7, metAfter: 17 }],
  },
  {
    client: 'Fatima',
    day: -80,
    by: 'priya',
    notes:
      'Onward appeal lodged by the solicitor. Nothing for us to do until the Upper Tribunal decides; keep in touch monthly.',
  },
  {
    client: 'Blessing',
    day: -70,
    by: 'priya',
    notes:
      'Asylum refusal expected. Blessing is anxious about reporting at Becket House; a volunteer will go with her each time. Risk reviewed: no change.',
    actions: [
      { title: 'Book a meeting with the legal representative about an appeal', dueIn: 14, metAfter: -1 },
      {
        title: 'Chase the Home Office for the enclosures missing from the decision letter',
        dueIn: 7,
        metAfter: 8,
      },
    ],
  },
  {
    client: 'Irina',
    day: -63,
    by: 'priya',
    notes:
      'Charge secured. Irina needs to know what the trial will ask of her; the reconsideration request is with the first responder.',
    actions: [
      { title: 'Ask the witness care unit for the trial date', dueIn: 7, metAfter: 16 },
      {
        title: 'Send the evidence list for the reconsideration request to the first responder',
        dueIn: 14,
        metAfter: 0,
      },
    ],
  },
  {
    client: 'Ana',
    day: -60,
    by: 'priya',
    notes: 'Trial listed. Joanna has prepared Ana for court with the witness service; no new actions.',
  },
  {
    client: 'Thanh',
    day: -60,
    by: 'sam',
    notes:
      'Appeal hearing listed. Agreed to review again once the hearing bundle is in; that review has not happened yet.',
    nextIn: 55,
  },
  {
    client: 'Precious',
    day: -56,
    by: 'priya',
    notes:
      'Leave granted: the move-on period is short. Housing and GP registration are the priorities before the asylum support ends.',
    actions: [
      { title: 'Apply for move-on accommodation support', dueIn: 7, metAfter: 19 },
      { title: 'Confirm Precious is registered with a GP', dueIn: 14 },
    ],
  },
  {
    client: 'Gabriela',
    day: -50,
    by: 'priya',
    notes:
      'Crime recorded in May and no contact from the police since. Joanna to decide whether a Victims’ Code complaint is worth it.',
  },
  {
    client: 'Hana',
    day: -49,
    by: 'priya',
    notes:
      'Victims’ Right to Review requested. Hana would like the decision explained in person if it goes against her.',
    actions: [
      { title: 'Request the outcome letter of the Victims’ Right to Review', dueIn: 14, metAfter: 15 },
    ],
  },
  {
    client: 'Daniela',
    day: -45,
    by: 'priya',
    notes:
      'Suspect interviewed. Waiting for the charging decision; Daniela has asked not to be called at work.',
  },
  {
    client: 'Sofia',
    day: -42,
    by: 'priya',
    notes:
      'Initial child protection conference booked. Sofia wants an advocate with her and the report in advance.',
    actions: [{ title: 'Go through the conference report with Sofia', dueIn: 14, metAfter: -1 }],
  },
  {
    client: 'Alex',
    day: -40,
    by: 'priya',
    notes:
      'Investigation ongoing. Alex prefers text messages; the last letter from the police is still unanswered.',
  },
  {
    client: 'Kemi',
    day: -35,
    by: 'priya',
    notes:
      'Section 47 enquiry opened. Kemi is worried about the children being removed; explained the process together.',
    actions: [{ title: 'Ask the social worker for the strategy discussion minutes', dueIn: 7, metAfter: 14 }],
  },
  {
    client: 'Yasmin',
    day: -35,
    by: 'priya',
    notes:
      'Asylum interview done. Waiting for the NRM referral decision; Yasmin to see the solicitor about the interview record.',
  },
  {
    client: 'Lin',
    day: -30,
    by: 'priya',
    notes:
      'No further action from the police. Lin wants the decision reviewed; the request must go in within three months.',
  },
  {
    client: 'Esther',
    day: -28,
    by: 'priya',
    notes:
      'Negative Conclusive Grounds decision. Agreed to ask for the reasons before deciding on a reconsideration request.',
    actions: [
      {
        title: 'Ask the Single Competent Authority for the reasons for the Conclusive Grounds decision',
        dueIn: 7,
        metAfter: 11,
      },
    ],
  },
  {
    client: 'Mai',
    day: -25,
    by: 'priya',
    notes: 'Negative Reasonable Grounds decision; reconsideration being prepared with the first responder.',
  },
  {
    client: 'Nadia',
    day: -21,
    by: 'priya',
    notes:
      'Three matters running. The social worker wants feedback on the assessment before it is finalised.',
    actions: [{ title: 'Send Nadia’s comments on the assessment to the social worker', dueIn: 7 }],
  },
  {
    client: 'Olena',
    day: -20,
    by: 'priya',
    notes:
      'Olena is still deciding whether to report. No pressure; information given about what reporting involves.',
  },
  {
    client: 'Dina',
    day: -15,
    by: 'priya',
    notes:
      'Recovery period running, asylum decision awaited. Tomasz is on leave from next week: the case needs a key worker.',
  },
  {
    client: 'Chloe',
    day: -14,
    by: 'priya',
    notes: 'Crime recorded; no update for six weeks.',
    actions: [
      { title: 'Ask the officer in charge for an update on the investigation', dueIn: 7, metAfter: 1 },
    ],
  },
  {
    client: 'Ama',
    day: -10,
    by: 'priya',
    notes:
      'New case: NRM referral made and asylum screening done. Agreed to chase the Reasonable Grounds decision if late.',
    actions: [{ title: 'Chase the Reasonable Grounds decision', dueIn: 14 }],
  },
  {
    client: 'Mei',
    day: -7,
    by: 'priya',
    notes: 'Referral to children’s services made by the school. Mei wants to be present at every meeting.',
    actions: [{ title: 'Check children’s services received the referral', dueIn: 4, metAfter: 1 }],
  },
  {
    client: 'Joy',
    day: -120,
    by: 'priya',
    notes: 'Fresh claim being prepared by the solicitor. Review again once it is lodged.',
    nextIn: null,
  },
];

/** An open case left without a key worker, as it would be while its key worker is away. */
export const DEMO_UNALLOCATED = {
  client: 'Dina',
  day: -3,
  by: 'priya' as StaffKey,
  reason: 'Tomasz is on leave until January; Dina needs a key worker meanwhile.',
};
