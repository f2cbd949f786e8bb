import type { StaffContext } from '../access/client-record.ts';
import { loadRetentionPolicyRow } from './policy-setting.ts';
import type { RetentionPolicySetting } from './views.ts';

/** The retention policy in force, with the version an edit must name (null while the defaults apply). */
export async function getRetentionPolicy(ctx: StaffContext): Promise<RetentionPolicySetting> {
  return ctx.db.transaction((tx) => loadRetentionPolicyRow(tx));
}
