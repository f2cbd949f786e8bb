import { dictionary } from '@zxcvbn-ts/language-common';
import { badRequest } from '../../errors.ts';

// About 49,000 of the most common passwords (the zxcvbn-ts list), compared without case.
const COMMON_PASSWORDS = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

/** Length is checked by the input schema; this adds the checks that need the list or the account. */
export function assertAcceptablePassword(password: string, field: string, email?: string): void {
  if (isCommonPassword(password)) {
    throw badRequest(field, 'This password is too common. Choose one that is harder to guess.');
  }
  if (email && password.toLowerCase() === email.toLowerCase()) {
    throw badRequest(field, 'Your password must not be your e-mail address.');
  }
}
