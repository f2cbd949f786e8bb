import { z } from 'zod';

/** The working roles of Umbrella. Administration is a separate capability (`isAdmin`), not a role. */
export const ROLES = ['volunteer', 'caseworker', 'supervisor'] as const;
export const roleSchema = z.enum(ROLES, { error: 'Choose volunteer, caseworker or supervisor' });
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  volunteer: 'Volunteer',
  caseworker: 'Caseworker',
  supervisor: 'Supervisor',
};

/** Supervisors and admins see the most: they must use a second factor before reaching any data. */
export function isSecondFactorRequired(user: { role: Role; isAdmin: boolean }): boolean {
  return user.isAdmin || user.role === 'supervisor';
}
