import { nameRedactor } from '../sar/redact-names.ts';

// Words of a name or reference, as the redactor reads them.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/**
 * A function giving the text of a communication as its search index may hold it: the client's legal names,
 * other names and references taken out, each whole and each word of them on its own (a letter writes "Ms
 * Popescu" as often as "Irina Popescu"), in any case. The text itself is encrypted; the index cannot be, so
 * these never reach it. Words under three letters are kept (they would blank out ordinary words).
 */
export function searchTextWithout(clientWords: Iterable<string>): (text: string) => string {
  const phrases = new Set<string>();
  for (const phrase of clientWords) {
    phrases.add(phrase);
    for (const [word] of phrase.matchAll(WORD)) phrases.add(word);
  }
  const redact = nameRedactor(phrases, [], ' ');
  // A possessive ("Irina’s") is one word to the redactor: split it so the name inside is found.
  return (text) => redact(text.replace(POSSESSIVE, '$1 s'));
}

const POSSESSIVE = /([\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/gu;
