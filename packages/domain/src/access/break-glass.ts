import { z } from 'zod';
import { londonDateOf, londonTimeOf } from '../appointments/local-time.ts';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import { optionalText, requiredText } from '../common/schemas.ts';
import { formatDateTime } from '../dates/format.ts';
import { canOpenClient, type ClientAccessSubject, type ClientViewer } from './client-access.ts';

/**
 * Break-glass (ARCHITECTURE.md §5): a caseworker refused a restricted client outside their teams states a
 * reason and may open the record for a limited time. Each grant is audited and stays on the supervisors'
 * dashboard until a supervisor has reviewed it.
 */

/** How long a grant lasts unless the organisation says otherwise (BREAK_GLASS_MINUTES). */
export const DEFAULT_BREAK_GLASS_MINUTES = 60;
/** The bounds of BREAK_GLASS_MINUTES: at least a minute, at most a working day. */
export const BREAK_GLASS_MINUTES_MIN = 1;
export const BREAK_GLASS_MINUTES_MAX = 480;
export const BREAK_GLASS_REASON_MAX = 1000;
export const BREAK_GLASS_NOTE_MAX = 1000;
export const BREAK_GLASS_PAGE_MAX = 100;

/**
 * The refusal of a restricted record, as the server words it. The web app offers break-glass when a record
 * is refused with exactly this message (the server's FORBIDDEN carries no other marker).
 */
export const RESTRICTED_RECORD_MESSAGE = "This client's record is restricted to their team.";

/** When a grant opened at `openedAt` for `minutes` ends. */
export function breakGlassExpiry(openedAt: Date, minutes: number = DEFAULT_BREAK_GLASS_MINUTES): Date {
  if (!Number.isInteger(minutes) || minutes < BREAK_GLASS_MINUTES_MIN || minutes > BREAK_GLASS_MINUTES_MAX) {
    throw new RangeError(
      `Break-glass access lasts ${BREAK_GLASS_MINUTES_MIN} to ${BREAK_GLASS_MINUTES_MAX} whole minutes`,
    );
  }
  return new Date(openedAt.getTime() + minutes * 60_000);
}

/** Whether a grant still gives access at `now`: up to, not including, its end. */
export function isBreakGlassActive(grant: { expiresAt: Date | string }, now: Date): boolean {
  return now.getTime() < new Date(grant.expiresAt).getTime();
}

/**
 * Why a caller may not break glass on a client, or null when they may: caseworkers only, and only on a
 * restricted client they could not open otherwise (supervisors open every record; volunteers none).
 */
export type BreakGlassRefusal = 'not_caseworker' | 'can_already_open';

export function breakGlassRefusal(
  viewer: ClientViewer,
  client: ClientAccessSubject,
): BreakGlassRefusal | null {
  if (viewer.role !== 'caseworker') return 'not_caseworker';
  // A grant already running does not count: the question is whether the record is open to them without one.
  if (canOpenClient({ role: viewer.role, teamIds: viewer.teamIds }, client)) return 'can_already_open';
  return null;
}

export const BREAK_GLASS_REFUSAL_MESSAGES: Record<BreakGlassRefusal, string> = {
  not_caseworker: 'Only caseworkers use break-glass: supervisors can open every record already.',
  can_already_open:
    'You can open this record already: break-glass is only for a restricted record outside your teams.',
};

/**
 * The end of a grant in words: `14:05` when it ends today (London), `24 Nov 2026, 00:30` when on another day.
 */
export function breakGlassUntilText(expiresAt: Date | string, now: Date): string {
  return londonDateOf(expiresAt) === londonDateOf(now) ? londonTimeOf(expiresAt) : formatDateTime(expiresAt);
}

/** A caseworker opens a restricted record outside their teams, saying why. */
export const openBreakGlassInput = z.object({
  personId: uuidSchema,
  reason: requiredText(BREAK_GLASS_REASON_MAX, 'The reason'),
});
export type OpenBreakGlassInput = z.input<typeof openBreakGlassInput>;

/** A supervisor marks a grant reviewed, with an optional note, at the version they read. */
export const reviewBreakGlassInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  note: optionalText(BREAK_GLASS_NOTE_MAX, 'The note'),
});
export type ReviewBreakGlassInput = z.input<typeof reviewBreakGlassInput>;

/** The supervisors' list: grants still to review (newest first), or all of them (those to review first). */
export const breakGlassListInput = z.object({
  show: z.enum(['to_review', 'all'], { error: 'Choose which to show' }).default('to_review'),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(BREAK_GLASS_PAGE_MAX).default(20),
});
export type BreakGlassListInput = z.input<typeof breakGlassListInput>;

/** The caller's own grant on a client, if one is running (the client page's banner). */
export const myBreakGlassInput = z.object({ personId: uuidSchema });
