import { MutationCache, QueryCache, QueryClient, hashKey } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@umbrella/api';
import { errorCode } from './lib/errors.ts';

/** Hooks for components: `const trpc = useTRPC()`, then `useQuery(trpc.x.y.queryOptions(...))`. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** Plain JSON, no transformer; the session cookie is same-origin, so it travels by default. */
export const trpcClient = createTRPCClient<AppRouter>({
  // Queries are POSTed too, so no input (a search, a name) ever appears in a URL, a log or a proxy.
  links: [httpBatchLink({ url: '/trpc', methodOverride: 'POST', maxItems: 10 })],
});

/** Errors that retrying will not fix. */
const FINAL_CODES = new Set([
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_REQUEST',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

/**
 * A query or mutation refused as UNAUTHORIZED may mean the session has ended (timed out, signed out elsewhere,
 * account deactivated). Re-read the session; the signed-in layout notices when it has gone and sends the user
 * to sign in. (A wrong password at sign-in is UNAUTHORIZED too, but there was no session to lose.)
 */
function onUnauthorised(error: unknown, isSessionQuery: boolean) {
  if (isSessionQuery || errorCode(error) !== 'UNAUTHORIZED') return;
  const key = trpc.auth.session.queryKey();
  if (!queryClient.getQueryData(key)) return;
  void queryClient.invalidateQueries({ queryKey: key });
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) =>
      onUnauthorised(error, query.queryHash === hashKey(trpc.auth.session.queryKey())),
  }),
  mutationCache: new MutationCache({
    onError: (error) => onUnauthorised(error, false),
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failureCount, error) => failureCount < 2 && !FINAL_CODES.has(errorCode(error) ?? ''),
    },
  },
});

/** The same procedures as `useTRPC()`, for code outside components (route guards). */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
export type Trpc = typeof trpc;
