import { isUuid } from '@umbrella/domain';
import type { MatterKind, StallReason, StalledCaseSort } from '@umbrella/domain';

/**
 * The stalled-cases filters, kept in the address so a supervisor can bookmark or share a view ("deadlines
 * overdue on Joanna's cases"). Ids and fixed values only; the default sort (longest without activity) is
 * left out, so `/supervision` is the whole list.
 */
export interface SupervisionSearch {
  /** A key worker's user id, or `none` for the cases without one. */
  keyWorker?: string;
  kind?: MatterKind;
  reason?: StallReason;
  sort?: Exclude<StalledCaseSort, 'idle'>;
}

// Checked by shape only, so that the router (in the first download) does not pull in the domain's lists of
// kinds, reasons and sorts; `sanitiseSupervisionSearch` checks the values against them once the page loads.
const NAME = /^[a-z0-9_]{1,60}$/;

/** Anything unknown or malformed in the address is dropped rather than refused: an old bookmark still opens. */
export function validateSupervisionSearch(search: Record<string, unknown>): SupervisionSearch {
  const out: SupervisionSearch = {};
  if (search.keyWorker === 'none' || isUuid(search.keyWorker)) out.keyWorker = search.keyWorker;
  if (typeof search.kind === 'string' && NAME.test(search.kind)) out.kind = search.kind as MatterKind;
  if (typeof search.reason === 'string' && NAME.test(search.reason)) {
    out.reason = search.reason as StallReason;
  }
  if (typeof search.sort === 'string' && search.sort !== 'idle' && NAME.test(search.sort)) {
    out.sort = search.sort as SupervisionSearch['sort'];
  }
  return out;
}
