import { digestInput } from '@umbrella/domain';
import { getDigest } from '../services/digest/digest.ts';
import { roleProcedure, router } from '../trpc.ts';

/** The weekly digest of the caller's own due items. */
export const digestRouter = router({
  get: roleProcedure('caseworker', 'supervisor')
    .input(digestInput)
    .query(({ ctx, input }) => getDigest(ctx, input)),
});
