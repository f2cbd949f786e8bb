import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@umbrella/api';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type SessionInfo = NonNullable<RouterOutputs['auth']['session']>;
export type SessionStatus = SessionInfo['status'];
export type UserSummary = RouterOutputs['users']['get'];
