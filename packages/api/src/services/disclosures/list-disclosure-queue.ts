import { appendAudit, disclosures } from '@umbrella/db';
import { londonToday, type disclosureQueueInput } from '@umbrella/domain';
import { and, asc, desc, eq, gte, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { consentLimits } from '../consents/consent-limits.ts';
import { countDisclosures, loadDisclosureViews, viewerOf } from './disclosure-view.ts';
import type { DisclosureQueuePage } from './views.ts';

/** Approvals stay on the supervisors' list this long after the decision. */
export const APPROVED_SHOWN_DAYS = 90;

/**
 * The supervisors' queue (supervisors see every client): requests awaiting approval, oldest first; or the
 * approvals of the last 90 days (made without consent, or to immigration enforcement), newest first. The
 * clients shown are audited.
 */
export async function listDisclosureQueue(
  ctx: StaffContext,
  input: z.infer<typeof disclosureQueueInput>,
): Promise<DisclosureQueuePage> {
  const now = ctx.now();
  const since = new Date(now.getTime() - APPROVED_SHOWN_DAYS * 24 * 60 * 60 * 1000);
  const awaiting = input.view === 'awaiting_approval';
  const where = awaiting
    ? eq(disclosures.status, 'awaiting_approval')
    : and(
        eq(disclosures.status, 'made'),
        isNotNull(disclosures.decidedById),
        gte(disclosures.decidedAt, since),
      );
  const order = awaiting
    ? [asc(disclosures.createdAt), asc(disclosures.id)]
    : [desc(disclosures.decidedAt), desc(disclosures.id)];
  return ctx.db.transaction(async (tx) => {
    const items = await loadDisclosureViews(tx, where, viewerOf(ctx), {
      order,
      limit: input.limit,
      offset: input.offset,
    });
    const total = await countDisclosures(tx, where);
    // What the supervisor weighs: the limits the client set on what they agreed to.
    const limits = awaiting
      ? await consentLimits(tx, [...new Set(items.map((d) => d.personId))], londonToday(now))
      : new Map<string, string[]>();
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'disclosures.queue',
      outcome: 'success',
      entityType: 'supervision',
      requestId: ctx.meta.requestId,
      details: {
        view: input.view,
        offset: input.offset,
        disclosureIds: items.map((d) => d.id),
        personIds: [...new Set(items.map((d) => d.personId))],
      },
    });
    return { items: items.map((d) => ({ ...d, clientLimits: limits.get(d.personId) ?? [] })), total };
  });
}
