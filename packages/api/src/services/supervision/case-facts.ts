import {
  accompanimentReports,
  appointments,
  communications,
  deadlines,
  matters,
  supervisionReviews,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import type { CaseActivity, CaseFacts, MatterKind } from '@umbrella/domain';
import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { activitySql, londonDate } from './stall-query.ts';

type Row = Record<string, unknown>;
const day = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function groupBy<T extends { caseId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.caseId, [...(map.get(row.caseId) ?? []), row]);
  return map;
}

/** Status, opening, key worker and the activity days of each case: one statement, the stall query's expressions. */
async function loadCaseRows(tx: DbOrTx, caseIds: string[], today: string, now: Date): Promise<Row[]> {
  const a = activitySql(sql`c.id`, { today, now });
  const ids = sql.join(
    caseIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await tx.execute(sql`
    select c.id as case_id, c.status, c.opened_on, p.key_worker_id, p.archived_at is not null as archived,
           ${a.lastCommunicationOn} as last_communication_on, ${a.lastNoteOn} as last_note_on,
           ${a.lastStageChangeOn} as last_stage_change_on, ${a.lastAppointmentOn} as last_appointment_on,
           ${a.lastDeadlineMetOn} as last_deadline_met_on
      from cases c join people p on p.id = c.person_id
     where c.id in (${ids})`);
  return result.rows as Row[];
}

/**
 * What the domain's stall rules need for each of `caseIds` (a page: at most a few dozen), in six batched
 * queries, never one per case. A case of an archived client counts as closed: it is never flagged.
 */
export async function loadCaseFacts(
  tx: DbOrTx,
  cipher: FieldCipher,
  caseIds: string[],
  today: string,
  now: Date,
): Promise<Map<string, CaseFacts>> {
  const facts = new Map<string, CaseFacts>();
  if (caseIds.length === 0) return facts;
  const caseRows = await loadCaseRows(tx, caseIds, today, now);
  const openMatters = await tx
    .select({
      caseId: matters.caseId,
      kind: matters.kind,
      stage: matters.stage,
      stageSince: matters.stageChangedOn,
    })
    .from(matters)
    .where(and(inArray(matters.caseId, caseIds), ne(matters.stage, 'closed')))
    .orderBy(asc(matters.openedOn), asc(matters.createdAt), asc(matters.id));
  const openDeadlines = await tx
    .select({ caseId: deadlines.caseId, title: deadlines.title, due: deadlines.due })
    .from(deadlines)
    .where(and(inArray(deadlines.caseId, caseIds), eq(deadlines.status, 'open')))
    .orderBy(asc(deadlines.due), asc(deadlines.id));
  const replies = await tx
    .select({
      caseId: communications.caseId,
      from: communications.counterpartLabel,
      subject: communications.subject,
      due: communications.replyDue,
    })
    .from(communications)
    .where(
      and(
        inArray(communications.caseId, caseIds),
        eq(communications.replyState, 'awaiting'),
        isNotNull(communications.replyDue),
      ),
    )
    .orderBy(asc(communications.replyDue), asc(communications.id));
  const missed = await tx
    .selectDistinct({
      caseId: appointments.caseId,
      on: sql<string>`${londonDate(sql`${appointments.startsAt}`)}`,
    })
    .from(appointments)
    .where(
      and(
        inArray(appointments.caseId, caseIds),
        eq(appointments.status, 'scheduled'),
        sql`exists (select 1 from ${accompanimentReports} r where r.appointment_id = ${appointments.id}
          and r.status = 'filed' and r.outcome = 'client_did_not_attend')`,
      ),
    );
  const reviews = await tx
    .selectDistinctOn([supervisionReviews.caseId], {
      caseId: supervisionReviews.caseId,
      reviewedOn: supervisionReviews.reviewedOn,
      nextReviewOn: supervisionReviews.nextReviewOn,
    })
    .from(supervisionReviews)
    .where(inArray(supervisionReviews.caseId, caseIds))
    .orderBy(
      supervisionReviews.caseId,
      desc(supervisionReviews.reviewedOn),
      desc(supervisionReviews.createdAt),
    );

  const mattersOf = groupBy(openMatters);
  const deadlinesOf = groupBy(openDeadlines);
  const repliesOf = groupBy(replies);
  const missedOf = groupBy(missed);
  const reviewOf = new Map(reviews.map((r) => [r.caseId, r]));
  for (const row of caseRows) {
    const caseId = String(row.case_id);
    const activity: CaseActivity = {
      lastCommunicationOn: day(row.last_communication_on),
      lastNoteOn: day(row.last_note_on),
      lastStageChangeOn: day(row.last_stage_change_on),
      lastAppointmentOn: day(row.last_appointment_on),
      lastDeadlineMetOn: day(row.last_deadline_met_on),
    };
    const review = reviewOf.get(caseId);
    facts.set(caseId, {
      status: row.status === 'open' && row.archived !== true ? 'open' : 'closed',
      openedOn: String(row.opened_on),
      keyWorkerId: row.key_worker_id === null ? null : String(row.key_worker_id),
      activity,
      matters: (mattersOf.get(caseId) ?? []).map((m) => ({
        kind: m.kind as MatterKind,
        stage: m.stage,
        stageSince: m.stageSince,
      })),
      openDeadlines: (deadlinesOf.get(caseId) ?? []).map(({ title, due }) => ({ title, due })),
      awaitedReplies: (repliesOf.get(caseId) ?? []).flatMap(({ from, subject, due }) =>
        due ? [{ from, subject: cipher.open('communications.subject', subject), due }] : [],
      ),
      missedAppointmentsOn: (missedOf.get(caseId) ?? []).map((m) => m.on).sort(),
      lastReviewOn: review?.reviewedOn ?? null,
      nextReviewOn: review?.nextReviewOn ?? null,
    });
  }
  return facts;
}
