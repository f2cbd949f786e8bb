import type { UserRow } from '@umbrella/db';
import { createUser, TEST_PASSWORD, type UserOverrides } from '@umbrella/db/testing';
import { totpCodeAt } from '../services/auth/totp.ts';
import type { TestApi, TestBrowser } from './harness.ts';

export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

export interface SignedIn extends TestBrowser {
  user: UserRow;
}

/**
 * A user created and signed in on their own browser. Supervisors and admins get a second factor and pass it,
 * so every returned browser is fully signed in.
 */
export async function signedIn(api: TestApi, overrides: UserOverrides = {}): Promise<SignedIn> {
  const needsCode = overrides.role === 'supervisor' || overrides.isAdmin === true;
  const user = await createUser(api.handle.db, {
    ...overrides,
    ...(needsCode ? { totpSecret: TEST_TOTP_SECRET } : {}),
  });
  const browser = api.browser();
  await (await browser.call()).auth.signIn({ email: user.email, password: TEST_PASSWORD });
  if (needsCode) {
    await (await browser.call()).auth.verifyTotp({ code: totpCodeAt(TEST_TOTP_SECRET, api.clock.now) });
  }
  return { ...browser, user };
}
