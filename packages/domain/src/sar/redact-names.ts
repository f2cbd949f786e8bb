/** What stands in for another client's name in a subject access bundle. */
export const REDACTED_NAME = '[another client]';

// Words of a name: letters and digits of any script, with the apostrophes and hyphens inside names.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLocaleLowerCase('en-GB'),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The shortest name redacted: shorter ones ("Jo") would blank out ordinary words. */
export const MIN_REDACTED_NAME_LENGTH = 3;

/**
 * A function that replaces, in free text, every whole-word occurrence of another client's name (display name
 * or alias, any case, the longest match first) with `replacement` (REDACTED_NAME unless said). A name that is
 * also one of the client's own names is left alone: it is theirs. Linear in the text: names are looked up by
 * their first word.
 */
export function nameRedactor(
  otherNames: Iterable<string>,
  ownNames: Iterable<string>,
  replacement: string = REDACTED_NAME,
): (text: string) => string {
  const own = new Set(
    [...ownNames].map((n) =>
      words(n)
        .map((w) => w.word)
        .join(' '),
    ),
  );
  const byFirstWord = new Map<string, string[][]>();
  for (const name of otherNames) {
    const parts = words(name).map((w) => w.word);
    const key = parts.join(' ');
    if (parts.length === 0 || key.length < MIN_REDACTED_NAME_LENGTH || own.has(key)) continue;
    const list = byFirstWord.get(parts[0] as string) ?? [];
    list.push(parts);
    byFirstWord.set(parts[0] as string, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);

  return (text: string) => {
    if (byFirstWord.size === 0 || text.length === 0) return text;
    const found = words(text);
    let out = '';
    let copied = 0;
    for (let i = 0; i < found.length;) {
      const first = found[i] as (typeof found)[number];
      const match = byFirstWord
        .get(first.word)
        ?.find((parts) => parts.every((part, k) => found[i + k]?.word === part));
      if (!match) {
        i++;
        continue;
      }
      const last = found[i + match.length - 1] as (typeof found)[number];
      out += text.slice(copied, first.start) + replacement;
      copied = last.end;
      i += match.length;
    }
    return out + text.slice(copied);
  };
}
