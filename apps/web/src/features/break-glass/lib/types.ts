import type { RouterOutputs } from '../../../lib/api-types.ts';

export type BreakGlassPage = RouterOutputs['breakGlass']['list'];
export type BreakGlassGrant = BreakGlassPage['items'][number];
export type MyBreakGlass = NonNullable<RouterOutputs['breakGlass']['mine']>;
