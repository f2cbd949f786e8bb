import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { appendAudit, hashPassword, users, type DatabaseHandle } from '@umbrella/db';
import { displayNameSchema, emailSchema, roleSchema } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { z } from 'zod';

const argsSchema = z.object({
  email: emailSchema,
  name: displayNameSchema,
  role: roleSchema,
  admin: z.boolean().default(false),
});

/**
 * Creates a user from the command line (e.g. to recover a lost admin). A random first password is printed
 * once; the user must replace it at first sign-in.
 */
export async function createUserCommand(database: DatabaseHandle, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      admin: { type: 'boolean' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    return 2;
  }
  const { email, name, role, admin } = parsed.data;
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const created = await database.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken) return null;
    const [row] = await tx
      .insert(users)
      .values({ email, displayName: name, role, isAdmin: admin, passwordHash, mustChangePassword: true })
      .returning({ id: users.id });
    if (!row) throw new Error('user insert returned nothing');
    await appendAudit(tx, {
      actorUserId: null,
      action: 'users.create',
      outcome: 'success',
      entityType: 'user',
      entityId: row.id,
      details: { role, isAdmin: admin, via: 'command line' },
    });
    return row;
  });
  if (!created) {
    console.error('A user with this e-mail address already exists.');
    return 1;
  }
  console.log(`User created. First password (shown once; they must change it at first sign-in): ${password}`);
  return 0;
}
