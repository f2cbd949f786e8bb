import type { stageStaysInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { StageStaysPage } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function listStageStays(
  _ctx: StaffContext,
  _input: z.infer<typeof stageStaysInput>,
): Promise<StageStaysPage> {
  throw new Error('not written yet');
}
