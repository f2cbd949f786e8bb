import type { stalledCasesInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { StalledCasesPage } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function listStalledCases(
  _ctx: StaffContext,
  _input: z.infer<typeof stalledCasesInput>,
): Promise<StalledCasesPage> {
  throw new Error('not written yet');
}
