import { instanceSettings, type DbOrTx } from '@umbrella/db';
import { DEFAULT_STALL_THRESHOLDS, stallThresholdsSchema, type StallThresholds } from '@umbrella/domain';
import { eq } from 'drizzle-orm';

/** The instance setting holding the organisation's stall thresholds (absent: the defaults). */
export const STALL_THRESHOLDS_KEY = 'stall_thresholds';

/** The thresholds in force, with the settings row's version (null while the defaults apply). */
export async function loadStallSettingsRow(
  tx: DbOrTx,
): Promise<{ thresholds: StallThresholds; version: number | null }> {
  const [row] = await tx
    .select({ value: instanceSettings.value, version: instanceSettings.version })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, STALL_THRESHOLDS_KEY))
    .limit(1);
  if (!row) return { thresholds: DEFAULT_STALL_THRESHOLDS, version: null };
  // A stored value that no longer parses (an older shape) falls back to the defaults rather than failing pages.
  const parsed = stallThresholdsSchema.safeParse(row.value);
  return { thresholds: parsed.success ? parsed.data : DEFAULT_STALL_THRESHOLDS, version: row.version };
}

export async function loadStallThresholds(tx: DbOrTx): Promise<StallThresholds> {
  return (await loadStallSettingsRow(tx)).thresholds;
}
