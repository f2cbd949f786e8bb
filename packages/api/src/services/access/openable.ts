import { people } from '@umbrella/db';
import type { ClientViewer } from '@umbrella/domain';
import { inArray, not, or, sql, type SQL } from 'drizzle-orm';

/** The clients whose records the viewer may open (canOpenClient, in SQL over `people`). */
export function openableBy(viewer: ClientViewer): SQL | undefined {
  if (viewer.role === 'supervisor') return undefined;
  if (viewer.role !== 'caseworker') return sql`false`;
  return viewer.teamIds.length
    ? or(not(people.restricted), inArray(people.teamId, [...viewer.teamIds]))
    : not(people.restricted);
}
