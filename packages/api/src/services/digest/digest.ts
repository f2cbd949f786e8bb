import {
  appendAudit,
  appointments,
  cases,
  communications,
  deadlines,
  people,
  supervisionReviews,
  teamMembers,
  users,
  type DbOrTx,
} from '@umbrella/db';
import {
  addCalendarDays,
  APPOINTMENT_TYPE_LABELS,
  digestWeek,
  londonLocalToInstant,
  londonToday,
  type ClientViewer,
  type DigestWeek,
  stallCutoffs,
  type digestInput,
  type StallThresholds,
} from '@umbrella/domain';
import { and, asc, count, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { openableBy } from '../access/openable.ts';
import { workedBy } from '../access/worked-by.ts';
import { loadCommunicationViews } from '../communications/communication-view.ts';
import { DEADLINE_ORDER, loadDeadlineViews } from '../deadlines/deadline-view.ts';
import { openCaseStallsSql, withoutJit } from '../supervision/stall-query.ts';
import { loadStallThresholds } from '../supervision/thresholds.ts';
import type { DigestView } from '../supervision/views.ts';

/** Each list of the digest shows at most this many items; the counts say how many in all. */
export const DIGEST_LIST_MAX = 100;

export type DigestCounts = DigestView['counts'];

/** Whose digest, for which week, seen from which day. */
interface DigestScope {
  userId: string;
  viewer: ClientViewer;
  week: DigestWeek;
  today: string;
  now: Date;
  thresholds: StallThresholds;
}

/** The user as the access rule sees them (for a digest built without a request, e.g. the e-mail). */
async function viewerOf(tx: DbOrTx, userId: string): Promise<ClientViewer> {
  const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw notFound('user');
  const teams = await tx
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(eq(teamMembers.userId, userId));
  return { role: user.role, teamIds: teams.map((t) => t.teamId) };
}

/** Rows on the user's own clients (key worker or lead) that they may open; over a query joined to `people`. */
function theirs(s: DigestScope, caseId: Parameters<typeof workedBy>[1]): SQL | undefined {
  return and(workedBy(s.userId, caseId), openableBy(s.viewer));
}

/** Open deadlines past their due day, or due from today to the week's end (within the week). */
function deadlinesWhere(s: DigestScope): SQL | undefined {
  return and(
    eq(deadlines.status, 'open'),
    or(lt(deadlines.due, s.today), and(gte(deadlines.due, s.week.start), lte(deadlines.due, s.week.end))),
    theirs(s, deadlines.caseId),
  );
}

/** Replies still awaited, due by the week's end (those already late included). */
function repliesWhere(s: DigestScope): SQL | undefined {
  return and(
    eq(communications.replyState, 'awaiting'),
    lte(communications.replyDue, s.week.end),
    theirs(s, communications.caseId),
  );
}

/** Appointments not cancelled, starting within the week (London days). */
function appointmentsWhere(s: DigestScope): SQL | undefined {
  return and(
    eq(appointments.status, 'scheduled'),
    gte(appointments.startsAt, londonLocalToInstant(`${s.week.start}T00:00`)),
    lt(appointments.startsAt, londonLocalToInstant(`${addCalendarDays(s.week.end, 1)}T00:00`)),
    theirs(s, appointments.caseId),
  );
}

/**
 * The day each open case is due its supervision review (the contract's meaning, in SQL): the next review
 * planned at the latest review; without one, the review interval after the latest review, or after the
 * opening when never reviewed. The stall rule flags the case once this day has passed.
 */
function reviewDueOn(s: DigestScope): SQL {
  const interval = sql`${s.thresholds.reviewIntervalDays}::int`;
  return sql`coalesce(
    (select coalesce(${supervisionReviews.nextReviewOn}, ${supervisionReviews.reviewedOn} + ${interval})
       from ${supervisionReviews}
      where ${supervisionReviews.caseId} = ${cases.id}
      order by ${supervisionReviews.reviewedOn} desc, ${supervisionReviews.createdAt} desc
      limit 1),
    ${cases.openedOn} + ${interval})`;
}

/** Their open cases (client not archived) with a review due by the week's end; over cases joined to people. */
function reviewsDueWhere(s: DigestScope): SQL | undefined {
  return and(
    eq(cases.status, 'open'),
    isNull(people.archivedAt),
    // Over cases itself: workedBy's subquery on cases would not be correlated here.
    or(eq(people.keyWorkerId, s.userId), eq(cases.leadCaseworkerId, s.userId)),
    openableBy(s.viewer),
    sql`${reviewDueOn(s)} <= ${s.week.end}::date`,
  );
}

async function scopeFor(tx: DbOrTx, userId: string, week: DigestWeek, now: Date): Promise<DigestScope> {
  return {
    userId,
    viewer: await viewerOf(tx, userId),
    week,
    today: londonToday(now),
    now,
    thresholds: await loadStallThresholds(tx),
  };
}

/**
 * Stalled open cases across the organisation at `now` (the set-based stall query, counted). JIT is switched
 * off for the rest of the transaction first: the query is costly to plan and cheap to run (see withoutJit).
 */
export async function countStalledCases(
  tx: DbOrTx,
  now: Date,
  thresholds?: StallThresholds,
): Promise<number> {
  const stalls = openCaseStallsSql(
    stallCutoffs(thresholds ?? (await loadStallThresholds(tx)), londonToday(now)),
    now,
  );
  await withoutJit(tx);
  const result = await tx.execute(
    sql`select count(*) as n from (${stalls}) s where cardinality(s.reasons) > 0`,
  );
  // int8 arrives as a number on PGlite and a string on pg.
  return Number((result.rows[0] as { n: number | string } | undefined)?.n ?? 0);
}

/**
 * Every count of the digest: counting queries only, nothing about any client. A supervisor's count of stalled
 * cases is `stalledCases` when the caller has it already (the same for every supervisor), else counted here.
 */
async function digestCounts(tx: DbOrTx, s: DigestScope, stalledCases?: number): Promise<DigestCounts> {
  const [d] = await tx
    .select({
      due: count(sql`case when ${gte(deadlines.due, s.today)} then 1 end`),
      overdue: count(sql`case when ${lt(deadlines.due, s.today)} then 1 end`),
    })
    .from(deadlines)
    .innerJoin(people, eq(people.id, deadlines.personId))
    .where(deadlinesWhere(s));
  const [r] = await tx
    .select({ n: count() })
    .from(communications)
    .innerJoin(people, eq(people.id, communications.personId))
    .where(repliesWhere(s));
  const [a] = await tx
    .select({ n: count() })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .where(appointmentsWhere(s));
  const [v] = await tx
    .select({ n: count() })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .where(reviewsDueWhere(s));
  return {
    deadlinesDue: Number(d?.due ?? 0),
    overdue: Number(d?.overdue ?? 0),
    repliesDue: Number(r?.n ?? 0),
    appointments: Number(a?.n ?? 0),
    reviewsDue: Number(v?.n ?? 0),
    stalledCases:
      s.viewer.role === 'supervisor'
        ? (stalledCases ?? (await countStalledCases(tx, s.now, s.thresholds)))
        : null,
  };
}

/**
 * The counts of a user's digest for the week, as the e-mail states them (no list, no client named). `now`
 * decides what is already overdue. `stalledCases`, the organisation's count (`countStalledCases`), lets a run
 * over many supervisors count it once; without it a supervisor's is counted here.
 */
export async function digestEmailCounts(
  tx: DbOrTx,
  userId: string,
  week: DigestWeek,
  now: Date,
  stalledCases?: number,
): Promise<DigestCounts> {
  return digestCounts(tx, await scopeFor(tx, userId, week, now), stalledCases);
}

/**
 * The caller's week: open deadlines due in it and those already overdue, replies due by its end, appointments
 * in it, and reviews due by its end, on their own clients (key worker or lead) that they may open; supervisors
 * also see how many cases are stalled across the organisation. Each list stops at 100; the counts are exact.
 * The clients shown are audited.
 */
export async function getDigest(ctx: StaffContext, input: z.infer<typeof digestInput>): Promise<DigestView> {
  const now = ctx.now();
  const today = londonToday(now);
  const week = digestWeek(input.weekOf ?? today);
  const user = ctx.session.user;
  return ctx.db.transaction(async (tx) => {
    const s = await scopeFor(tx, user.id, week, now);
    const counts = await digestCounts(tx, s);
    const deadlineIds = await tx
      .select({ id: deadlines.id })
      .from(deadlines)
      .innerJoin(people, eq(people.id, deadlines.personId))
      .where(deadlinesWhere(s))
      .orderBy(...DEADLINE_ORDER)
      .limit(DIGEST_LIST_MAX);
    const dueItems = deadlineIds.length
      ? await loadDeadlineViews(
          tx,
          inArray(
            deadlines.id,
            deadlineIds.map((d) => d.id),
          ),
          today,
        )
      : [];
    const replies = await loadCommunicationViews(tx, ctx.cipher, repliesWhere(s), {
      today,
      limit: DIGEST_LIST_MAX,
      excerpt: true,
      order: [asc(communications.replyDue), asc(communications.occurredOn), asc(communications.id)],
    });
    const visits = await tx
      .select({
        id: appointments.id,
        personId: appointments.personId,
        clientDisplayName: people.displayName,
        startsAt: appointments.startsAt,
        type: appointments.type,
      })
      .from(appointments)
      .innerJoin(people, eq(people.id, appointments.personId))
      .where(appointmentsWhere(s))
      .orderBy(asc(appointments.startsAt), asc(appointments.id))
      .limit(DIGEST_LIST_MAX);
    const dueOn = reviewDueOn(s);
    const reviewsDue = await tx
      .select({
        caseId: cases.id,
        personId: cases.personId,
        displayName: people.displayName,
        dueOn: sql<string>`${dueOn}::text`,
      })
      .from(cases)
      .innerJoin(people, eq(people.id, cases.personId))
      .where(reviewsDueWhere(s))
      .orderBy(asc(dueOn), asc(people.displayName), asc(cases.id))
      .limit(DIGEST_LIST_MAX);
    const personIds = new Set([
      ...dueItems.map((d) => d.personId),
      ...replies.map((c) => c.personId),
      ...visits.map((a) => a.personId),
      ...reviewsDue.map((c) => c.personId),
    ]);
    await appendAudit(tx, {
      actorUserId: user.id,
      action: 'digest.read',
      outcome: 'success',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.meta.requestId,
      details: {
        weekStart: week.start,
        personIds: [...personIds],
        deadlines: dueItems.length,
        communications: replies.length,
        appointments: visits.length,
        reviews: reviewsDue.length,
      },
    });
    return {
      today,
      weekStart: week.start,
      weekEnd: week.end,
      counts,
      deadlines: dueItems,
      replies,
      appointments: visits.map((a) => ({
        id: a.id,
        personId: a.personId,
        clientDisplayName: a.clientDisplayName,
        startsAt: a.startsAt.toISOString(),
        typeLabel: APPOINTMENT_TYPE_LABELS[a.type],
      })),
      reviewsDue,
    };
  });
}
