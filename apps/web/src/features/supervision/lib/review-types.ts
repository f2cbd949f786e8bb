import type { RouterInputs, RouterOutputs } from '../../../lib/api-types.ts';

/** The supervision panel of a client's profile. */
export type ClientSupervision = RouterOutputs['supervision']['client'];
export type ReviewView = ClientSupervision['reviews'][number];
export type RecordReviewInput = RouterInputs['supervision']['recordReview'];
