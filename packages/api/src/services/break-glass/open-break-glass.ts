import { appendAudit, breakGlassGrants, people } from '@umbrella/db';
import {
  BREAK_GLASS_REFUSAL_MESSAGES,
  breakGlassExpiry,
  breakGlassRefusal,
  breakGlassUntilText,
  type openBreakGlassInput,
} from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest, notFound } from '../../errors.ts';
import { runningBreakGlass } from '../access/break-glass-access.ts';
import { loadViewer, type StaffContext } from '../access/client-record.ts';
import { toMyBreakGlassView } from './grant-view.ts';
import type { MyBreakGlassView } from './views.ts';

/**
 * A caseworker refused a restricted client outside their teams opens the record for `breakGlassMinutes`
 * (BREAK_GLASS_MINUTES), saying why. Caseworkers only (the router's tier; the rule again here), and only for
 * a record they could not open otherwise; one grant at a time per caseworker and client. The reason is kept
 * on the grant for the supervisors, never in the audit log (ids only there).
 */
export async function openBreakGlass(
  ctx: StaffContext,
  input: z.infer<typeof openBreakGlassInput>,
): Promise<MyBreakGlassView> {
  const now = ctx.now();
  const userId = ctx.session.user.id;
  return ctx.db.transaction(async (tx) => {
    // Held, so two requests cannot both open a grant, nor a change of team slip in between.
    const [person] = await tx
      .select({ id: people.id, restricted: people.restricted, teamId: people.teamId })
      .from(people)
      .where(eq(people.id, input.personId))
      .limit(1)
      .for('update');
    if (!person) throw notFound('client');
    const refusal = breakGlassRefusal(await loadViewer(tx, ctx), person);
    if (refusal) throw badRequest('personId', BREAK_GLASS_REFUSAL_MESSAGES[refusal]);
    const running = await runningBreakGlass(tx, userId, person.id, now);
    if (running) {
      throw badRequest(
        'personId',
        `You have already opened this record with break-glass, until ${breakGlassUntilText(running.expiresAt, now)}.`,
      );
    }
    const [grant] = await tx
      .insert(breakGlassGrants)
      .values({
        userId,
        personId: person.id,
        reason: input.reason,
        expiresAt: breakGlassExpiry(now, ctx.config.breakGlassMinutes),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!grant) throw new Error('break-glass insert returned nothing');
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'breakGlass.open',
      outcome: 'success',
      entityType: 'person',
      entityId: person.id,
      requestId: ctx.meta.requestId,
      details: { breakGlassId: grant.id, minutes: ctx.config.breakGlassMinutes },
    });
    return toMyBreakGlassView(grant);
  });
}
