export interface AttentionCounts {
  overdue: number;
  repliesOverdue: number;
  followUps: number;
  /** Follow-ups proposed in accompaniment reports, waiting for the caseworker. */
  reportFollowUps: number;
}

/**
 * What needs attention now, for the navigation badge: the total, and the same in words
 * ("3 overdue, 2 replies overdue, 1 to confirm, 1 follow-up from an accompaniment"), leaving out what is zero.
 */
export function attentionSummary(counts: AttentionCounts | undefined): { total: number; words: string } {
  if (!counts) return { total: 0, words: '' };
  const parts = [
    counts.overdue > 0 ? `${counts.overdue} overdue` : null,
    counts.repliesOverdue > 0
      ? `${counts.repliesOverdue} ${counts.repliesOverdue === 1 ? 'reply' : 'replies'} overdue`
      : null,
    counts.followUps > 0 ? `${counts.followUps} to confirm` : null,
    counts.reportFollowUps > 0
      ? `${counts.reportFollowUps} ${counts.reportFollowUps === 1 ? 'follow-up' : 'follow-ups'} from accompaniments`
      : null,
  ].filter((part): part is string => part !== null);
  return {
    total: counts.overdue + counts.repliesOverdue + counts.followUps + counts.reportFollowUps,
    words: parts.join(', '),
  };
}
