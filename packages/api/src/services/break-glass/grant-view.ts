import { breakGlassGrants, people, users, type DbOrTx } from '@umbrella/db';
import { isBreakGlassActive } from '@umbrella/domain';
import { count, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { BreakGlassGrantView, MyBreakGlassView } from './views.ts';

const openedBy = alias(users, 'break_glass_user');
const reviewedBy = alias(users, 'break_glass_reviewer');

function grantQuery(tx: DbOrTx) {
  return tx
    .select({
      g: breakGlassGrants,
      user: { id: openedBy.id, displayName: openedBy.displayName },
      client: { id: people.id, displayName: people.displayName },
      reviewerId: reviewedBy.id,
      reviewerName: reviewedBy.displayName,
    })
    .from(breakGlassGrants)
    .innerJoin(openedBy, eq(openedBy.id, breakGlassGrants.userId))
    .innerJoin(people, eq(people.id, breakGlassGrants.personId))
    .leftJoin(reviewedBy, eq(reviewedBy.id, breakGlassGrants.reviewedById));
}

/** The grants matching `where`, in `order`, a page at a time, as the supervisors' list shows them. */
export async function loadGrantViews(
  tx: DbOrTx,
  where: SQL | undefined,
  viewer: { id: string; now: Date },
  page: { order: SQL[]; limit: number; offset: number },
): Promise<BreakGlassGrantView[]> {
  const rows = await grantQuery(tx)
    .where(where)
    .orderBy(...page.order)
    .limit(page.limit)
    .offset(page.offset);
  return rows.map(({ g, user, client, reviewerId, reviewerName }) => ({
    id: g.id,
    version: g.version,
    user,
    client,
    reason: g.reason,
    openedAt: g.createdAt.toISOString(),
    expiresAt: g.expiresAt.toISOString(),
    running: isBreakGlassActive(g, viewer.now),
    reviewedBy: reviewerId && reviewerName ? { id: reviewerId, displayName: reviewerName } : null,
    reviewedAt: g.reviewedAt?.toISOString() ?? null,
    reviewNote: g.reviewNote,
    canReview: g.reviewedAt === null && g.userId !== viewer.id,
  }));
}

export async function countGrants(tx: DbOrTx, where: SQL | undefined): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(breakGlassGrants).where(where);
  return Number(row?.n ?? 0);
}

export function toMyBreakGlassView(grant: typeof breakGlassGrants.$inferSelect): MyBreakGlassView {
  return {
    id: grant.id,
    personId: grant.personId,
    openedAt: grant.createdAt.toISOString(),
    expiresAt: grant.expiresAt.toISOString(),
  };
}
