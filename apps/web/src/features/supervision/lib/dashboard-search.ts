import { isUuid } from '@umbrella/domain';
import type { MatterKind, StallReason, StalledCaseSort } from '@umbrella/domain';

/**
 * The stalled-cases filters, kept in the address so a supervisor can bookmark or share a view ("deadlines
 * overdue on Joanna's cases"). Ids and fixed values only; the default sort (longest without activity) is
 * left out, so `/supervision` is the whole list.
 */
export interface SupervisionSearch {
  /** A key worker's user id, or `none` for the cases without one. */
  keyWorker?: string | undefined;
  kind?: MatterKind | undefined;
  reason?: StallReason | undefined;
  sort?: Exclude<StalledCaseSort, 'idle'> | undefined;
}

// Checked by shape only, so that the router (in the first download) does not pull in the domain's lists of
// kinds, reasons and sorts; `sanitiseSupervisionSearch` checks the values against them once the page loads.
const NAME = /^[a-z0-9_]{1,60}$/;

/**
 * Anything unknown or malformed in the address is dropped rather than refused: an old bookmark still opens.
 * Every key is returned (`undefined` when dropped): the router lays this over the raw search.
 */
export function validateSupervisionSearch(search: Record<string, unknown>): SupervisionSearch {
  const name = (value: unknown) => (typeof value === 'string' && NAME.test(value) ? value : undefined);
  const sort = name(search.sort);
  return {
    keyWorker: search.keyWorker === 'none' || isUuid(search.keyWorker) ? search.keyWorker : undefined,
    kind: name(search.kind) as MatterKind | undefined,
    reason: name(search.reason) as StallReason | undefined,
    sort: sort === 'idle' ? undefined : (sort as SupervisionSearch['sort']),
  };
}
