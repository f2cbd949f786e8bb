import {
  myWorkCommunicationsInput,
  myWorkDeadlinesInput,
  myWorkInput,
  myWorkReportFollowUpsInput,
} from '@umbrella/domain';
import {
  myWorkCommunicationPage,
  myWorkDeadlinePage,
  myWorkReportFollowUpPage,
} from '../services/my-work/my-work-pages.ts';
import { getMyWork, myWorkCounts } from '../services/my-work/my-work.ts';
import { roleProcedure, router } from '../trpc.ts';

/** A caseworker's own work; supervisors may look at any caseworker's (checked in the service). */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const myWorkRouter = router({
  get: staffProcedure.input(myWorkInput).query(({ ctx, input }) => getMyWork(ctx, input)),
  counts: staffProcedure.query(({ ctx }) => myWorkCounts(ctx)),
  /** "Show more" on My work: the next deadlines, communications or accompaniment follow-ups of one list. */
  deadlines: staffProcedure
    .input(myWorkDeadlinesInput)
    .query(({ ctx, input }) => myWorkDeadlinePage(ctx, input)),
  communications: staffProcedure
    .input(myWorkCommunicationsInput)
    .query(({ ctx, input }) => myWorkCommunicationPage(ctx, input)),
  reportFollowUps: staffProcedure
    .input(myWorkReportFollowUpsInput)
    .query(({ ctx, input }) => myWorkReportFollowUpPage(ctx, input)),
});
