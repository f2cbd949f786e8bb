import { instanceSettings, type DbOrTx } from '@umbrella/db';
import { DEFAULT_RETENTION_POLICY, retentionPolicySchema, type RetentionPolicy } from '@umbrella/domain';
import { eq } from 'drizzle-orm';

/** The instance setting holding the organisation's retention policy (absent: the defaults). */
export const RETENTION_POLICY_KEY = 'retention_policy';

/** The policy in force, with the settings row's version (null while the defaults apply). */
export async function loadRetentionPolicyRow(
  tx: DbOrTx,
): Promise<{ policy: RetentionPolicy; version: number | null }> {
  const [row] = await tx
    .select({ value: instanceSettings.value, version: instanceSettings.version })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, RETENTION_POLICY_KEY))
    .limit(1);
  if (!row) return { policy: DEFAULT_RETENTION_POLICY, version: null };
  // A stored value that no longer parses (an older shape) falls back to the defaults rather than failing pages.
  const parsed = retentionPolicySchema.safeParse(row.value);
  return { policy: parsed.success ? parsed.data : DEFAULT_RETENTION_POLICY, version: row.version };
}
