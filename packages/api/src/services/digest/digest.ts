import type { digestInput } from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import type { DigestView } from '../supervision/views.ts';

/** CONTRACT STUB: to be written (issue 6). */
export async function getDigest(_ctx: StaffContext, _input: z.infer<typeof digestInput>): Promise<DigestView> {
  throw new Error('not written yet');
}
