import {
  createUserInput,
  listInput,
  resetUserPasswordInput,
  resetUserTotpInput,
  setUserActiveInput,
  updateUserInput,
  uuidSchema,
} from '@umbrella/domain';
import { z } from 'zod';
import { createUser } from '../services/users/create-user.ts';
import { listUsers } from '../services/users/list-users.ts';
import {
  getUser,
  resetUserPassword,
  resetUserTotp,
  setUserActive,
  updateUser,
} from '../services/users/manage-user.ts';
import { adminProcedure, router } from '../trpc.ts';

export const usersRouter = router({
  list: adminProcedure.input(listInput).query(({ ctx, input }) => listUsers(ctx, input)),
  get: adminProcedure.input(z.object({ id: uuidSchema })).query(({ ctx, input }) => getUser(ctx, input)),
  create: adminProcedure.input(createUserInput).mutation(({ ctx, input }) => createUser(ctx, input)),
  update: adminProcedure.input(updateUserInput).mutation(({ ctx, input }) => updateUser(ctx, input)),
  setActive: adminProcedure.input(setUserActiveInput).mutation(({ ctx, input }) => setUserActive(ctx, input)),
  resetPassword: adminProcedure
    .input(resetUserPasswordInput)
    .mutation(({ ctx, input }) => resetUserPassword(ctx, input)),
  resetTotp: adminProcedure.input(resetUserTotpInput).mutation(({ ctx, input }) => resetUserTotp(ctx, input)),
});
