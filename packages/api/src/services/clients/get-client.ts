import type { clientIdInput } from '@umbrella/domain';
import type { z } from 'zod';
import {
  auditClientRead,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadClientProfile } from './profile.ts';
import type { ClientProfile } from './views.ts';

/** Opens a client record; the read is audited in the same transaction, and so is a refusal. */
export async function getClient(
  ctx: StaffContext,
  input: z.infer<typeof clientIdInput>,
): Promise<ClientProfile> {
  return inClientTransaction(ctx, async (tx) => {
    const person = await openClientRecord(tx, ctx, input.id, 'clients.read');
    await auditClientRead(tx, ctx, person.id, 'profile');
    return loadClientProfile(tx, ctx.cipher, person);
  });
}
