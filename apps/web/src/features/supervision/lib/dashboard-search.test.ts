import { describe, expect, it } from 'vitest';
import { validateSupervisionSearch, type SupervisionSearch } from './dashboard-search.ts';
import { isNarrowed, stalledFilters, supervisionSearch } from './filters.ts';

const ID = '0b6f3b9e-8a0e-4c1f-9d7a-2f4b8c1d5e6a';

describe('the supervision address', () => {
  it('keeps a key worker id or none, a kind, a reason and a sort other than the default', () => {
    expect(
      validateSupervisionSearch({
        keyWorker: ID,
        kind: 'nrm_referral',
        reason: 'reply_overdue',
        sort: 'client',
      }),
    ).toEqual({ keyWorker: ID, kind: 'nrm_referral', reason: 'reply_overdue', sort: 'client' });
    expect(validateSupervisionSearch({ keyWorker: 'none' })).toEqual({ keyWorker: 'none' });
  });

  it('drops malformed values, the default sort, and anything else (a name never stays in the address)', () => {
    expect(
      validateSupervisionSearch({
        keyWorker: 'Joanna Mensah',
        kind: 'NRM referral',
        reason: 42,
        sort: 'idle',
        name: 'Someone',
        cursor: '25',
      }),
    ).toEqual({});
    expect(validateSupervisionSearch({ keyWorker: `${ID}x`, kind: '', reason: 'a'.repeat(61) })).toEqual({});
  });

  it('checks by shape only: values that look right pass the router, and the page drops unknown ones', () => {
    const search = validateSupervisionSearch({ kind: 'no_such_kind', reason: 'bored', sort: 'random' });
    expect(search).toEqual({ kind: 'no_such_kind', reason: 'bored', sort: 'random' });
    expect(stalledFilters(search)).toEqual({ keyWorker: null, matterKind: null, reason: null, sort: 'idle' });
  });
});

describe('the stalled-cases filters', () => {
  it('drop malformed values even when the router passes the raw address through', () => {
    const raw = { keyWorker: 'nonsense', kind: 'bogus', reason: 'bad', sort: 'idle', name: 'Someone' };
    expect(stalledFilters(raw as SupervisionSearch)).toEqual({
      keyWorker: null,
      matterKind: null,
      reason: null,
      sort: 'idle',
    });
  });

  it('fill in the default sort and keep known values', () => {
    expect(stalledFilters({ keyWorker: 'none', kind: 'asylum_claim', reason: 'review_due' })).toEqual({
      keyWorker: 'none',
      matterKind: 'asylum_claim',
      reason: 'review_due',
      sort: 'idle',
    });
    expect(stalledFilters({ sort: 'reasons' }).sort).toBe('reasons');
  });

  it('go back into the address without empty filters or the default sort', () => {
    expect(supervisionSearch({ keyWorker: null, matterKind: null, reason: null, sort: 'idle' })).toEqual({});
    const filters = {
      keyWorker: ID,
      matterKind: 'police_report',
      reason: 'no_activity',
      sort: 'caseworker',
    } as const;
    expect(supervisionSearch(filters)).toEqual({
      keyWorker: ID,
      kind: 'police_report',
      reason: 'no_activity',
      sort: 'caseworker',
    });
    expect(stalledFilters(validateSupervisionSearch({ ...supervisionSearch(filters) }))).toEqual(filters);
  });

  it('count as narrowed by a key worker, kind or reason, not by the sort', () => {
    expect(isNarrowed({ keyWorker: null, matterKind: null, reason: null, sort: 'client' })).toBe(false);
    expect(isNarrowed({ keyWorker: 'none', matterKind: null, reason: null, sort: 'idle' })).toBe(true);
    expect(isNarrowed({ keyWorker: null, matterKind: null, reason: 'review_due', sort: 'idle' })).toBe(true);
  });
});
