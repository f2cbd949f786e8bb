import { updateCaseInput } from '@umbrella/domain';
import { updateCase } from '../services/cases/update-case.ts';
import { roleProcedure, router } from '../trpc.ts';

export const casesRouter = router({
  update: roleProcedure('caseworker', 'supervisor')
    .input(updateCaseInput)
    .mutation(({ ctx, input }) => updateCase(ctx, input)),
});
