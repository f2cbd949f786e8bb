import { myWorkInput } from '@umbrella/domain';
import { getMyWork, myWorkCounts } from '../services/my-work/my-work.ts';
import { roleProcedure, router } from '../trpc.ts';

/** A caseworker's own work; supervisors may look at any caseworker's (checked in the service). */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const myWorkRouter = router({
  get: staffProcedure.input(myWorkInput).query(({ ctx, input }) => getMyWork(ctx, input)),
  counts: staffProcedure.query(({ ctx }) => myWorkCounts(ctx)),
});
