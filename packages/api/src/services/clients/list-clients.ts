import { appendAudit, cases, matters, people, users, type DbOrTx } from '@umbrella/db';
import { stageLabel } from '@umbrella/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import { loadViewer, type StaffContext } from '../access/client-record.ts';
import { browseClients, searchClients, type ClientHit, type ClientListInput } from './client-search.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';
import { knownRiskFlags } from './profile.ts';
import type { ClientSummary } from './views.ts';

/** The list rows of a page of clients, in the page's order: three queries whatever the page size. */
async function summarise(tx: DbOrTx, hits: ClientHit[]): Promise<ClientSummary[]> {
  const ids = hits.map((h) => h.id);
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ person: people, keyWorker: { id: users.id, displayName: users.displayName } })
    .from(people)
    .leftJoin(users, eq(users.id, people.keyWorkerId))
    .where(inArray(people.id, ids));
  const files = await tx
    .select({ personId: cases.personId, status: cases.status })
    .from(cases)
    .where(inArray(cases.personId, ids));
  const tracks = await tx
    .select({ personId: matters.personId, kind: matters.kind, stage: matters.stage })
    .from(matters)
    .where(inArray(matters.personId, ids))
    .orderBy(asc(matters.openedOn), asc(matters.createdAt), asc(matters.id));
  const byId = new Map(rows.map((r) => [r.person.id, r]));
  return hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    if (!row) return [];
    const { person, keyWorker } = row;
    return [
      {
        id: person.id,
        displayName: person.displayName,
        pronouns: person.pronouns,
        keyWorker,
        restricted: person.restricted,
        riskFlags: knownRiskFlags(person.riskFlags),
        caseStatus: files.some((f) => f.personId === person.id && f.status === 'open') ? 'open' : 'closed',
        archived: person.archivedAt !== null,
        matters: tracks
          .filter((t) => t.personId === person.id)
          .map((t) => ({ kind: t.kind, stage: t.stage, stageLabel: stageLabel(t.kind, t.stage) })),
        match: hit.match,
      },
    ];
  });
}

const FILTERS = ['keyWorkerId', 'matterKind', 'stage', 'status', 'flag'] as const;

/**
 * The client list: browse by name, or search display names (typos tolerated), legal names, aliases and
 * references (exactly, through their blind indexes).
 * Restricted clients outside a caseworker's teams are left out, except while their break-glass grant on one
 * runs. The search itself is audited (what kind of search, never the words searched for).
 */
export async function listClients(
  ctx: StaffContext,
  input: ClientListInput,
): Promise<{ items: ClientSummary[]; nextCursor: string | null }> {
  const search = input.search ? input.search : null;
  const after = input.cursor ? decodeListCursor(input.cursor, search !== null) : null;
  return ctx.db.transaction(async (tx) => {
    // A restricted client opened with break-glass is listed while the grant runs, so it can be found again.
    const viewer = await loadViewer(tx, ctx, { withBreakGlass: true });
    const hits = search
      ? await searchClients(tx, ctx.cipher, { ...input, search }, viewer, after)
      : await browseClients(tx, input, viewer, after);
    const page = hits.slice(0, input.limit);
    const last = page.at(-1);
    const nextCursor =
      hits.length > input.limit && last
        ? encodeListCursor(
            last.score !== null
              ? { mode: 'score', score: last.score, id: last.id }
              : { mode: 'name', id: last.id },
          )
        : null;
    await appendAudit(tx, {
      actorUserId: ctx.session.user.id,
      action: 'clients.list',
      outcome: 'success',
      entityType: 'person',
      requestId: ctx.meta.requestId,
      details: {
        searched: search !== null,
        filters: FILTERS.filter((f) => input[f] !== undefined),
        results: page.length,
        // Which records were shown (ids only): a list shows names, flags and stages of each.
        ids: page.map((hit) => hit.id),
      },
    });
    return { items: await summarise(tx, page), nextCursor };
  });
}
