import { router } from '../trpc.ts';

/** Break-glass access to restricted clients (filled in by the break-glass work). */
export const breakGlassRouter = router({});
