import type { RouterOutputs } from '../../../lib/api-types.ts';

export type ClientSars = RouterOutputs['sar']['forClient'];
export type SarView = ClientSars['requests'][number];
