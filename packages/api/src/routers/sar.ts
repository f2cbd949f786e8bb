import { clientSarsInput, completeSarInput, confirmSarIdentityInput, recordSarInput } from '@umbrella/domain';
import { completeSar } from '../services/sar/complete-sar.ts';
import { confirmSarIdentity } from '../services/sar/confirm-identity.ts';
import { listSars } from '../services/sar/list-sars.ts';
import { recordSar } from '../services/sar/record-sar.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Caseworkers and supervisors record and answer requests; the bundle itself is a supervisor's download. */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const sarRouter = router({
  forClient: staffProcedure.input(clientSarsInput).query(({ ctx, input }) => listSars(ctx, input)),
  record: staffProcedure.input(recordSarInput).mutation(({ ctx, input }) => recordSar(ctx, input)),
  confirmIdentity: staffProcedure
    .input(confirmSarIdentityInput)
    .mutation(({ ctx, input }) => confirmSarIdentity(ctx, input)),
  complete: staffProcedure.input(completeSarInput).mutation(({ ctx, input }) => completeSar(ctx, input)),
});
