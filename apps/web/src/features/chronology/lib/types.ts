import type { RouterOutputs } from '../../../lib/api-types.ts';

export type Chronology = RouterOutputs['communications']['chronology'];
export type ChronologyEntry = Chronology['entries'][number];
