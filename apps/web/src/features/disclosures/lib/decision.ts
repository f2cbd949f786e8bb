import { DISCLOSURE_REASON_MAX } from '@umbrella/domain';

export const DISCLOSURE_CONFLICT_MESSAGE =
  'Someone else changed this request while you were reading it. It now shows where it stands.';

/** What is wrong with a decision's reason, if anything: it is required. */
export function reasonError(reason: string): string | undefined {
  if (!reason.trim()) return 'Write the reason for your decision: it is recorded with it.';
  if (reason.length > DISCLOSURE_REASON_MAX) {
    return `Keep the reason to ${DISCLOSURE_REASON_MAX} characters or fewer`;
  }
  return undefined;
}

/** After a supervisor's decision. */
export function decidedText(decision: 'approve' | 'refuse'): string {
  return decision === 'approve'
    ? 'Approved: it is now logged as sent, dated today.'
    : 'Refused: nothing was sent. The request stays on the record as refused.';
}
