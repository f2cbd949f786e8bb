import type { DigestCounts } from './types.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function list(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The week in one sentence, the same counts as the e-mail: "3 deadlines due, 1 deadline overdue, 2 replies
 * due, 4 appointments and 1 review due." With nothing at all: "Nothing is due."
 */
export function digestSummary(counts: DigestCounts): string {
  const parts = [
    counts.deadlinesDue > 0 ? count(counts.deadlinesDue, 'deadline due', 'deadlines due') : '',
    counts.overdue > 0 ? count(counts.overdue, 'deadline overdue', 'deadlines overdue') : '',
    counts.repliesDue > 0 ? count(counts.repliesDue, 'reply due', 'replies due') : '',
    counts.appointments > 0 ? count(counts.appointments, 'appointment', 'appointments') : '',
    counts.reviewsDue > 0 ? count(counts.reviewsDue, 'review due', 'reviews due') : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'Nothing is due.' : `${list(parts)}.`;
}

/** "14 open cases are flagged as stalled." for supervisors. */
export function stalledText(stalled: number): string {
  if (stalled === 0) return 'No open case is flagged as stalled.';
  return stalled === 1
    ? '1 open case is flagged as stalled.'
    : `${stalled} open cases are flagged as stalled.`;
}
