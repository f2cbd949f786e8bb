import { consents, type DbOrTx } from '@umbrella/db';
import { and, asc, inArray, isNotNull, isNull, lte } from 'drizzle-orm';

/**
 * The limits each client set on their consents in force ("Nothing to the Home Office from us"), oldest first:
 * whoever writes to an agency, or approves it, reads them first. One query for any number of clients.
 */
export async function consentLimits(
  tx: DbOrTx,
  personIds: readonly string[],
  today: string,
): Promise<Map<string, string[]>> {
  const limits = new Map<string, string[]>();
  if (personIds.length === 0) return limits;
  const rows = await tx
    .select({ personId: consents.personId, scope: consents.scope })
    .from(consents)
    .where(
      and(
        inArray(consents.personId, [...personIds]),
        isNull(consents.withdrawnAt),
        lte(consents.givenOn, today),
        isNotNull(consents.scope),
      ),
    )
    .orderBy(asc(consents.givenOn), asc(consents.id));
  for (const { personId, scope } of rows) {
    if (scope) limits.set(personId, [...(limits.get(personId) ?? []), scope]);
  }
  return limits;
}
