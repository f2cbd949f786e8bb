import { addDays, at, type CaseArgs, type LargeContext, type LargeRows } from './large-rows.ts';
import type { SeededRandom } from './random.ts';

const REVIEW_NOTES = [
  'Case reviewed with the caseworker; next steps agreed.',
  'Reviewed: waiting on the agency; caseworker to chase.',
  'Reviewed: client well supported, no concerns.',
] as const;

/** Supervision: most cases reviewed about every three months, an open one lately (the rest fall due). */
export function addReviews(
  rows: LargeRows,
  random: SeededRandom,
  ctx: LargeContext,
  a: CaseArgs,
  caseId: string,
): void {
  if (ctx.supervisors.length === 0) return;
  const last = a.closed ?? (random.chance(0.85) ? addDays(ctx.anchor, -random.int(1, 80)) : null);
  if (!last || last < a.opened) return;
  for (let on = last, n = 0; on >= a.opened && n < 6; on = addDays(on, -random.int(80, 100)), n++) {
    rows.reviews.push({
      caseId,
      personId: a.personId,
      reviewerId: random.pick(ctx.supervisors),
      reviewedOn: on,
      notes: random.pick(REVIEW_NOTES),
      nextReviewOn: addDays(on, 90),
      createdAt: at(on, 15),
      updatedAt: at(on, 15),
    });
  }
}
