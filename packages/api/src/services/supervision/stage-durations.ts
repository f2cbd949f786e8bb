import type { stageDurationsInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { StageDurations } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function getStageDurations(
  _ctx: StaffContext,
  _input: z.infer<typeof stageDurationsInput>,
): Promise<StageDurations> {
  throw new Error('not written yet');
}
