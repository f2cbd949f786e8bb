import type { RouterOutputs } from '../../../lib/api-types.ts';

export type StalledCasesPage = RouterOutputs['supervision']['stalledCases'];
export type StalledCase = StalledCasesPage['items'][number];
export type Caseload = RouterOutputs['supervision']['caseload'];
export type CaseloadRow = Caseload['rows'][number];
export type OverdueTrend = RouterOutputs['supervision']['overdueTrend'];
export type OverdueTrendWeek = OverdueTrend['weeks'][number];
export type StageDurations = RouterOutputs['supervision']['stageDurations'];
export type StageDurationRow = StageDurations['stages'][number];
export type StallSettings = RouterOutputs['supervision']['settings'];
