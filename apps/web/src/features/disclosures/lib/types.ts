import type { RouterOutputs } from '../../../lib/api-types.ts';

export type DisclosurePage = RouterOutputs['disclosures']['forClient'];
export type DisclosureView = DisclosurePage['items'][number];
export type DisclosureQueuePage = RouterOutputs['disclosures']['queue'];
export type QueuedDisclosure = DisclosureQueuePage['items'][number];
export type SharingCheck = RouterOutputs['disclosures']['check'];
