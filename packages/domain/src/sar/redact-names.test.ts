import { describe, expect, it } from 'vitest';
import { nameRedactor, REDACTED_NAME } from './redact-names.ts';
import { recordSarInput } from './schemas.ts';

describe('nameRedactor', () => {
  const redact = nameRedactor(['Ben', 'Ama Owusu', 'Thanh Nguyễn', 'Jo'], ['Dina', 'Dina K.']);

  it('replaces other clients’ names, whole words only, any case', () => {
    expect(redact('Met Ama Owusu and ben today; Benjamin came too.')).toBe(
      `Met ${REDACTED_NAME} and ${REDACTED_NAME} today; Benjamin came too.`,
    );
    expect(redact('THANH NGUYỄN called')).toBe(`${REDACTED_NAME} called`);
  });

  it('prefers the longest name and leaves a lone first name of a longer one', () => {
    const both = nameRedactor(['Ama', 'Ama Owusu'], []);
    expect(both('Ama Owusu, then Ama alone, then Owusu')).toBe(
      `${REDACTED_NAME}, then ${REDACTED_NAME} alone, then Owusu`,
    );
  });

  it('never redacts the client’s own names, nor names too short to be safe', () => {
    const shared = nameRedactor(['Dina', 'Jo'], ['Dina']);
    expect(shared('Dina spoke to Jo')).toBe('Dina spoke to Jo');
  });

  it('leaves text alone when there is nothing to redact', () => {
    expect(nameRedactor([], [])('Anything at all')).toBe('Anything at all');
    expect(redact('')).toBe('');
  });
});

describe('recordSarInput', () => {
  it('names the field at fault', () => {
    const base = {
      personId: '00000000-0000-4000-8000-000000000001',
      receivedOn: '2026-11-23',
      receivedVia: 'email',
      identityChecked: true,
    };
    expect(recordSarInput.safeParse(base).success).toBe(true);
    expect(recordSarInput.safeParse({ ...base, receivedVia: 'pigeon' }).error?.issues[0]?.path).toEqual([
      'receivedVia',
    ]);
    expect(recordSarInput.safeParse({ ...base, receivedOn: '23 Nov' }).error?.issues[0]?.path).toEqual([
      'receivedOn',
    ]);
  });
});
