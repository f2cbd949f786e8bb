import { appendAudit } from '@umbrella/db';
import {
  londonToday,
  MATTER_KINDS,
  stallCutoffs,
  stallFlags,
  type stalledCasesInput,
  type StallReason,
} from '@umbrella/domain';
import type { z } from 'zod';
import type { StaffContext } from '../access/client-record.ts';
import { loadCaseFacts } from './case-facts.ts';
import { withoutJit } from './stall-query.ts';
import {
  reasonCombinationsQuery,
  stalledCasesPageQuery,
  sumReasonCombinations,
} from './stalled-cases-query.ts';
import { refreshStallSnapshot } from './stall-snapshot.ts';
import { loadStallThresholds } from './thresholds.ts';
import type { StalledCasesPage, StalledCaseView } from './views.ts';

type Input = z.infer<typeof stalledCasesInput>;
type PageRow = Record<string, unknown>;

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
    const combinations = await tx.execute<{ reasons: unknown; n: unknown }>(reasonCombinationsQuery(input));
    const { total, reasonCounts } = sumReasonCombinations(combinations.rows, input.reason);
    const pageRows = (await tx.execute(stalledCasesPageQuery(input, offset))).rows as PageRow[];
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
      reasonCounts,
    };
  });
}
