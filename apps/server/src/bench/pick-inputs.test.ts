import { describe, expect, it } from 'vitest';
import { frequentWords, namePrefix, nameTypo, spread } from './pick-inputs.ts';

describe('namePrefix', () => {
  it('types the first 3 or 4 letters of the first name', () => {
    expect(namePrefix('Gabriela')).toBe('Gabr');
    expect(namePrefix('Amira Haddad')).toBe('Ami');
    expect(namePrefix('Ana')).toBeNull();
    expect(namePrefix('J. Smith')).toBeNull();
  });
});

describe('nameTypo', () => {
  it('changes the last but one letter of the longest word, keeping its case', () => {
    expect(nameTypo('Marisol')).toBe('Marisal');
    expect(nameTypo('Amina Okonkwo')).toBe('Amina Okonkao');
    expect(nameTypo('Nadia Hussain')).toBe('Nadia Hussaan');
    expect(nameTypo('Ama Mensah')).toBe('Ama Menseh');
    expect(nameTypo('DANIELA')).toBe('DANIEAA');
  });

  it('leaves out names too short to find with a slip', () => {
    expect(nameTypo('Grace')).toBeNull();
    expect(nameTypo('Ana Li')).toBeNull();
  });
});

describe('frequentWords', () => {
  it('takes the most frequent words of five letters or more, common words aside', () => {
    const subjects = [
      'Asylum interview: Home Office letter',
      'Chasing the asylum interview date',
      'Police statement about the interview',
      'Thank you for your letter',
    ];
    expect(frequentWords(subjects, 3)).toEqual(['interview', 'asylum', 'letter']);
    expect(frequentWords([], 3)).toEqual([]);
  });
});

describe('spread', () => {
  it('picks evenly across the list', () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 2, 5, 7]);
    expect(spread([1, 2], 4)).toEqual([1, 2]);
  });
});
