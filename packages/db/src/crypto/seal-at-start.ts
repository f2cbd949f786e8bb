import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { instanceSettings } from '../schema/settings.ts';
import type { FieldCipher } from './cipher.ts';
import { ENCRYPTED_COLUMNS } from './columns.ts';
import { sealLegacyValues, type ReencryptReport } from './reencrypt.ts';

/** The instance setting that says the sweep has found nothing left to seal, for which list of columns. */
export const LEGACY_SEALING_KEY = 'legacy_sealing';

/**
 * What the sweep covers: every sealed column and blind index. A release that seals another column or adds a
 * blind index changes it, and the next start sweeps again.
 */
export function legacySealingSignature(): string {
  return createHash('sha256').update(JSON.stringify(ENCRYPTED_COLUMNS)).digest('hex').slice(0, 16);
}

/**
 * The start-up sweep of values written before encryption (sealLegacyValues), once: it reads every sealed
 * column of every row (3 s at 20,000 clients), and once it has found everything sealed and readable nothing
 * new can need it (this release seals every value it writes). Null when skipped. A sweep that met unreadable
 * values is not marked done, so every start reports them until they are dealt with. `always` sweeps whatever
 * the marker says: `pnpm db:migrate` does, for rows that came in another way (a restore, an older instance still
 * writing during an upgrade).
 */
export async function sealLegacyValuesAtStart(
  db: Database,
  cipher: FieldCipher,
  options: { always?: boolean } = {},
): Promise<ReencryptReport | null> {
  const signature = legacySealingSignature();
  const [marker] = await db
    .select({ value: instanceSettings.value })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, LEGACY_SEALING_KEY));
  const done = (marker?.value as { signature?: unknown } | undefined)?.signature === signature;
  if (done && !options.always) return null;
  const report = await sealLegacyValues(db, cipher);
  if (report.unreadable === 0) {
    const value = { signature, sweptAt: new Date().toISOString() };
    await db
      .insert(instanceSettings)
      .values({ key: LEGACY_SEALING_KEY, value })
      .onConflictDoUpdate({
        target: instanceSettings.key,
        set: { value, updatedAt: sql`now()`, version: sql`${instanceSettings.version} + 1` },
      });
  }
  return report;
}
