declare const sealed: unique symbol;

/**
 * A value encrypted by the application, as stored: `enc:v1:<keyId>:<base64url(nonce | ciphertext | tag)>`.
 * At run time it is a string; the type is opaque on purpose, so that code cannot show, compare or search a
 * sealed column by mistake: it must go through FieldCipher.open (or search the blind index).
 */
export interface Ciphertext {
  readonly [sealed]: 'Ciphertext';
}

/** The prefix of every sealed value (format version 1). */
export const SEALED_PREFIX = 'enc:v1:';

/** Whether a stored value is sealed (anything else in a sealed column is a value from before encryption). */
export function isSealed(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/** The id of the key a sealed value was sealed under, or null for anything else. */
export function keyIdOf(value: unknown): string | null {
  if (!isSealed(value)) return null;
  const rest = (value as string).slice(SEALED_PREFIX.length);
  const colon = rest.indexOf(':');
  return colon > 0 ? rest.slice(0, colon) : null;
}

/** A row type as people read and write it: sealed columns in clear (strings), blind-index columns left out. */
export type Unsealed<T> = {
  [K in keyof T as K extends `${string}Index` ? never : K]: Ciphertext extends T[K]
    ? Exclude<T[K], Ciphertext> | string
    : T[K];
};
