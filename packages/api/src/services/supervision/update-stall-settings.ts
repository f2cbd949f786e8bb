import type { updateStallThresholdsInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { StallSettings } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function updateStallSettings(
  _ctx: StaffContext,
  _input: z.infer<typeof updateStallThresholdsInput>,
): Promise<StallSettings> {
  throw new Error('not written yet');
}
