import { formatDay } from '../dates/format.ts';

/** The explanation of a deadline agreed at a supervision review: "Agreed at the supervision review on 23 Nov 2026." */
export function reviewActionExplanation(reviewedOn: string): string {
  return `Agreed at the supervision review on ${formatDay(reviewedOn)}.`;
}
