import type { overdueAtInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { OverdueAtPage } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function listOverdueAt(
  _ctx: StaffContext,
  _input: z.infer<typeof overdueAtInput>,
): Promise<OverdueAtPage> {
  throw new Error('not written yet');
}
