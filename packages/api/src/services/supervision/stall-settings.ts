import type { StaffContext } from '../access/client-record.ts';
import { loadStallSettingsRow } from './thresholds.ts';
import type { StallSettings } from './views.ts';

/** The stall thresholds in force, with the version an edit must name (null while the defaults apply). */
export async function getStallSettings(ctx: StaffContext): Promise<StallSettings> {
  return ctx.db.transaction((tx) => loadStallSettingsRow(tx));
}
