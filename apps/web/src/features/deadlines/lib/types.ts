import type { RouterInputs, RouterOutputs } from '../../../lib/api-types.ts';

export type DeadlineView = RouterOutputs['deadlines']['listForClient']['items'][number];
export type DeadlineStatus = DeadlineView['status'];
export type CreateDeadlineInput = RouterInputs['deadlines']['create'];
