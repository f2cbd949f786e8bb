import {
  clientSupervisionInput,
  overdueAtInput,
  reassignKeyWorkerInput,
  recordReviewInput,
  saveReviewDraftInput,
  stageDurationsInput,
  stageStaysInput,
  stalledCasesInput,
  updateStallThresholdsInput,
} from '@umbrella/domain';
import { getCaseload } from '../services/supervision/caseload.ts';
import { getClientSupervision } from '../services/supervision/client-supervision.ts';
import { listOverdueAt } from '../services/supervision/overdue-at.ts';
import { getOverdueTrend } from '../services/supervision/overdue-trend.ts';
import { reassignKeyWorker } from '../services/supervision/reassign-key-worker.ts';
import { recordReview } from '../services/supervision/record-review.ts';
import { saveReviewDraft } from '../services/supervision/save-review-draft.ts';
import { getStageDurations } from '../services/supervision/stage-durations.ts';
import { listStageStays } from '../services/supervision/stage-stays.ts';
import { getStallSettings } from '../services/supervision/stall-settings.ts';
import { listStalledCases } from '../services/supervision/stalled-cases.ts';
import { updateStallSettings } from '../services/supervision/update-stall-settings.ts';
import { adminProcedure, roleProcedure, router } from '../trpc.ts';

/** The dashboard, reviews and reassignment: supervisors only. */
const supervisorProcedure = roleProcedure('supervisor');
/** A client's supervision panel: staff; the service checks the record and who may read review notes. */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const supervisionRouter = router({
  stalledCases: supervisorProcedure
    .input(stalledCasesInput)
    .query(({ ctx, input }) => listStalledCases(ctx, input)),
  caseload: supervisorProcedure.query(({ ctx }) => getCaseload(ctx)),
  overdueTrend: supervisorProcedure.query(({ ctx }) => getOverdueTrend(ctx)),
  overdueAt: supervisorProcedure.input(overdueAtInput).query(({ ctx, input }) => listOverdueAt(ctx, input)),
  stageDurations: supervisorProcedure
    .input(stageDurationsInput)
    .query(({ ctx, input }) => getStageDurations(ctx, input)),
  stageStays: supervisorProcedure
    .input(stageStaysInput)
    .query(({ ctx, input }) => listStageStays(ctx, input)),
  // Readable by staff, so an admin who is not a supervisor can see what they edit.
  settings: staffProcedure.query(({ ctx }) => getStallSettings(ctx)),
  updateSettings: adminProcedure
    .input(updateStallThresholdsInput)
    .mutation(({ ctx, input }) => updateStallSettings(ctx, input)),
  client: staffProcedure
    .input(clientSupervisionInput)
    .query(({ ctx, input }) => getClientSupervision(ctx, input)),
  recordReview: supervisorProcedure
    .input(recordReviewInput)
    .mutation(({ ctx, input }) => recordReview(ctx, input)),
  // Autosaved as typed; read back, by its author only, in `client`.
  saveReviewDraft: supervisorProcedure
    .input(saveReviewDraftInput)
    .mutation(({ ctx, input }) => saveReviewDraft(ctx, input)),
  reassign: supervisorProcedure
    .input(reassignKeyWorkerInput)
    .mutation(({ ctx, input }) => reassignKeyWorker(ctx, input)),
});
