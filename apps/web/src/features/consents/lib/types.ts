import type { RouterInputs, RouterOutputs } from '../../../lib/api-types.ts';

export type ClientConsents = RouterOutputs['consents']['forClient'];
export type ConsentView = ClientConsents['consents'][number];
export type RecordConsentInput = RouterInputs['consents']['record'];
