import { z } from 'zod';
import { roleSchema } from '../access/roles.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const emailSchema = z
  .string({ error: 'Enter an e-mail address' })
  .trim()
  .toLowerCase()
  .max(254, 'E-mail address is too long')
  .pipe(z.email({ error: 'Enter a valid e-mail address' }));

/** A password being checked at sign-in: any length up to the maximum, so old passwords still work. */
export const currentPasswordSchema = z
  .string({ error: 'Enter your password' })
  .min(1, 'Enter your password')
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** A password being chosen. The common-password list is checked on the server. */
export const newPasswordSchema = z
  .string({ error: 'Enter a new password' })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const displayNameSchema = z
  .string({ error: 'Enter a name' })
  .trim()
  .min(1, 'Enter a name')
  .max(100, 'Name must be at most 100 characters');

export const totpCodeSchema = z
  .string({ error: 'Enter the 6-digit code' })
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app');

export const uuidSchema = z.uuid({ error: 'Not a valid id' });

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id's shape, for values read outside a zod schema (cursors, search params, headers). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_SHAPE.test(value);
}
export const versionSchema = z.number({ error: 'Version is required' }).int().min(1).max(2_147_483_647);

export const signInInput = z.object({ email: emailSchema, password: currentPasswordSchema });
export const verifyTotpInput = z.object({ code: totpCodeSchema });

export const createFirstAdminInput = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});

export const changePasswordInput = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});

export const changeEmailInput = z.object({ currentPassword: currentPasswordSchema, newEmail: emailSchema });

export const confirmTotpEnrolmentInput = z.object({
  code: totpCodeSchema,
  currentPassword: currentPasswordSchema,
});

export const disableTotpInput = z.object({ currentPassword: currentPasswordSchema });

export const createUserInput = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  role: roleSchema,
  isAdmin: z.boolean().default(false),
  /** A first password the admin passes on; the user must change it at first sign-in. */
  initialPassword: newPasswordSchema,
});

export const updateUserInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  isAdmin: z.boolean(),
});

export const setUserActiveInput = z.object({ id: uuidSchema, version: versionSchema, active: z.boolean() });
export const resetUserPasswordInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  newPassword: newPasswordSchema,
});
export const resetUserTotpInput = z.object({ id: uuidSchema, version: versionSchema });

export const PAGE_SIZE_MAX = 100;
export const listInput = z.object({
  cursor: z.string().max(600).optional(),
  limit: z.number().int().min(1).max(PAGE_SIZE_MAX).default(50),
  search: z.string().trim().max(100).optional(),
});

export const changeInitialPasswordInput = z.object({ newPassword: newPasswordSchema });
