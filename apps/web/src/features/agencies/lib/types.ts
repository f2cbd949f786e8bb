import type { RouterOutputs } from '../../../lib/api-types.ts';

export type AgencyView = RouterOutputs['agencies']['list']['items'][number];
export type AgencyWithContacts = RouterOutputs['agencies']['get'];
export type ContactView = AgencyWithContacts['contacts'][number];
