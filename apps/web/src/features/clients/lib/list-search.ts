import { isUuid } from '@umbrella/domain';
import type { MatterKind, RiskFlag } from '@umbrella/domain';

/**
 * The client list's filters, kept in the address so a filtered list can be bookmarked and shared. Only ids
 * and fixed values belong here: the free-text search (a name, a reference) never goes into a URL.
 */
export interface ClientListSearch {
  keyWorker?: string | undefined;
  kind?: MatterKind | undefined;
  stage?: string | undefined;
  status?: 'open' | 'closed' | 'archived' | undefined;
  flag?: RiskFlag | undefined;
}

// Checked by shape only, so that the router (in the first download) does not pull in the domain's lists of
// kinds, stages and flags; `sanitiseClientListSearch` checks the values against them once the page has loaded.
const STATUSES = ['open', 'closed', 'archived'] as const;
const NAME = /^[a-z0-9_]{1,60}$/;

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * Anything unknown in the address is dropped rather than refused: an old bookmark still opens the list. Every
 * key is returned (`undefined` when dropped), since the router lays this over the raw search.
 */
export function validateClientListSearch(search: Record<string, unknown>): ClientListSearch {
  const kind =
    typeof search.kind === 'string' && NAME.test(search.kind) ? (search.kind as MatterKind) : undefined;
  return {
    keyWorker: isUuid(search.keyWorker) ? search.keyWorker : undefined,
    kind,
    stage: kind && typeof search.stage === 'string' && NAME.test(search.stage) ? search.stage : undefined,
    status: oneOf(STATUSES, search.status),
    flag: typeof search.flag === 'string' && NAME.test(search.flag) ? (search.flag as RiskFlag) : undefined,
  };
}

export const STATUS_LABELS: Record<(typeof STATUSES)[number], string> = {
  open: 'Open case',
  closed: 'Closed case',
  archived: 'Archived',
};
export { STATUSES };
