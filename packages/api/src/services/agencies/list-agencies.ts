import { isUuid } from '@umbrella/domain';
import { agencies } from '@umbrella/db';
import type { agencyListInput } from '@umbrella/domain';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badRequest } from '../../errors.ts';
import type { StaffContext } from '../access/client-record.ts';
import { toAgencyView, type AgencyView } from './views.ts';

function decodeCursor(cursor: string): { name: string; id: string } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      isUuid(parsed[1])
    ) {
      return { name: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest('cursor', 'The page cursor is not valid. Start again from the first page.');
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The directory in name order; a search matches part of a name, or a name with a typo in it. */
export async function listAgencies(
  ctx: StaffContext,
  input: z.infer<typeof agencyListInput>,
): Promise<{ items: AgencyView[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const search = input.search || null;
  const rows = await ctx.db
    .select()
    .from(agencies)
    .where(
      and(
        input.category ? eq(agencies.category, input.category) : undefined,
        search
          ? or(ilike(agencies.name, `%${escapeLike(search)}%`), sql`${search}::text <% ${agencies.name}`)
          : undefined,
        after
          ? sql`(${agencies.name}, ${agencies.id}) > (${after.name}::text, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(agencies.name), asc(agencies.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toAgencyView),
    nextCursor:
      rows.length > input.limit && last
        ? Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url')
        : null,
  };
}
