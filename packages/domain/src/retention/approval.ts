import type { Role } from '../access/roles.ts';

/** A member of staff as the two-person rule sees them. */
export interface RetentionActor {
  id: string;
  role: Role;
  isAdmin: boolean;
}

/** Supervisors and administrators may ask for a client to be anonymised (and see the requests). */
export function canRequestAnonymisation(user: Omit<RetentionActor, 'id'>): boolean {
  return user.role === 'supervisor' || user.isAdmin;
}

/**
 * The two-person rule: the approver is someone else, and between them the requester and the approver are a
 * supervisor and an administrator. A supervisor's request needs an administrator; an administrator who is not
 * a supervisor needs a supervisor; someone who is both may be approved by any other supervisor or administrator.
 */
export function canApproveAnonymisation(requester: RetentionActor, approver: RetentionActor): boolean {
  if (requester.id === approver.id) return false;
  if (!canRequestAnonymisation(requester) || !canRequestAnonymisation(approver)) return false;
  const supervisor = requester.role === 'supervisor' || approver.role === 'supervisor';
  const admin = requester.isAdmin || approver.isAdmin;
  return supervisor && admin;
}

/** Who may approve a request made by `requester`, in words ("an administrator"). */
export function approverNeeded(requester: Omit<RetentionActor, 'id'>): string {
  const supervisor = requester.role === 'supervisor';
  if (supervisor && requester.isAdmin) return 'another supervisor or administrator';
  if (supervisor) return 'an administrator';
  return 'a supervisor';
}

export const OWN_REQUEST_MESSAGE =
  'You asked for this anonymisation: a second person must approve it, never the person who asked.';

/** Why `approver` may not approve `requester`'s request, or null when they may. */
export function approvalRefusal(requester: RetentionActor, approver: RetentionActor): string | null {
  if (requester.id === approver.id) return OWN_REQUEST_MESSAGE;
  if (canApproveAnonymisation(requester, approver)) return null;
  return `This request must be approved by ${approverNeeded(requester)}: between them, the person who asked and the person who approves must be a supervisor and an administrator.`;
}
