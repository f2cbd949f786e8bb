import { createDeadlineInput, listClientDeadlinesInput, setDeadlineStatusInput } from '@umbrella/domain';
import { createDeadline } from '../services/deadlines/create-deadline.ts';
import { listClientDeadlines } from '../services/deadlines/list-client-deadlines.ts';
import { setDeadlineStatus } from '../services/deadlines/set-deadline-status.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Caseworkers and supervisors; each verb also checks the client record the deadline belongs to. */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const deadlinesRouter = router({
  listForClient: staffProcedure
    .input(listClientDeadlinesInput)
    .query(({ ctx, input }) => listClientDeadlines(ctx, input)),
  create: staffProcedure.input(createDeadlineInput).mutation(({ ctx, input }) => createDeadline(ctx, input)),
  setStatus: staffProcedure
    .input(setDeadlineStatusInput)
    .mutation(({ ctx, input }) => setDeadlineStatus(ctx, input)),
});
