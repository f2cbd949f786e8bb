import { appendAudit } from '@umbrella/db';
import {
  londonToday,
  MATTER_KINDS,
  STALL_REASONS,
  stallCutoffs,
  stallFlags,
  type StalledCaseSort,
  type stalledCasesInput,
  type StallReason,
} from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { loadCaseFacts } from './case-facts.ts';
import { withoutJit } from './stall-query.ts';
import { refreshStallSnapshot, STALL_SNAPSHOT_SQL } from './stall-snapshot.ts';
import { loadStallThresholds } from './thresholds.ts';
import type { StalledCasesPage, StalledCaseView } from './views.ts';

type Input = z.infer<typeof stalledCasesInput>;

/** Each order ends on the case id, so pages never overlap or skip. */
const ORDER: Record<StalledCaseSort, SQL> = {
  idle: sql`b.idle_days desc, b.display_name, b.case_id`,
  reasons: sql`cardinality(b.reasons) desc, b.idle_days desc, b.display_name, b.case_id`,
  client: sql`b.display_name, b.case_id`,
  caseworker: sql`b.key_worker_name nulls last, b.key_worker_id, b.idle_days desc, b.display_name, b.case_id`,
};

function keyWorkerFilter(keyWorker: string | null): SQL {
  if (keyWorker === null) return sql`true`;
  return keyWorker === 'none' ? sql`s.key_worker_id is null` : sql`s.key_worker_id = ${keyWorker}::uuid`;
}

/**
 * One statement: the flagged open cases under the key-worker and matter-kind filters (`base`), their counts per
 * reason, then the reason filter, its total and one page. A summary row is always returned (page columns null
 * when the page is empty).
 */
function pageQuery(stalls: SQL, input: Input, offset: number): SQL {
  const kind = input.matterKind
    ? sql`exists (select 1 from matters m where m.case_id = s.case_id and m.kind = ${input.matterKind} and m.stage <> 'closed')`
    : sql`true`;
  const reason = input.reason ? sql`${input.reason}::text = any(b.reasons)` : sql`true`;
  const order = ORDER[input.sort];
  return sql`
    with s as (${stalls}),
    base as (
      select s.*, p.display_name, p.restricted, u.display_name as key_worker_name
        from s join people p on p.id = s.person_id left join users u on u.id = s.key_worker_id
       where cardinality(s.reasons) > 0 and ${keyWorkerFilter(input.keyWorker)} and ${kind}
    ),
    filtered as (select b.* from base b where ${reason})
    select t.total, t.reason_counts, pg.*
      from (select (select count(*)::int from filtered) as total,
                   (select coalesce(json_object_agg(reason, n), '{}'::json) from (
                      select r as reason, count(*)::int as n from base, unnest(base.reasons) as r group by r) c
                   ) as reason_counts) t
      left join lateral (
        select b.case_id, b.person_id, b.display_name, b.restricted, b.key_worker_id, b.key_worker_name,
               b.opened_on::text as opened_on, b.last_activity_on::text as last_activity_on, b.idle_days,
               b.reasons, row_number() over (order by ${order}) as ord
          from filtered b order by ${order} limit ${input.limit} offset ${offset}
      ) pg on true
     order by pg.ord`;
}

type PageRow = Record<string, unknown>;

function reasonCounts(raw: unknown): Record<StallReason, number> {
  const counts = (raw ?? {}) as Record<string, unknown>;
  return Object.fromEntries(STALL_REASONS.map((r) => [r, Number(counts[r] ?? 0)])) as Record<
    StallReason,
    number
  >;
}

/**
 * Stalled open cases with their reasons (from the snapshot of the set-based query over all cases, brought up to
 * date first), filtered, sorted and paged;
 * the sentences come from the domain's rules over the facts of the page's cases only. Audited with the ids shown.
 */
export async function listStalledCases(ctx: StaffContext, input: Input): Promise<StalledCasesPage> {
  const now = ctx.now();
  const today = londonToday(now);
  const offset = input.cursor ? Number(input.cursor) : 0;
  return ctx.db.transaction(async (tx) => {
    await withoutJit(tx);
    const thresholds = await loadStallThresholds(tx);
    await refreshStallSnapshot(tx, stallCutoffs(thresholds, today), thresholds, now);
    const rows = (await tx.execute(pageQuery(STALL_SNAPSHOT_SQL, input, offset))).rows as PageRow[];
    const summary = rows[0];
    const total = Number(summary?.total ?? 0);
    const pageRows = rows.filter((r) => r.case_id !== null && r.case_id !== undefined);
    const caseIds = pageRows.map((r) => String(r.case_id));
    const facts = await loadCaseFacts(tx, ctx.cipher, caseIds, today, now);
    const items = pageRows.map((r): StalledCaseView => {
      const f = facts.get(String(r.case_id));
      const kinds = new Set(f?.matters.map((m) => m.kind));
      return {
        caseId: String(r.case_id),
        personId: String(r.person_id),
        displayName: String(r.display_name),
        restricted: r.restricted === true,
        keyWorker:
          r.key_worker_id === null
            ? null
            : { id: String(r.key_worker_id), displayName: String(r.key_worker_name) },
        openedOn: String(r.opened_on),
        lastActivityOn: r.last_activity_on === null ? null : String(r.last_activity_on),
        idleDays: Number(r.idle_days),
        matterKinds: MATTER_KINDS.filter((k) => kinds.has(k)),
        reasons: r.reasons as StallReason[],
        flags: f ? stallFlags(f, today, thresholds) : [],
      };
    });
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'supervision.stalled_cases',
      outcome: 'success',
      entityType: 'supervision',
      requestId: ctx.meta.requestId,
      details: {
        keyWorker: input.keyWorker,
        matterKind: input.matterKind,
        reason: input.reason,
        sort: input.sort,
        cursor: input.cursor,
        caseIds,
      },
    });
    const next = offset + items.length;
    return {
      today,
      items,
      total,
      nextCursor: items.length > 0 && next < total ? String(next) : null,
      reasonCounts: reasonCounts(summary?.reason_counts),
    };
  });
}
