import type { reassignKeyWorkerInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { ReassignResult } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function reassignKeyWorker(
  _ctx: StaffContext,
  _input: z.infer<typeof reassignKeyWorkerInput>,
): Promise<ReassignResult> {
  throw new Error('not written yet');
}
