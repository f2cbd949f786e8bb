import { createFirstAdminInput } from '@umbrella/domain';
import { createFirstAdmin, setupStatus } from '../services/setup/setup.ts';
import { publicProcedure, router } from '../trpc.ts';

export const setupRouter = router({
  /** Whether the first admin still has to be created, and whether the demo organisation is loaded. */
  status: publicProcedure.query(({ ctx }) => setupStatus(ctx)),
  createFirstAdmin: publicProcedure.input(createFirstAdminInput).mutation(async ({ ctx, input }) => {
    const { token, info } = await createFirstAdmin(ctx, input);
    ctx.cookies.write(token);
    return info;
  }),
});
