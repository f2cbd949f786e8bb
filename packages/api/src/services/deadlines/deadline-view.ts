import { deadlines, matters, people, type DbOrTx } from '@umbrella/db';
import {
  CERTAINTY_LABELS,
  daysBetween,
  findRule,
  type Certainty,
  type DeadlineSource,
  type DeadlineStatus,
  type Jurisdiction,
  type MatterKind,
} from '@umbrella/domain';
import { asc, eq, sql, type SQL } from 'drizzle-orm';

export type DeadlineRow = typeof deadlines.$inferSelect;

/** A deadline as the screens see it (the contract in notes/deadlines-contract.md). */
export interface DeadlineView {
  id: string;
  version: number;
  personId: string;
  clientDisplayName: string;
  matterId: string | null;
  matterKind: MatterKind | null;
  source: DeadlineSource;
  ruleId: string | null;
  ruleTitle: string | null;
  /** The rule's title, or the reason given for a free date. */
  title: string;
  triggerDate: string | null;
  jurisdiction: Jurisdiction;
  due: string;
  explanation: string;
  certainty: Certainty;
  certaintyLabel: string;
  uncertain: boolean;
  status: DeadlineStatus;
  statusReason: string | null;
  /** Open and due before today. */
  overdue: boolean;
  /** Due minus today, in days: negative when overdue. */
  daysLeft: number;
}

export function toDeadlineView(
  row: DeadlineRow,
  clientDisplayName: string,
  matterKind: MatterKind | null,
  today: string,
): DeadlineView {
  const rule = row.ruleId ? findRule(row.ruleId) : undefined;
  return {
    id: row.id,
    version: row.version,
    personId: row.personId,
    clientDisplayName,
    matterId: row.matterId,
    matterKind,
    source: row.source,
    ruleId: row.ruleId,
    ruleTitle: rule?.title ?? null,
    title: row.title,
    triggerDate: row.triggerDate,
    jurisdiction: row.jurisdiction,
    due: row.due,
    explanation: row.explanation,
    certainty: row.certainty,
    certaintyLabel: CERTAINTY_LABELS[row.certainty],
    uncertain: row.certainty === 'uncertain',
    status: row.status,
    statusReason: row.statusReason,
    overdue: row.status === 'open' && row.due < today,
    daysLeft: daysBetween(today, row.due),
  };
}

/** Closed (met, missed or waived): false for an open deadline, so the open ones sort first. */
const CLOSED = sql`(${deadlines.status} <> 'open')`;

/**
 * Open deadlines first by due date, then the closed ones by due date: the keyset of a client's list, which
 * `deadlines_person_list_idx` holds in this order (the same expression, so the index serves it).
 */
export const DEADLINE_ORDER = [
  asc(CLOSED),
  asc(deadlines.due),
  asc(deadlines.createdAt),
  asc(deadlines.id),
] as const;

/**
 * The deadlines after the one named `anchorId` in DEADLINE_ORDER. The anchor's values are read in SQL, so
 * the microseconds of `created_at` are never rounded through a JavaScript date.
 */
export function deadlinesAfter(anchorId: string): SQL {
  return sql`(${CLOSED}, ${deadlines.due}, ${deadlines.createdAt}, ${deadlines.id}) >
    (select (d.status <> 'open'), d.due, d.created_at, d.id from ${deadlines} d where d.id = ${anchorId})`;
}

/** The deadlines matching `where` with their client's name and matter's kind, in DEADLINE_ORDER: one query. */
export async function loadDeadlineViews(
  tx: DbOrTx,
  where: SQL | undefined,
  today: string,
  limit?: number,
  offset = 0,
): Promise<DeadlineView[]> {
  const query = tx
    .select({ deadline: deadlines, clientDisplayName: people.displayName, matterKind: matters.kind })
    .from(deadlines)
    .innerJoin(people, eq(people.id, deadlines.personId))
    .leftJoin(matters, eq(matters.id, deadlines.matterId))
    .where(where)
    .orderBy(...DEADLINE_ORDER);
  const rows = limit ? await query.limit(limit).offset(offset) : await query;
  return rows.map((r) => toDeadlineView(r.deadline, r.clientDisplayName, r.matterKind, today));
}

export async function loadDeadlineView(tx: DbOrTx, id: string, today: string): Promise<DeadlineView> {
  const [view] = await loadDeadlineViews(tx, eq(deadlines.id, id), today);
  if (!view) throw new Error(`deadline ${id} vanished inside its own transaction`);
  return view;
}
