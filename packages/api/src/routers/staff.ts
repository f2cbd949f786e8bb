import { listStaff } from '../services/staff/list-staff.ts';
import { roleProcedure, router } from '../trpc.ts';

export const staffRouter = router({
  list: roleProcedure('caseworker', 'supervisor').query(({ ctx }) => listStaff(ctx)),
});
