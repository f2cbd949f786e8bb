import type { RouterOutputs } from '../../../lib/api-types.ts';

export type Digest = RouterOutputs['digest']['get'];
export type DigestCounts = Digest['counts'];
export type DigestAppointment = Digest['appointments'][number];
export type DigestReviewDue = Digest['reviewsDue'][number];
