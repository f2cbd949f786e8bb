import { communications, type DbOrTx } from '@umbrella/db';
import { and, eq, inArray, sql } from 'drizzle-orm';

/**
 * The letters of one wait for a reply: an original and the chasers that followed it, in order. Walks back
 * through `chaserOfId`, then forward through the chasers of each (chains are a handful of letters long).
 */
export async function loadChain(
  tx: DbOrTx,
  start: { id: string; chaserOfId: string | null; personId: string },
): Promise<{ id: string; occurredOn: string; replyState: string | null }[]> {
  let originalId = start.id;
  let previous = start.chaserOfId;
  const seen = new Set([start.id]);
  while (previous && !seen.has(previous)) {
    seen.add(previous);
    originalId = previous;
    const [row] = await tx
      .select({ chaserOfId: communications.chaserOfId })
      .from(communications)
      .where(and(eq(communications.id, previous), eq(communications.personId, start.personId)));
    previous = row?.chaserOfId ?? null;
  }
  const chain: { id: string; occurredOn: string; replyState: string | null }[] = [];
  let frontier = [originalId];
  const visited = new Set<string>();
  while (frontier.length) {
    const rows = await tx
      .select({
        id: communications.id,
        occurredOn: communications.occurredOn,
        replyState: communications.replyState,
      })
      .from(communications)
      .where(and(inArray(communications.id, frontier), eq(communications.personId, start.personId)));
    for (const row of rows) visited.add(row.id);
    chain.push(...rows);
    const next = await tx
      .select({ id: communications.id })
      .from(communications)
      .where(and(inArray(communications.chaserOfId, frontier), eq(communications.personId, start.personId)));
    frontier = next.map((r) => r.id).filter((id) => !visited.has(id));
  }
  return chain.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
}

/** Every letter of the chain still waiting (or chased) is answered by `incomingId`. */
export async function markChainAnswered(
  tx: DbOrTx,
  chainIds: string[],
  incomingId: string,
  now: Date,
): Promise<string[]> {
  if (!chainIds.length) return [];
  const rows = await tx
    .update(communications)
    .set({
      replyState: 'answered',
      answeredById: incomingId,
      version: sql`${communications.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(inArray(communications.id, chainIds), inArray(communications.replyState, ['awaiting', 'chased'])),
    )
    .returning({ id: communications.id });
  return rows.map((r) => r.id);
}
