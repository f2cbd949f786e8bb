import { isUuid } from '@umbrella/domain';
import { users } from '@umbrella/db';
import type { listInput, UserSummary } from '@umbrella/domain';
import { and, asc, eq, gt, ilike, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { badRequest } from '../../errors.ts';
import { toUserSummary } from './user-summary.ts';

/** Cursor = the last row's (display name, id), so pages stay stable while users are added. */
function decodeCursor(cursor: string): { displayName: string; id: string } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'string' &&
      parsed[0].length <= 200 &&
      typeof parsed[1] === 'string' &&
      isUuid(parsed[1])
    ) {
      return { displayName: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest('cursor', 'The page cursor is not valid. Start again from the first page.');
}

function encodeCursor(user: { displayName: string; id: string }): string {
  return Buffer.from(JSON.stringify([user.displayName, user.id])).toString('base64url');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listUsers(
  ctx: Context,
  input: z.infer<typeof listInput>,
): Promise<{ items: UserSummary[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const pattern = input.search ? `%${escapeLike(input.search)}%` : null;
  const rows = await ctx.db
    .select()
    .from(users)
    .where(
      and(
        pattern ? or(ilike(users.displayName, pattern), ilike(users.email, pattern)) : undefined,
        after
          ? or(
              gt(users.displayName, after.displayName),
              and(eq(users.displayName, after.displayName), gt(users.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toUserSummary),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}
