import { appendAudit, instanceSettings } from '@umbrella/db';
import type { StallThresholds, updateStallThresholdsInput } from '@umbrella/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { conflict } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { loadStallSettingsRow, STALL_THRESHOLDS_KEY } from './thresholds.ts';
import type { StallSettings } from './views.ts';

const THRESHOLD_KEYS = ['inactivityDays', 'replyOverdueDays', 'reviewIntervalDays', 'stages'] as const;

/** The thresholds whose value differs (names only, for the audit row). */
function changedKeys(before: StallThresholds, after: StallThresholds): string[] {
  return THRESHOLD_KEYS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * Saves the organisation's stall thresholds (admins). The first save inserts the setting (version null: the
 * editor read the defaults); later saves name the version read, and a stale one is a CONFLICT.
 */
export async function updateStallSettings(
  ctx: StaffContext,
  input: z.infer<typeof updateStallThresholdsInput>,
): Promise<StallSettings> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await loadStallSettingsRow(tx);
    const [saved] =
      input.version === null
        ? await tx
            .insert(instanceSettings)
            .values({ key: STALL_THRESHOLDS_KEY, value: input.thresholds, createdAt: now, updatedAt: now })
            .onConflictDoNothing({ target: instanceSettings.key })
            .returning({ version: instanceSettings.version })
        : await tx
            .update(instanceSettings)
            .set({ value: input.thresholds, version: sql`${instanceSettings.version} + 1`, updatedAt: now })
            .where(
              and(
                eq(instanceSettings.key, STALL_THRESHOLDS_KEY),
                eq(instanceSettings.version, input.version),
              ),
            )
            .returning({ version: instanceSettings.version });
    if (!saved) throw conflict('setting');
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'supervision.update_settings',
      outcome: 'success',
      entityType: 'instance_setting',
      entityId: STALL_THRESHOLDS_KEY,
      requestId: ctx.meta.requestId,
      details: { changed: changedKeys(before.thresholds, input.thresholds), version: saved.version },
    });
    return { thresholds: input.thresholds, version: saved.version };
  });
}
