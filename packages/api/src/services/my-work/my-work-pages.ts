import type { DbOrTx } from '@umbrella/db';
import {
  londonToday,
  type myWorkCommunicationsInput,
  type myWorkDeadlinesInput,
  type myWorkReportFollowUpsInput,
} from '@umbrella/domain';
import type { z } from 'zod';
import { loadViewer, type StaffContext } from '../access/client-record.ts';
import type { FollowUpView } from '../appointments/views.ts';
import type { CommunicationView } from '../communications/communication-view.ts';
import type { DeadlineView } from '../deadlines/deadline-view.ts';
import {
  loadCommunicationList,
  loadDeadlineList,
  loadReportFollowUpList,
  type ListOwner,
  type ListPage,
} from './my-work-lists.ts';
import { auditMyWorkRead, resolveUser } from './my-work.ts';

/** The next rows of one My work list ("Show more"), from where the cursor says; null after the last. */
export interface MyWorkPage<T> {
  items: T[];
  nextCursor: string | null;
}

interface PageInput {
  userId?: string | undefined;
  cursor: string;
  limit: number;
}

/**
 * Reads one page (one row more than asked, to know whether another follows) in a transaction, after the same
 * checks as My work itself, and audits the clients shown under My work's action.
 */
async function readPage<T extends { personId: string }>(
  ctx: StaffContext,
  input: PageInput,
  list: string,
  load: (tx: DbOrTx, who: ListOwner, page: ListPage) => Promise<T[]>,
): Promise<MyWorkPage<T>> {
  const today = londonToday(ctx.now());
  const offset = Number(input.cursor);
  return ctx.db.transaction(async (tx) => {
    const user = await resolveUser(tx, ctx, input.userId);
    const viewer = await loadViewer(tx, ctx);
    const rows = await load(tx, { userId: user.id, viewer, today }, { offset, limit: input.limit + 1 });
    const items = rows.slice(0, input.limit);
    await auditMyWorkRead(tx, ctx, user.id, items, { list, cursor: input.cursor });
    return { items, nextCursor: rows.length > input.limit ? String(offset + items.length) : null };
  });
}

export function myWorkDeadlinePage(
  ctx: StaffContext,
  input: z.infer<typeof myWorkDeadlinesInput>,
): Promise<MyWorkPage<DeadlineView>> {
  return readPage(ctx, input, input.list, (tx, who, page) => loadDeadlineList(tx, input.list, who, page));
}

export function myWorkCommunicationPage(
  ctx: StaffContext,
  input: z.infer<typeof myWorkCommunicationsInput>,
): Promise<MyWorkPage<CommunicationView>> {
  return readPage(ctx, input, input.list, (tx, who, page) =>
    loadCommunicationList(tx, ctx.cipher, input.list, who, page),
  );
}

export function myWorkReportFollowUpPage(
  ctx: StaffContext,
  input: z.infer<typeof myWorkReportFollowUpsInput>,
): Promise<MyWorkPage<FollowUpView>> {
  return readPage(ctx, input, 'reportFollowUps', loadReportFollowUpList);
}
