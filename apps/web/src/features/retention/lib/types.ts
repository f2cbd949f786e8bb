import type { RouterInputs, RouterOutputs } from '../../../lib/api-types.ts';

export type RetentionPolicySetting = RouterOutputs['retention']['policy'];
export type UpdateRetentionPolicyInput = RouterInputs['retention']['updatePolicy'];
export type DuePage = RouterOutputs['retention']['due'];
export type DueClient = DuePage['items'][number];
export type AnonymisationRequest = RouterOutputs['retention']['requests']['items'][number];
export type ClientRetention = RouterOutputs['retention']['forClient'];
