import type { RouterOutputs } from '../../../lib/api-types.ts';

export type ClientProfile = RouterOutputs['clients']['get'];
export type ClientSummary = RouterOutputs['clients']['list']['items'][number];
export type ClientAlias = ClientProfile['aliases'][number];
export type SafeContactView = ClientProfile['safeContact'];
export type TimelineEvent = RouterOutputs['clients']['timeline']['items'][number];
export type StaffMember = RouterOutputs['staff']['list']['items'][number];
export type Team = RouterOutputs['teams']['list']['items'][number];
