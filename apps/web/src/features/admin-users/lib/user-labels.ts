import { formatDateTime, ROLE_LABELS } from '@umbrella/domain';
import type { UserSummary } from '../../../lib/api-types.ts';

export function roleText(user: Pick<UserSummary, 'role' | 'isAdmin'>): string {
  return `${ROLE_LABELS[user.role]}${user.isAdmin ? ', administrator' : ''}`;
}

export function lastSignInText(user: Pick<UserSummary, 'lastSignInAt'>): string {
  return user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'Never';
}

export function statusText(user: Pick<UserSummary, 'active' | 'mustChangePassword'>): string {
  if (!user.active) return 'Deactivated';
  return user.mustChangePassword ? 'Active, must change password' : 'Active';
}
