import { randomBytes } from 'node:crypto';
import type { Role } from '@umbrella/domain';
import type { DbOrTx } from '../client.ts';
import { hashPassword } from '../passwords.ts';
import { agencies } from '../schema/agencies.ts';
import { teamMembers, teams } from '../schema/teams.ts';
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

/** Inserts a team with the given members. */
export async function createTeam(
  db: DbOrTx,
  overrides: { name?: string; memberIds?: string[] } = {},
): Promise<typeof teams.$inferSelect> {
  const [team] = await db
    .insert(teams)
    .values({ name: overrides.name ?? `Team ${randomBytes(3).toString('hex')}` })
    .returning();
  if (!team) throw new Error('team insert returned nothing');
  if (overrides.memberIds?.length) {
    await db.insert(teamMembers).values(overrides.memberIds.map((userId) => ({ teamId: team.id, userId })));
  }
  return team;
}

/** Inserts a directory entry; by default a police force. */
export async function createAgency(
  db: DbOrTx,
  overrides: Partial<typeof agencies.$inferInsert> = {},
): Promise<typeof agencies.$inferSelect> {
  const [agency] = await db
    .insert(agencies)
    .values({ name: 'Test Police', category: 'police', ...overrides })
    .returning();
  if (!agency) throw new Error('agency insert returned nothing');
  return agency;
}
