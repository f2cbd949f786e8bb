import {
  isUuid,
  MATTER_KINDS,
  STALL_REASONS,
  STALLED_CASE_SORTS,
  type MatterKind,
  type StallReason,
  type StalledCaseSort,
} from '@umbrella/domain';
import type { SupervisionSearch } from './dashboard-search.ts';

/** What the stalled-cases list is asked for: the address's filters, with the default sort filled in. */
export interface StalledFilters {
  keyWorker: string | null;
  matterKind: MatterKind | null;
  reason: StallReason | null;
  sort: StalledCaseSort;
}

const includes = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value);

/**
 * The filters from the address, with any kind, reason or sort that does not exist dropped. The key worker is
 * checked again too: the router lays a route's checked values over the raw address, so a malformed value the
 * check dropped can still be there.
 */
export function stalledFilters(search: SupervisionSearch): StalledFilters {
  const keyWorker = search.keyWorker;
  return {
    keyWorker: keyWorker === 'none' || isUuid(keyWorker) ? keyWorker : null,
    matterKind: includes(MATTER_KINDS, search.kind) ? search.kind : null,
    reason: includes(STALL_REASONS, search.reason) ? search.reason : null,
    sort: includes(STALLED_CASE_SORTS, search.sort) ? search.sort : 'idle',
  };
}

/** The address for these filters: empty ones and the default sort left out. */
export function supervisionSearch(filters: StalledFilters): SupervisionSearch {
  const out: SupervisionSearch = {};
  if (filters.keyWorker) out.keyWorker = filters.keyWorker;
  if (filters.matterKind) out.kind = filters.matterKind;
  if (filters.reason) out.reason = filters.reason;
  if (filters.sort !== 'idle') out.sort = filters.sort;
  return out;
}

/** Whether any filter narrows the list (the sort does not). */
export function isNarrowed(filters: StalledFilters): boolean {
  return filters.keyWorker !== null || filters.matterKind !== null || filters.reason !== null;
}
