import type { SafeContactRules, SealedSafeContact } from '../schema/people.ts';
import type { FieldCipher } from './cipher.ts';

/** The safe-contact rules as stored: the booleans readable, the code word, safe times and notes sealed. */
export function sealSafeContact(cipher: FieldCipher, rules: SafeContactRules): SealedSafeContact {
  return {
    call: rules.call,
    text: rules.text,
    voicemail: rules.voicemail,
    post: rules.post,
    codeWord: cipher.sealOrNull('people.safe_contact.codeWord', rules.codeWord),
    safeTimes: cipher.sealOrNull('people.safe_contact.safeTimes', rules.safeTimes),
    notes: cipher.sealOrNull('people.safe_contact.notes', rules.notes),
  };
}

export function openSafeContact(cipher: FieldCipher, stored: SealedSafeContact): SafeContactRules {
  return {
    call: stored.call,
    text: stored.text,
    voicemail: stored.voicemail,
    post: stored.post,
    codeWord: cipher.openOrNull('people.safe_contact.codeWord', stored.codeWord ?? null),
    safeTimes: cipher.openOrNull('people.safe_contact.safeTimes', stored.safeTimes ?? null),
    notes: cipher.openOrNull('people.safe_contact.notes', stored.notes ?? null),
  };
}
