import type { RouterOutputs } from '../../../lib/api-types.ts';

export type MatterView = RouterOutputs['clients']['get']['matters'][number];
