import type { Role } from '@umbrella/domain';
import { count } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { Database } from '../client.ts';
import { hashPassword } from '../passwords.ts';
import { instanceSettings } from '../schema/settings.ts';
import { users } from '../schema/users.ts';

/** Documented in the README: every demo account signs in with this password. */
export const DEMO_PASSWORD = 'umbrella-demo';
/** Documented base32 TOTP secret of the demo supervisor and admin, so evaluators can pass the second factor. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  isAdmin: boolean;
}

// A fictional organisation: names chosen to be ordinary and belong to no one in particular.
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.test', displayName: 'Sam Reid', role: 'supervisor', isAdmin: true },
  { email: 'supervisor@demo.test', displayName: 'Priya Natarajan', role: 'supervisor', isAdmin: false },
  { email: 'caseworker@demo.test', displayName: 'Joanna Mensah', role: 'caseworker', isAdmin: false },
  { email: 'caseworker2@demo.test', displayName: 'Tomasz Nowak', role: 'caseworker', isAdmin: false },
  { email: 'volunteer@demo.test', displayName: 'Leila Haddad', role: 'volunteer', isAdmin: false },
  { email: 'volunteer2@demo.test', displayName: "Grace O'Neill", role: 'volunteer', isAdmin: false },
];

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super(
      'This database already has users, so the demo organisation was not loaded. ' +
        'Load it into an empty database (for example DATA_DIR=./.data-demo pnpm demo).',
    );
    this.name = 'DatabaseNotEmptyError';
  }
}

/** Loads the demo organisation into an empty database, in one transaction. */
export async function loadDemoData(db: Database): Promise<{ users: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) throw new DatabaseNotEmptyError();
    const now = new Date();
    const inserted = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((user) => {
          const needsTotp = user.isAdmin || user.role === 'supervisor';
          return {
            ...user,
            passwordHash,
            totpSecret: needsTotp ? DEMO_TOTP_SECRET : null,
            totpEnabledAt: needsTotp ? now : null,
          };
        }),
      )
      .returning({ id: users.id });
    await tx.insert(instanceSettings).values({ key: 'demo', value: true });
    await appendAudit(tx, {
      actorUserId: null,
      action: 'demo.load',
      outcome: 'success',
      details: { users: inserted.length },
    });
    return { users: inserted.length };
  });
}
