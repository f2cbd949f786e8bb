import type { StaffContext } from '../access/client-record.ts';
import type { Caseload } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function getCaseload(_ctx: StaffContext): Promise<Caseload> {
  throw new Error('not written yet');
}
