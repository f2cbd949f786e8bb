import { describe, expect, it } from 'vitest';
import { validateClientListSearch } from './list-search.ts';

describe('validateClientListSearch', () => {
  it('keeps well-formed filters', () => {
    const keyWorker = '0b6f1c1e-2f0a-4d55-9a4e-3f4b7b8f1c2d';
    expect(
      validateClientListSearch({
        keyWorker,
        kind: 'nrm_referral',
        stage: 'referred',
        status: 'open',
        flag: 'x_y',
      }),
    ).toEqual({ keyWorker, kind: 'nrm_referral', stage: 'referred', status: 'open', flag: 'x_y' });
  });

  it('returns every key, undefined when malformed, so the router cannot fall back to the raw value', () => {
    const search = validateClientListSearch({
      keyWorker: 'rubbish',
      kind: 'A B',
      stage: 'x',
      status: 'gone',
    });
    expect(Object.keys(search).sort()).toEqual(['flag', 'keyWorker', 'kind', 'stage', 'status']);
    expect(Object.values(search).every((v) => v === undefined)).toBe(true);
  });

  it('drops a stage without its kind', () => {
    expect(validateClientListSearch({ stage: 'referred' }).stage).toBeUndefined();
  });
});
