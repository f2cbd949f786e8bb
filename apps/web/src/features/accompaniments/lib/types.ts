import type { RouterOutputs } from '../../../lib/api-types.ts';

export type VolunteerAccompaniments = RouterOutputs['accompaniments']['list'];
export type VolunteerCard = VolunteerAccompaniments['upcoming'][number];
export type VolunteerCardDetail = RouterOutputs['accompaniments']['get'];
export type AccompanimentCounts = RouterOutputs['accompaniments']['counts'];
