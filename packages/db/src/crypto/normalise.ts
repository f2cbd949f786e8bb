/**
 * How a value is normalised before its blind index is computed, so that a search matches however the value
 * was typed. Only these differences are forgiven: a blind index matches exactly or not at all (no typos).
 */

/** Spaces and hyphens (any dash), slashes and dots separate the parts of a reference; they do not count. */
const REFERENCE_SEPARATORS = /[\s\-\u2010-\u2015\u2212/.]/gu;

/** A reference (crime, NRM, Home Office, appeal): upper case, without spaces, hyphens, slashes or dots. */
export function normaliseReference(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(REFERENCE_SEPARATORS, '');
}

/** A name (legal name, alias): NFKC, lower case, trimmed, runs of spaces as one. */
export function normaliseName(value: string): string {
  return value.normalize('NFKC').toLowerCase().trim().replace(/\s+/gu, ' ');
}

export type BlindIndexKind = 'reference' | 'name';

export const NORMALISE: Record<BlindIndexKind, (value: string) => string> = {
  reference: normaliseReference,
  name: normaliseName,
};
