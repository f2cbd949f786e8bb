import type { StaffContext } from '../access/client-record.ts';
import type { OverdueTrend } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function getOverdueTrend(_ctx: StaffContext): Promise<OverdueTrend> {
  throw new Error('not written yet');
}
