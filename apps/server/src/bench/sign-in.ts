import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '@umbrella/db';
import type { SessionInfo } from '@umbrella/domain';
import { Secret, TOTP } from 'otpauth';
import { callApi, describeFailure } from './trpc-http.ts';

export type BenchRole = 'caseworker' | 'supervisor';

/** The demo accounts (kept by the large data set too). */
export const DEMO_ACCOUNTS: Record<BenchRole, string> = {
  caseworker: 'caseworker@demo.test',
  supervisor: 'supervisor@demo.test',
};

export interface SignedIn {
  role: BenchRole;
  user: SessionInfo['user'];
  /** The `Cookie` header carrying the session. */
  cookie: string;
}

const TOTP_PERIOD_MS = 30_000;

function totpCode(now: number): string {
  return new TOTP({
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(DEMO_TOTP_SECRET),
  }).generate({
    timestamp: now,
  });
}

/**
 * Signs in over HTTP as the web app does: `auth.signIn` with the password, then `auth.verifyTotp` with an
 * authenticator code when the account needs one (supervisors). Once per role: failures count towards the
 * login throttle. A code is accepted once only, so when a run a moment ago used this one, the next is awaited.
 */
export async function signIn(baseUrl: string, role: BenchRole): Promise<SignedIn> {
  const email = DEMO_ACCOUNTS[role];
  const first = await callApi(baseUrl, '', [
    { path: 'auth.signIn', input: { email, password: DEMO_PASSWORD } },
  ]);
  const [answer] = first.items;
  if (first.status !== 200 || !answer?.ok) {
    throw new Error(
      `Could not sign in as ${email} (${describeFailure(first.status, first.text)}). Is the demo organisation loaded ` +
        '(pnpm demo), and is the server using the same database and keyring?',
    );
  }
  let info = answer.data as SessionInfo;
  let cookie = first.cookie;
  if (info.status === 'needs_totp') {
    for (let attempt = 0; ; attempt++) {
      const now = Date.now();
      const verified = await callApi(baseUrl, cookie, [
        { path: 'auth.verifyTotp', input: { code: totpCode(now) } },
      ]);
      const [item] = verified.items;
      if (verified.status === 200 && item?.ok) {
        info = item.data as SessionInfo;
        cookie = verified.cookie;
        break;
      }
      if (attempt > 0 || verified.status !== 400) {
        throw new Error(
          `The TOTP code for ${email} was refused (${describeFailure(verified.status, verified.text)}).`,
        );
      }
      // Used already (a run less than 30 s ago): wait for the next code.
      await new Promise((resolve) => setTimeout(resolve, TOTP_PERIOD_MS - (now % TOTP_PERIOD_MS) + 500));
    }
  }
  if (info.status !== 'active') {
    throw new Error(`${email} signed in but the session is "${info.status}", not active.`);
  }
  if (info.user.role !== role) throw new Error(`${email} is a ${info.user.role}, not a ${role}.`);
  return { role, user: info.user, cookie };
}
