import type { StaffContext } from '../access/client-record.ts';
import type { StallSettings } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function getStallSettings(_ctx: StaffContext): Promise<StallSettings> {
  throw new Error('not written yet');
}
