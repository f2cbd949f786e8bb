import type { Role } from './roles.ts';

export interface ClientViewer {
  role: Role;
  teamIds: readonly string[];
  /**
   * The clients this caseworker opened with break-glass whose grant is still running, when the caller loaded
   * them (only where a running grant should count: see services/access/client-record.ts `loadViewer`).
   */
  breakGlassPersonIds?: readonly string[];
}

export interface ClientAccessSubject {
  /** The client's id: needed only for a break-glass grant to count. */
  id?: string;
  restricted: boolean;
  teamId: string | null;
}

/**
 * Who may open a client record (ARCHITECTURE.md §5): supervisors all; caseworkers unrestricted clients,
 * restricted clients of their own teams, and a restricted client outside them while their break-glass grant on
 * it runs; volunteers none (they see appointment cards only).
 */
export function canOpenClient(viewer: ClientViewer, client: ClientAccessSubject): boolean {
  if (viewer.role === 'supervisor') return true;
  if (viewer.role !== 'caseworker') return false;
  if (!client.restricted || (client.teamId !== null && viewer.teamIds.includes(client.teamId))) return true;
  return client.id !== undefined && (viewer.breakGlassPersonIds?.includes(client.id) ?? false);
}
