import { z } from 'zod';
import { roleSchema } from '../access/roles.ts';

/** What the web app learns about the signed-in user. Instants are ISO strings (no transformer on the wire). */
export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  isAdmin: z.boolean(),
  totpEnabled: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionStatusSchema = z.enum([
  'needs_totp',
  'needs_password_change',
  'needs_totp_enrolment',
  'active',
]);

export const sessionInfoSchema = z.object({
  user: sessionUserSchema,
  status: sessionStatusSchema,
  /** When the session ends at the latest (absolute timeout), ISO-8601. */
  expiresAt: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const userSummarySchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  isAdmin: z.boolean(),
  active: z.boolean(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;
