import { describe, expect, it } from 'vitest';
import { auditFilters, isAuditNarrowed, validateAuditSearch } from './audit-search.ts';

const ID = '00000000-0000-4000-8000-000000000001';

describe('validateAuditSearch', () => {
  it('keeps ids, real days and known kinds', () => {
    expect(
      validateAuditSearch({ user: ID, client: ID, from: '2026-11-01', to: '2026-11-23', kind: 'reads' }),
    ).toEqual({ user: ID, client: ID, from: '2026-11-01', to: '2026-11-23', kind: 'reads' });
  });

  it('drops anything malformed, returning every key', () => {
    expect(
      validateAuditSearch({ user: 'bob', client: '<script>', from: '2026-02-30', to: 'today', kind: 'all' }),
    ).toEqual({ user: undefined, client: undefined, from: undefined, to: undefined, kind: undefined });
  });

  it('turns the address into the server input', () => {
    expect(auditFilters({ client: ID })).toEqual({
      actorId: null,
      personId: ID,
      from: null,
      to: null,
      kind: 'all',
    });
    expect(isAuditNarrowed(validateAuditSearch({}))).toBe(false);
    expect(isAuditNarrowed({ kind: 'refusals' })).toBe(true);
  });
});
