/**
 * The disclosure checks decide by an agency's category, so once an agency is in the directory only a
 * supervisor or an administrator may change it (the server refuses anyone else: update-agency.ts).
 * Caseworkers choose the category when they add an agency.
 */
export function canChangeAgencyCategory(user: { role: string; isAdmin: boolean }): boolean {
  return user.role === 'supervisor' || user.isAdmin;
}

/** The one line shown under a category the user may not change. */
export const CATEGORY_LOCKED_HINT =
  'Only a supervisor or an administrator can change the category: it decides what may be shared with this agency.';
