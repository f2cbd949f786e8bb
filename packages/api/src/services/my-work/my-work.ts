import { appendAudit, cases, deadlines, people, users, type DbOrTx } from '@umbrella/db';
import {
  addCalendarDays,
  londonToday,
  UPCOMING_WINDOW_DAYS,
  type ClientViewer,
  type myWorkInput,
} from '@umbrella/domain';
import { and, count, eq, gte, inArray, lt, lte, not, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { loadViewer, type StaffContext } from '../access/client-record.ts';
import { loadDeadlineViews, type DeadlineView } from '../deadlines/deadline-view.ts';

export interface MyWork {
  user: { id: string; displayName: string };
  today: string;
  overdue: DeadlineView[];
  upcoming: DeadlineView[];
  counts: { overdue: number; upcoming: number };
}

/** The clients whose records the viewer may open (canOpenClient, in SQL). */
function openableBy(viewer: ClientViewer): SQL | undefined {
  if (viewer.role === 'supervisor') return undefined;
  if (viewer.role !== 'caseworker') return sql`false`;
  return viewer.teamIds.length
    ? or(not(people.restricted), inArray(people.teamId, [...viewer.teamIds]))
    : not(people.restricted);
}

/** Deadlines on clients `userId` works with: their key worker, or their case file's lead caseworker. */
function workedBy(userId: string): SQL | undefined {
  return or(
    eq(people.keyWorkerId, userId),
    sql`exists (select 1 from ${cases} where ${cases.id} = ${deadlines.caseId} and ${cases.leadCaseworkerId} = ${userId})`,
  );
}

/** Open deadlines of `userId`'s clients due by the end of the window, that the viewer may open. */
function dueSoon(userId: string, viewer: ClientViewer, today: string): SQL | undefined {
  return and(
    eq(deadlines.status, 'open'),
    lte(deadlines.due, addCalendarDays(today, UPCOMING_WINDOW_DAYS)),
    workedBy(userId),
    openableBy(viewer),
  );
}

async function resolveUser(tx: DbOrTx, ctx: StaffContext, userId: string | undefined) {
  const self = ctx.session.user;
  if (!userId || userId === self.id) return { id: self.id, displayName: self.displayName };
  if (self.role !== 'supervisor') {
    throw new AppError('FORBIDDEN', 'Only a supervisor can view another caseworker’s work.');
  }
  const [user] = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw notFound('user');
  return user;
}

/**
 * A caseworker's overdue and upcoming deadlines (next 14 days) on their clients; a supervisor may look at any
 * caseworker's. Restricted clients outside the viewer's teams are left out. The clients shown are audited.
 */
export async function getMyWork(ctx: StaffContext, input: z.infer<typeof myWorkInput>): Promise<MyWork> {
  const today = londonToday(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const user = await resolveUser(tx, ctx, input.userId);
    const viewer = await loadViewer(tx, ctx);
    const items = await loadDeadlineViews(tx, dueSoon(user.id, viewer, today), today);
    const overdue = items.filter((d) => d.overdue);
    const upcoming = items.filter((d) => !d.overdue);
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'my_work.read',
      outcome: 'success',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
      details: { personIds: [...new Set(items.map((d) => d.personId))], deadlines: items.length },
    });
    return { user, today, overdue, upcoming, counts: { overdue: overdue.length, upcoming: upcoming.length } };
  });
}

/** The numbers for the navigation badge: one counting query, nothing about any client. */
export async function myWorkCounts(ctx: StaffContext): Promise<{ overdue: number; upcoming: number }> {
  const today = londonToday(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, ctx);
    const [row] = await tx
      .select({
        overdue: count(sql`case when ${lt(deadlines.due, today)} then 1 end`),
        upcoming: count(sql`case when ${gte(deadlines.due, today)} then 1 end`),
      })
      .from(deadlines)
      .innerJoin(people, eq(people.id, deadlines.personId))
      .where(dueSoon(ctx.session.user.id, viewer, today));
    return { overdue: Number(row?.overdue ?? 0), upcoming: Number(row?.upcoming ?? 0) };
  });
}
