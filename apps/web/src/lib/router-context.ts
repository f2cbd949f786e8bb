import type { QueryClient } from '@tanstack/react-query';
import type { Trpc } from '../trpc.ts';

/** What every route's `beforeLoad` receives. */
export interface RouterContext {
  queryClient: QueryClient;
  trpc: Trpc;
}
