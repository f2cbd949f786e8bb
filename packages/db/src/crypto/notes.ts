import type { FieldCipher } from './cipher.ts';
import type { Ciphertext } from './ciphertext.ts';

/**
 * Timeline notes share one column: a note marked sensitive is stored sealed, any other in clear (stage
 * changes, notes of communications and reports are not secret, and the stall rules only need their dates).
 */
export function storedNote(cipher: FieldCipher, text: string, sensitive: boolean): string;
export function storedNote(cipher: FieldCipher, text: string | null, sensitive: boolean): string | null;
export function storedNote(cipher: FieldCipher, text: string | null, sensitive: boolean): string | null {
  if (text === null || !sensitive) return text;
  return cipher.seal('timeline_events.note', text) as unknown as string;
}

/** A timeline note's text in clear. */
export function noteText(
  cipher: FieldCipher,
  event: { note: string | null; sensitive: boolean },
): string | null {
  if (event.note === null || !event.sensitive) return event.note;
  return cipher.open('timeline_events.note', event.note as unknown as Ciphertext);
}
