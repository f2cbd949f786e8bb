import { appendAudit } from '@umbrella/db';
import { londonToday, type searchCommunicationsInput } from '@umbrella/domain';
import { and } from 'drizzle-orm';
import type { z } from 'zod';
import { loadViewer, type StaffContext } from '../access/client-record.ts';
import { openableBy } from '../access/openable.ts';
import { loadCommunicationViews, type CommunicationView } from './communication-view.ts';
import { matchesWords, olderThanCursor, toPage } from './page-cursor.ts';

/**
 * Full-text search over the communications of every client the caller may open (restricted clients outside
 * their teams are left out), newest first. The clients whose communications were shown are audited.
 */
export async function searchCommunications(
  ctx: StaffContext,
  input: z.infer<typeof searchCommunicationsInput>,
): Promise<{ items: CommunicationView[]; nextCursor: string | null }> {
  const today = londonToday(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, ctx);
    const rows = await loadCommunicationViews(
      tx,
      ctx.cipher,
      and(
        openableBy(viewer),
        matchesWords(input.search),
        await olderThanCursor(tx, input.cursor, openableBy(viewer)),
      ),
      { today, limit: input.limit + 1, excerpt: true },
    );
    const page = toPage(rows, input.limit);
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'communications.search',
      outcome: 'success',
      entityType: 'communication',
      entityId: null,
      requestId: ctx.meta.requestId,
      details: { personIds: [...new Set(page.items.map((c) => c.personId))], results: page.items.length },
    });
    return page;
  });
}
