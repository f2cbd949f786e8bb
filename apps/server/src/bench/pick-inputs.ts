import type { AppRouter } from '@umbrella/api';
import type { inferRouterOutputs } from '@trpc/server';
import type { SignedIn } from './sign-in.ts';
import { callOne } from './trpc-http.ts';

type Outputs = inferRouterOutputs<AppRouter>;

/** Inputs found in the data through the API, so every search finds something and every client is openable. */
export interface DiscoveredInputs {
  /** The caseworker's own clients (their caseload), for the profile and for logging communications. */
  clients: { id: string; displayName: string }[];
  /** The start of a client's name, as typed into the search box. */
  prefixes: string[];
  /** A client's name with one letter wrong. */
  typos: string[];
  /** References of the caseworker's clients' matters (crime, NRM, Home Office). */
  references: string[];
  /** Words from the subjects of their communications. */
  words: string[];
}

/** The first name's first 3 or 4 letters (4 for longer names): a partly typed name. */
export function namePrefix(name: string): string | null {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (!/^\p{L}+$/u.test(first) || first.length < 4) return null;
  return first.slice(0, first.length >= 6 ? 4 : 3);
}

/**
 * The name with one letter of its longest word (6 letters or more) replaced, the last but one: a slip the
 * search tolerates (pg_trgm word similarity about 0.57 to 0.67, the threshold being 0.5; a slip in the middle
 * of a short word breaks more trigrams and is not found).
 */
export function nameTypo(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const longest = words.reduce((best, w) => (w.length > best.length ? w : best), '');
  if (longest.length < 6 || !/^\p{L}+$/u.test(longest)) return null;
  const at = longest.length - 2;
  const original = longest[at] ?? '';
  const lower = original.toLowerCase();
  const replacement = lower === 'a' ? 'e' : 'a';
  const letter = original === lower ? replacement : replacement.toUpperCase();
  const typo = longest.slice(0, at) + letter + longest.slice(at + 1);
  return words.map((w) => (w === longest ? typo : w)).join(' ');
}

const COMMON_WORDS = new Set([
  'about',
  'after',
  'again',
  'their',
  'there',
  'these',
  'those',
  'which',
  'would',
  'could',
  'should',
  'while',
  'where',
  'other',
  'being',
  'because',
  'before',
  'today',
  'still',
  'please',
  'thank',
  'thanks',
  'benchmark',
]);

/** The most frequent words (5 letters or more, not common ones) of some subjects, most frequent first. */
export function frequentWords(subjects: readonly string[], count: number): string[] {
  const frequency = new Map<string, number>();
  for (const subject of subjects) {
    for (const word of subject.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
      if (!COMMON_WORDS.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  return [...frequency]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([word]) => word);
}

/** Up to `count` items spread evenly over the list. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/**
 * Looks at the caseworker's caseload through the API, as the caseworker: their clients, the references of
 * their matters (opening a few clients) and the words of their communications. Each look is an ordinary,
 * audited request.
 */
export async function discoverInputs(
  baseUrl: string,
  caseworker: SignedIn,
  variants: number,
): Promise<DiscoveredInputs> {
  const list = await callOne<Outputs['clients']['list']>(baseUrl, caseworker.cookie, 'clients.list', {
    keyWorkerId: caseworker.user.id,
    limit: 100,
  });
  const clients = list.items.map((c) => ({ id: c.id, displayName: c.displayName }));
  if (clients.length === 0) {
    throw new Error(
      `${caseworker.user.email} has no clients as key worker: is the demo organisation loaded?`,
    );
  }
  const opened = spread(clients, variants);
  const references: (string | null)[] = [];
  const subjects: string[] = [];
  for (const client of opened) {
    const profile = await callOne<Outputs['clients']['get']>(baseUrl, caseworker.cookie, 'clients.get', {
      id: client.id,
    });
    references.push(...profile.matters.map((m) => m.reference));
    const communications = await callOne<Outputs['communications']['list']>(
      baseUrl,
      caseworker.cookie,
      'communications.list',
      { personId: client.id, limit: 50 },
    );
    subjects.push(...communications.items.map((c) => c.subject));
  }
  const names = clients.map((c) => c.displayName);
  return {
    clients: opened,
    prefixes: spread(unique(names.map(namePrefix)), variants),
    typos: spread(unique(names.map(nameTypo)), variants),
    references: spread(unique(references), variants),
    words: frequentWords(subjects, variants),
  };
}
