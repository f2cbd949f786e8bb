import type { recordReviewInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { ReviewView } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function recordReview(
  _ctx: StaffContext,
  _input: z.infer<typeof recordReviewInput>,
): Promise<ReviewView> {
  throw new Error('not written yet');
}
