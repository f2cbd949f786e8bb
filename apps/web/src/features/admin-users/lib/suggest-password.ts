// No 0/O, 1/l/I: the admin may read this out or write it down.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random 20-character password in groups of five, from the browser's cryptographic random source. */
export function suggestPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  // 256 is not a multiple of the alphabet size; the slight bias is of no consequence for a one-time password.
  const chars = Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return chars.match(/.{5}/g)?.join('-') ?? chars;
}
