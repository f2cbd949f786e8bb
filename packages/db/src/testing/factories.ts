import { randomBytes } from 'node:crypto';
import type { Role } from '@umbrella/domain';
import type { DbOrTx } from '../client.ts';
import { hashPassword } from '../passwords.ts';
import { users, type UserRow } from '../schema/users.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

export interface UserOverrides {
  email?: string;
  displayName?: string;
  role?: Role;
  isAdmin?: boolean;
  active?: boolean;
  password?: string;
  totpSecret?: string | null;
  mustChangePassword?: boolean;
}

/** Inserts a user; by default an active caseworker with TEST_PASSWORD and no second factor. */
export async function createUser(db: DbOrTx, overrides: UserOverrides = {}): Promise<UserRow> {
  const passwordHash = overrides.password
    ? await hashPassword(overrides.password)
    : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const [row] = await db
    .insert(users)
    .values({
      email: overrides.email ?? `user-${randomBytes(4).toString('hex')}@example.test`,
      displayName: overrides.displayName ?? 'Test User',
      role: overrides.role ?? 'caseworker',
      isAdmin: overrides.isAdmin ?? false,
      active: overrides.active ?? true,
      passwordHash,
      mustChangePassword: overrides.mustChangePassword ?? false,
      totpSecret: overrides.totpSecret ?? null,
      totpEnabledAt: overrides.totpSecret ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('user insert returned nothing');
  return row;
}
