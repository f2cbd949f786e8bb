import { addCalendarDays, keyWorkerChangeNote, londonToday, reviewActionExplanation } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { cases } from '../schema/cases.ts';
import { deadlines } from '../schema/deadlines.ts';
import { people } from '../schema/people.ts';
import { supervisionReviews } from '../schema/supervision.ts';
import { timelineEvents } from '../schema/timeline.ts';
import { users } from '../schema/users.ts';
import { demoClient, loadDemoClients, type DemoClientRow } from './demo-clients.ts';
import type { StaffKey } from './story.ts';
import { DEMO_REVIEWS, DEMO_UNALLOCATED, type DemoReview } from './supervision-story.ts';

/** A moment on a London working day (10:00 in winter, 11:00 in summer: close enough for the record). */
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/**
 * Supervision history around the day the demo is loaded: reviews of every open case but a few, their agreed
 * actions as deadlines (met early, on time, late, or still open, so the trend has twelve weeks to show), and
 * one case left without a key worker.
 */
export async function loadDemoSupervision(
  tx: DbOrTx,
  staff: Record<StaffKey, string>,
  now: Date,
): Promise<{ reviews: number; actions: number; timelineEvents: number }> {
  const today = londonToday(now);
  const clients = await loadDemoClients(tx);
  let actions = 0;
  for (const review of DEMO_REVIEWS) {
    actions += await insertReview(tx, review, demoClient(clients, review.client), staff, today);
  }
  await unallocate(tx, demoClient(clients, DEMO_UNALLOCATED.client), staff, today);
  // A timeline event per review, and one for the key worker change.
  return { reviews: DEMO_REVIEWS.length, actions, timelineEvents: DEMO_REVIEWS.length + 1 };
}

async function insertReview(
  tx: DbOrTx,
  review: DemoReview,
  client: DemoClientRow,
  staff: Record<StaffKey, string>,
  today: string,
): Promise<number> {
  const on = addCalendarDays(today, review.day);
  const nextIn = review.nextIn === undefined ? 90 : review.nextIn;
  const reviewerId = staff[review.by];
  const [row] = await tx
    .insert(supervisionReviews)
    .values({
      caseId: client.caseId,
      personId: client.personId,
      reviewerId,
      reviewedOn: on,
      notes: review.notes,
      nextReviewOn: nextIn === null ? null : addCalendarDays(on, nextIn),
      createdAt: at(on, 15),
      updatedAt: at(on, 15),
    })
    .returning({ id: supervisionReviews.id });
  if (!row) throw new Error('Demo data: review insert returned nothing.');
  await tx.insert(timelineEvents).values({
    personId: client.personId,
    caseId: client.caseId,
    kind: 'supervision_review',
    occurredOn: on,
    recordedById: reviewerId,
    createdAt: at(on, 15),
    updatedAt: at(on, 15),
  });
  const markedBy = client.keyWorkerId ?? reviewerId;
  const rows = (review.actions ?? []).map((action) => {
    const due = addCalendarDays(on, action.dueIn);
    const metOn = action.metAfter === undefined ? null : addCalendarDays(due, action.metAfter);
    const met = metOn !== null && metOn <= today;
    return {
      personId: client.personId,
      caseId: client.caseId,
      source: 'manual' as const,
      due,
      title: action.title,
      explanation: reviewActionExplanation(on),
      certainty: 'practice' as const,
      status: met ? ('met' as const) : ('open' as const),
      statusChangedAt: met ? at(metOn, 11) : null,
      statusChangedById: met ? markedBy : null,
      createdById: reviewerId,
      supervisionReviewId: row.id,
      createdAt: at(on, 15),
      updatedAt: met ? at(metOn, 11) : at(on, 15),
    };
  });
  if (rows.length > 0) await tx.insert(deadlines).values(rows);
  return rows.length;
}

async function unallocate(
  tx: DbOrTx,
  client: DemoClientRow,
  staff: Record<StaffKey, string>,
  today: string,
): Promise<void> {
  const on = addCalendarDays(today, DEMO_UNALLOCATED.day);
  const [previous] = client.keyWorkerId
    ? await tx.select({ name: users.displayName }).from(users).where(eq(users.id, client.keyWorkerId))
    : [];
  await tx.update(people).set({ keyWorkerId: null }).where(eq(people.id, client.personId));
  await tx.update(cases).set({ leadCaseworkerId: null }).where(eq(cases.id, client.caseId));
  await tx.insert(timelineEvents).values({
    personId: client.personId,
    caseId: client.caseId,
    kind: 'key_worker_changed',
    occurredOn: on,
    recordedById: staff[DEMO_UNALLOCATED.by],
    note: keyWorkerChangeNote(previous?.name ?? null, null, DEMO_UNALLOCATED.reason),
    createdAt: at(on, 16),
    updatedAt: at(on, 16),
  });
}
