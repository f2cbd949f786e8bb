import { appendAudit, instanceSettings } from '@umbrella/db';
import { MATTER_KINDS, type RetentionPolicy, type updateRetentionPolicyInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { conflict } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { loadRetentionPolicyRow, RETENTION_POLICY_KEY } from './policy-setting.ts';
import type { RetentionPolicySetting } from './views.ts';

/** The parts of the policy whose value differs (names only, for the audit row). */
function changedKeys(before: RetentionPolicy, after: RetentionPolicy): string[] {
  const changed = before.defaultYears === after.defaultYears ? [] : ['defaultYears'];
  for (const kind of MATTER_KINDS) {
    if (before.byMatterKind[kind] !== after.byMatterKind[kind]) changed.push(`byMatterKind.${kind}`);
  }
  return changed;
}

/**
 * Saves the organisation's retention policy (administrators). The first save inserts the setting (version
 * null: the editor read the defaults); later saves name the version read, and a stale one is a CONFLICT.
 */
export async function updateRetentionPolicy(
  ctx: StaffContext,
  input: z.infer<typeof updateRetentionPolicyInput>,
): Promise<RetentionPolicySetting> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await loadRetentionPolicyRow(tx);
    const [saved] =
      input.version === null
        ? await tx
            .insert(instanceSettings)
            .values({ key: RETENTION_POLICY_KEY, value: input.policy, createdAt: now, updatedAt: now })
            .onConflictDoNothing({ target: instanceSettings.key })
            .returning({ version: instanceSettings.version })
        : await tx
            .update(instanceSettings)
            .set({ value: input.policy, version: sql`${instanceSettings.version} + 1`, updatedAt: now })
            .where(
              and(
                eq(instanceSettings.key, RETENTION_POLICY_KEY),
                eq(instanceSettings.version, input.version),
              ),
            )
            .returning({ version: instanceSettings.version });
    if (!saved) throw conflict('policy');
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'retention.update_policy',
      outcome: 'success',
      entityType: 'instance_setting',
      entityId: RETENTION_POLICY_KEY,
      requestId: ctx.meta.requestId,
      details: { changed: changedKeys(before.policy, input.policy), version: saved.version },
    });
    return { policy: input.policy, version: saved.version };
  });
}
