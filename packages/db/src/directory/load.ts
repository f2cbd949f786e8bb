import { count } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { agencies } from '../schema/agencies.ts';
import { DEMO_DIRECTORY_EXTRAS, STARTER_DIRECTORY, type StarterAgency } from './starter-directory.ts';

/**
 * Loads the starter directory into an empty directory, inside the caller's transaction. Does nothing when the
 * organisation already has agencies, so it never duplicates or overwrites their own. Returns how many were added.
 */
export async function loadStarterDirectory(
  tx: DbOrTx,
  options: { withDemoExtras?: boolean } = {},
): Promise<number> {
  const [existing] = await tx.select({ n: count() }).from(agencies);
  if ((existing?.n ?? 0) > 0) return 0;
  const inserted = await tx
    .insert(agencies)
    .values(
      [
        ...(STARTER_DIRECTORY as readonly StarterAgency[]),
        ...(options.withDemoExtras ? (DEMO_DIRECTORY_EXTRAS as readonly StarterAgency[]) : []),
      ].map((agency) => ({
        name: agency.name,
        category: agency.category,
        address: agency.address ?? null,
        phone: agency.phone ?? null,
        email: agency.email ?? null,
        website: agency.website ?? null,
        notes: agency.notes ?? null,
        replyExpectedWorkingDays: agency.replyExpectedWorkingDays ?? null,
      })),
    )
    .returning({ id: agencies.id });
  return inserted.length;
}
