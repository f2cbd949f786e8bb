import type { RouterOutputs } from '../../../lib/api-types.ts';

export type MyWork = RouterOutputs['myWork']['get'];
export type MyWorkDeadline = MyWork['overdue'][number];
