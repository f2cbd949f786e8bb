import type { clientSupervisionInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { ClientSupervision } from './views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function getClientSupervision(
  _ctx: StaffContext,
  _input: z.infer<typeof clientSupervisionInput>,
): Promise<ClientSupervision> {
  throw new Error('not written yet');
}
