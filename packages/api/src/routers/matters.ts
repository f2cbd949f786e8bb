import {
  changeStageInput,
  correctStageDateInput,
  openMatterInput,
  reopenMatterInput,
  updateMatterInput,
} from '@umbrella/domain';
import { changeStage } from '../services/matters/change-stage.ts';
import { correctStageDate } from '../services/matters/correct-stage-date.ts';
import { openMatter } from '../services/matters/open-matter.ts';
import { reopenMatter } from '../services/matters/reopen-matter.ts';
import { updateMatter } from '../services/matters/update-matter.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Caseworkers and supervisors; each verb also checks the client record the matter belongs to. */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const mattersRouter = router({
  open: staffProcedure.input(openMatterInput).mutation(({ ctx, input }) => openMatter(ctx, input)),
  update: staffProcedure.input(updateMatterInput).mutation(({ ctx, input }) => updateMatter(ctx, input)),
  changeStage: staffProcedure.input(changeStageInput).mutation(({ ctx, input }) => changeStage(ctx, input)),
  correctStageDate: staffProcedure
    .input(correctStageDateInput)
    .mutation(({ ctx, input }) => correctStageDate(ctx, input)),
  reopen: staffProcedure.input(reopenMatterInput).mutation(({ ctx, input }) => reopenMatter(ctx, input)),
});
