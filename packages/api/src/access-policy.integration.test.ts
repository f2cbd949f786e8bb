import { createUser, TEST_PASSWORD } from '@umbrella/db/testing';
import { isAllowedByPolicy, type PolicySubject } from '@umbrella/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root.ts';
import { totpCodeAt } from './services/auth/totp.ts';
import { createTestApi, type TestApi, type TestBrowser } from './testing/harness.ts';
import type { ProcedureMeta } from './trpc.ts';

const SECRET = 'JBSWY3DPEHPK3PXP';
type ProcedureRecord = Record<string, { _def: { meta?: ProcedureMeta } }>;
// tRPC keeps every procedure, flattened by path ("users.list"), on the router's definition.
const procedureRecord = appRouter._def.procedures as unknown as ProcedureRecord;
const procedures = Object.entries(procedureRecord);

let api: TestApi;
interface Caller {
  name: string;
  subject: PolicySubject | null;
  browser: TestBrowser;
  /** Another browser signed in as the same kind of caller, for procedures that end the session. */
  fresh: () => Promise<TestBrowser>;
}
const callers: Caller[] = [];
// Procedures that take no input and would end the caller's session if allowed.
const SESSION_ENDING = new Set(['auth.signOut']);

beforeAll(async () => {
  api = await createTestApi();
  const db = api.handle.db;
  const signIn = async (email: string, withCode = false) => {
    const browser = api.browser();
    await (await browser.call()).auth.signIn({ email, password: TEST_PASSWORD });
    if (withCode) await (await browser.call()).auth.verifyTotp({ code: totpCodeAt(SECRET, api.clock.now) });
    return browser;
  };
  await createUser(db, { email: 'v@x.test', role: 'volunteer' });
  await createUser(db, { email: 'c@x.test', role: 'caseworker' });
  await createUser(db, { email: 's@x.test', role: 'supervisor', totpSecret: SECRET });
  await createUser(db, { email: 'a@x.test', role: 'caseworker', isAdmin: true, totpSecret: SECRET });
  await createUser(db, { email: 'p@x.test', role: 'supervisor' });
  await createUser(db, { email: 't@x.test', role: 'caseworker', totpSecret: SECRET });
  await createUser(db, { email: 'm@x.test', role: 'caseworker', mustChangePassword: true });
  const kinds: [string, PolicySubject | null, () => Promise<TestBrowser>][] = [
    ['signed out', null, async () => api.browser()],
    ['volunteer', { role: 'volunteer', isAdmin: false, status: 'active' }, () => signIn('v@x.test')],
    ['caseworker', { role: 'caseworker', isAdmin: false, status: 'active' }, () => signIn('c@x.test')],
    ['supervisor', { role: 'supervisor', isAdmin: false, status: 'active' }, () => signIn('s@x.test', true)],
    ['admin', { role: 'caseworker', isAdmin: true, status: 'active' }, () => signIn('a@x.test', true)],
    [
      'supervisor yet to enrol TOTP',
      { role: 'supervisor', isAdmin: false, status: 'needs_totp_enrolment' },
      () => signIn('p@x.test'),
    ],
    [
      'caseworker yet to enter a TOTP code',
      { role: 'caseworker', isAdmin: false, status: 'needs_totp' },
      () => signIn('t@x.test'),
    ],
    [
      'caseworker yet to replace a first password',
      { role: 'caseworker', isAdmin: false, status: 'needs_password_change' },
      () => signIn('m@x.test'),
    ],
  ];
  for (const [name, subject, fresh] of kinds) {
    // Each code is accepted once: move the clock on a step so the next sign-in gets a new code.
    api.clock.now = new Date(api.clock.now.getTime() + 30_000);
    callers.push({ name, subject, browser: await fresh(), fresh });
  }
});
afterAll(async () => {
  await api.close();
});

const REFUSALS = ['Please sign in to continue.', 'You do not have access to this.'];

describe('access policy of every procedure', () => {
  it('has a declared policy on every procedure', () => {
    expect(procedures.length).toBeGreaterThan(10);
    const undeclared = procedures.filter(([, p]) => !p._def.meta?.policy).map(([path]) => path);
    expect(undeclared).toEqual([]);
  });

  it.each(procedures.map(([path]) => path))(
    '%s refuses exactly the callers its policy excludes',
    async (path) => {
      const policy = procedureRecord[path]?._def.meta?.policy;
      if (!policy) throw new Error(`no policy on ${path}`);
      for (const caller of callers) {
        api.clock.now = new Date(api.clock.now.getTime() + 30_000);
        const browser = SESSION_ENDING.has(path) ? await caller.fresh() : caller.browser;
        const target = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], await browser.call()) as (
          input: unknown,
        ) => Promise<unknown>;
        const error = await target({ __probe: true }).then(
          () => null,
          (e: { message?: string }) => e,
        );
        const refused = error !== null && REFUSALS.includes(String(error.message));
        expect({ path, caller: caller.name, refused }).toEqual({
          path,
          caller: caller.name,
          refused: !isAllowedByPolicy(policy, caller.subject),
        });
      }
    },
  );
});
