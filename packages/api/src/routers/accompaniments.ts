import {
  appointmentIdInput,
  fileReportInput,
  respondToAssignmentInput,
  saveReportDraftInput,
} from '@umbrella/domain';
import { myAccompanimentCounts } from '../services/accompaniments/counts.ts';
import { fileReport } from '../services/accompaniments/file-report.ts';
import { getAccompaniment } from '../services/accompaniments/get-accompaniment.ts';
import { listAccompaniments } from '../services/accompaniments/list-accompaniments.ts';
import { respondToAssignment } from '../services/accompaniments/respond-to-assignment.ts';
import { saveReportDraft } from '../services/accompaniments/save-report-draft.ts';
import { roleProcedure, router } from '../trpc.ts';

/**
 * The volunteer's side: only the appointments they were asked to accompany, checked (and a refusal audited)
 * in each service.
 */
const volunteerProcedure = roleProcedure('volunteer');

export const accompanimentsRouter = router({
  list: volunteerProcedure.query(({ ctx }) => listAccompaniments(ctx)),
  get: volunteerProcedure.input(appointmentIdInput).query(({ ctx, input }) => getAccompaniment(ctx, input)),
  counts: volunteerProcedure.query(({ ctx }) => myAccompanimentCounts(ctx)),
  respond: volunteerProcedure
    .input(respondToAssignmentInput)
    .mutation(({ ctx, input }) => respondToAssignment(ctx, input)),
  saveDraft: volunteerProcedure
    .input(saveReportDraftInput)
    .mutation(({ ctx, input }) => saveReportDraft(ctx, input)),
  fileReport: volunteerProcedure.input(fileReportInput).mutation(({ ctx, input }) => fileReport(ctx, input)),
});
