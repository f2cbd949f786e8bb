import {
  ANONYMISATION_REQUEST_STATUS_LABELS,
  formatDate,
  MATTER_KIND_LABELS,
  type AnonymisationRequestStatus,
  type MatterKind,
} from '@umbrella/domain';
import { formatCalendarDate } from '../../../lib/dates.ts';

/** A client on the retention pages: their name for supervisors, their record's id for anyone else. */
export function clientLabel(client: { displayName: string | null; personId: string }): string {
  return client.displayName ?? `Client ${client.personId}`;
}

/** "Asylum claim, NRM referral", or that there are none. */
export function kindsText(kinds: readonly MatterKind[]): string {
  return kinds.length === 0 ? 'No matters' : kinds.map((kind) => MATTER_KIND_LABELS[kind]).join(', ');
}

/** "Due today" or "Due since 23 Nov 2026". */
export function dueText(dueOn: string, today: string): string {
  return dueOn === today ? 'Due today' : `Due since ${formatCalendarDate(dueOn)}`;
}

/** When and by whom a request was made. */
export function askedText(request: { requestedBy: { displayName: string }; requestedAt: string }): string {
  return `Asked by ${request.requestedBy.displayName} on ${formatDate(request.requestedAt)}`;
}

/** What became of a request, and who decided: "Refused by Sue Super on 23 Nov 2026". */
export function decisionText(request: {
  status: AnonymisationRequestStatus;
  decidedBy: { displayName: string } | null;
  decidedAt: string | null;
}): string {
  if (request.status === 'awaiting_approval') return ANONYMISATION_REQUEST_STATUS_LABELS.awaiting_approval;
  const verb = { approved: 'Approved', refused: 'Refused', cancelled: 'Withdrawn' }[request.status];
  const who = request.decidedBy ? ` by ${request.decidedBy.displayName}` : '';
  const when = request.decidedAt ? ` on ${formatDate(request.decidedAt)}` : '';
  const after = request.status === 'approved' ? ': the record was anonymised' : '';
  return `${verb}${who}${when}${after}`;
}

/** The sentence an anonymised client's profile opens with. */
export function anonymisedSentence(anonymisedAt: string): string {
  return `This client’s record was anonymised on ${formatDate(anonymisedAt)}.`;
}

/** Where a client stands under the policy, for their profile. */
export function retentionSentence(
  client: {
    caseStatus: 'open' | 'closed';
    dueOn: string | null;
  },
  today: string,
): string {
  if (client.caseStatus === 'open' || client.dueOn === null) {
    return 'The case file is open: the retention policy applies from the day it is closed.';
  }
  if (client.dueOn <= today) {
    return `Under the retention policy the record has been due for anonymisation since ${formatCalendarDate(client.dueOn)}.`;
  }
  return `Under the retention policy the record will be due for anonymisation on ${formatCalendarDate(client.dueOn)}.`;
}

/** Words under a reason box: the reason is read by the second person, so it must not identify the client. */
export const REASON_HINT =
  'Say why without naming or describing the client (for example “Retention period over” or “The client asked for erasure by letter”).';
