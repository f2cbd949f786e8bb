import { isUuid } from '@umbrella/domain';
import { isCalendarDate } from '../../../lib/dates.ts';

const KINDS = ['reads', 'changes', 'refusals'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The audit viewer's filters, in the address so a supervisor can bookmark "who viewed this record": ids, days
 * and fixed values only. Anything malformed is dropped; every key is returned (the router lays this over the
 * raw search).
 */
export interface AuditSearch {
  user?: string | undefined;
  client?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kind?: Kind | undefined;
}

export function validateAuditSearch(search: Record<string, unknown>): AuditSearch {
  const day = (value: unknown) => (isCalendarDate(value) ? value : undefined);
  return {
    user: isUuid(search.user) ? search.user : undefined,
    client: isUuid(search.client) ? search.client : undefined,
    from: day(search.from),
    to: day(search.to),
    kind: KINDS.includes(search.kind as Kind) ? (search.kind as Kind) : undefined,
  };
}

/** The address's filters as the server's input. */
export function auditFilters(search: AuditSearch) {
  return {
    actorId: search.user ?? null,
    personId: search.client ?? null,
    from: search.from ?? null,
    to: search.to ?? null,
    kind: search.kind ?? ('all' as const),
  };
}

/** Whether any filter narrows the log. */
export function isAuditNarrowed(search: AuditSearch): boolean {
  return Object.values(search).some((value) => value !== undefined);
}
