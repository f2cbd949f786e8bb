import { describe, expect, it } from 'vitest';
import { searchTextWithout } from './search-text.ts';

describe('the text a communication’s search index holds', () => {
  const searchable = searchTextWithout(['Irina Popescu', 'Irina Marin', 'HO/1234567', '22/0457']);

  it('leaves out the client’s names, whole or in part, in any case', () => {
    expect(searchable('Re: Irina Popescu, asylum support')).toBe('Re:  , asylum support');
    expect(searchable('We write for Ms POPESCU about Irina’s claim')).toBe(
      'We write for Ms   about   s claim',
    );
  });

  it('leaves out references however they are spaced', () => {
    expect(searchable('Your ref HO/1234567; appeal 22/0457')).toBe('Your ref  ; appeal  ');
    expect(searchable('Your ref HO 1234567')).toBe('Your ref  ');
  });

  it('keeps every other word, and short words that are names too', () => {
    const withShort = searchTextWithout(['Jo Li']);
    expect(withShort('Jo asked Li to call the Home Office')).toBe('Jo asked Li to call the Home Office');
    expect(searchable('The hearing is on Thursday')).toBe('The hearing is on Thursday');
  });

  it('keeps everything when there is nothing to leave out', () => {
    expect(searchTextWithout([])('Irina Popescu')).toBe('Irina Popescu');
  });
});
