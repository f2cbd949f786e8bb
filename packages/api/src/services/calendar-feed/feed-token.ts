import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashFeedToken(token) };
}

/** Only the SHA-256 is kept, so reading the database does not give anyone the address. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isFeedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

export const feedPath = (token: string) => `/calendar/${token}.ics`;
