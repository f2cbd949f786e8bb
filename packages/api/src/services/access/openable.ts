import { people } from '@umbrella/db';
import type { ClientViewer } from '@umbrella/domain';
import { inArray, not, or, sql, type SQL } from 'drizzle-orm';

/**
 * The clients whose records the viewer may open (canOpenClient, in SQL over `people`), including those of
 * running break-glass grants when the viewer was loaded with them.
 */
export function openableBy(viewer: ClientViewer): SQL | undefined {
  if (viewer.role === 'supervisor') return undefined;
  if (viewer.role !== 'caseworker') return sql`false`;
  const grants = viewer.breakGlassPersonIds?.length ? [...viewer.breakGlassPersonIds] : [];
  return or(
    not(people.restricted),
    viewer.teamIds.length ? inArray(people.teamId, [...viewer.teamIds]) : undefined,
    grants.length ? inArray(people.id, grants) : undefined,
  );
}
