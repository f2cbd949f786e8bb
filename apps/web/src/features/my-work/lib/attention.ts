export interface AttentionCounts {
  overdue: number;
  repliesOverdue: number;
  followUps: number;
}

/**
 * What needs attention now, for the navigation badge: the total, and the same in words
 * ("3 overdue, 2 replies overdue, 1 to confirm"), leaving out what is zero.
 */
export function attentionSummary(counts: AttentionCounts | undefined): { total: number; words: string } {
  if (!counts) return { total: 0, words: '' };
  const parts = [
    counts.overdue > 0 ? `${counts.overdue} overdue` : null,
    counts.repliesOverdue > 0
      ? `${counts.repliesOverdue} ${counts.repliesOverdue === 1 ? 'reply' : 'replies'} overdue`
      : null,
    counts.followUps > 0 ? `${counts.followUps} to confirm` : null,
  ].filter((part): part is string => part !== null);
  return { total: counts.overdue + counts.repliesOverdue + counts.followUps, words: parts.join(', ') };
}
