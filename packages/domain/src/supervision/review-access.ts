import type { Role } from '../access/roles.ts';

export interface ReviewReader {
  id: string;
  role: Role;
}

/** Who works the case the reviews are about. */
export interface ReviewedCase {
  keyWorkerId: string | null;
  leadCaseworkerId: string | null;
}

/**
 * Supervision notes are between supervisors and the caseworker supervised: a supervisor reads every case's,
 * a caseworker only those of a case they are key worker or lead caseworker on, volunteers never.
 */
export function canReadReviewNotes(reader: ReviewReader, reviewed: ReviewedCase): boolean {
  if (reader.role === 'supervisor') return true;
  if (reader.role !== 'caseworker') return false;
  return reviewed.keyWorkerId === reader.id || reviewed.leadCaseworkerId === reader.id;
}
