import type { Role } from './roles.ts';

export interface ClientViewer {
  role: Role;
  teamIds: readonly string[];
}

export interface ClientAccessSubject {
  restricted: boolean;
  teamId: string | null;
}

/**
 * Who may open a client record (ARCHITECTURE.md §5): supervisors all; caseworkers unrestricted clients and
 * restricted clients of their own teams; volunteers none (they see appointment cards only).
 */
export function canOpenClient(viewer: ClientViewer, client: ClientAccessSubject): boolean {
  if (viewer.role === 'supervisor') return true;
  if (viewer.role !== 'caseworker') return false;
  return !client.restricted || (client.teamId !== null && viewer.teamIds.includes(client.teamId));
}
