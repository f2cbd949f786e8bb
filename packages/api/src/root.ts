import { accountRouter } from './routers/account.ts';
import { authRouter } from './routers/auth.ts';
import { setupRouter } from './routers/setup.ts';
import { usersRouter } from './routers/users.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  setup: setupRouter,
  auth: authRouter,
  account: accountRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
