import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app shows for a base32 secret (spaces allowed, as the page groups it). */
export function totpCode(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '')), digits: 6, period: 30 }).generate({
    timestamp: at,
  });
}

/** Each code works once: wait for the next 30-second step before using the secret again. */
export async function nextTotpCode(secret: string): Promise<string> {
  const msIntoStep = Date.now() % 30_000;
  await new Promise((r) => setTimeout(r, 30_000 - msIntoStep + 200));
  return totpCode(secret);
}
