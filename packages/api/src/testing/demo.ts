import { DEMO_PASSWORD, DEMO_TOTP_SECRET, loadDemoData } from '@umbrella/db';
import { totpCodeAt } from '../services/auth/totp.ts';
import { createTestApi, type TestApi, type TestBrowser } from './harness.ts';

/**
 * A test API holding the demo organisation, loaded as of now (its history is placed around the day it is
 * loaded), and the demo supervisor signed in with their second factor.
 */
export async function demoApi(): Promise<{ api: TestApi; supervisor: TestBrowser }> {
  const api = await createTestApi();
  api.clock.now = new Date();
  await loadDemoData(api.handle.db, api.cipher);
  const supervisor = api.browser();
  await (await supervisor.call()).auth.signIn({ email: 'supervisor@demo.test', password: DEMO_PASSWORD });
  await (await supervisor.call()).auth.verifyTotp({ code: totpCodeAt(DEMO_TOTP_SECRET, api.clock.now) });
  return { api, supervisor };
}
