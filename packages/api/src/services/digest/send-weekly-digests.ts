import { digestDeliveries, users, type Database } from '@umbrella/db';
import {
  digestSendable,
  digestWeek,
  formatDay,
  instantToLondonLocal,
  londonToday,
  plural,
  type DigestWeek,
} from '@umbrella/domain';
import { and, asc, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import { countStalledCases, digestEmailCounts, type DigestCounts } from './digest.ts';

/** One e-mail: counts and a link only, never a client's name or anything about them. */
export interface DigestMail {
  to: string;
  subject: string;
  text: string;
}

/** Hands one e-mail to the mail server; rejects when it was not accepted. */
export type SendMail = (mail: DigestMail) => Promise<void>;

export interface WeeklyDigestRun {
  weekStart: string;
  /** E-mails accepted by the mail server. */
  sent: number;
  /** E-mails refused or failed: recorded on their delivery row. */
  failed: number;
  /** The failures' codes (no addresses, no messages: they can carry personal data). */
  failureCodes: string[];
}

/** An e-mail not sent (failed, or its run stopped before it went) is tried again this long after the last try. */
export const DIGEST_RETRY_AFTER_MS = 60 * 60 * 1000;
/** Tries at most, per person per week. */
export const DIGEST_MAX_ATTEMPTS = 3;

/** "Your Umbrella week: 3 deadlines, 2 replies due" (counts only: no personal data in a subject line). */
export function digestSubject(counts: DigestCounts): string {
  const deadlines = counts.deadlinesDue + counts.overdue;
  if (deadlines === 0 && counts.repliesDue === 0) return 'Your Umbrella week: nothing due';
  return `Your Umbrella week: ${plural(deadlines, 'deadline')}, ${plural(counts.repliesDue, 'reply', 'replies')} due`;
}

/** The body: the week, the counts, and a link to the digest page (signing in shows the details). */
export function digestText(counts: DigestCounts, week: DigestWeek, link: string): string {
  const lines = [
    `${plural(counts.deadlinesDue, 'deadline')} due this week`,
    `${plural(counts.overdue, 'deadline')} overdue`,
    `${plural(counts.repliesDue, 'reply', 'replies')} due by the end of the week`,
    `${plural(counts.appointments, 'appointment')} this week`,
    `${plural(counts.reviewsDue, 'case review')} due`,
    ...(counts.stalledCases === null
      ? []
      : [`${plural(counts.stalledCases, 'stalled case')} across the organisation`]),
  ];
  return [
    'Hello,',
    '',
    `Your week on Umbrella, from Monday ${formatDay(week.start)} to Sunday ${formatDay(week.end)}, for your clients:`,
    '',
    ...lines.map((l) => `- ${l}`),
    '',
    `See the details after signing in: ${link}`,
    '',
    'This e-mail never names clients or gives their details. You receive it as a caseworker or supervisor on Umbrella.',
    '',
  ].join('\n');
}

/** A mail server's error as a short code (e.g. `EAUTH`, `550`): never its message, which can name the recipient. */
export function failureCode(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const parts = [e.code, e.responseCode]
    .filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
    .map((p) =>
      String(p)
        .replace(/[^A-Za-z0-9_]/g, '')
        .slice(0, 30),
    )
    .filter(Boolean);
  return parts.length ? parts.join(' ') : 'UNKNOWN';
}

/**
 * Claims the week's e-mail to one person for this try: a new delivery row, or an unsent one whose last try
 * was more than an hour ago and that has had fewer than three. One statement, so two servers at once never
 * both claim it (the second waits on the row, then sees the first's try). Null when not to be sent now.
 */
async function claimDelivery(
  db: Database,
  userId: string,
  weekStart: string,
  now: Date,
): Promise<string | null> {
  const lastTryBefore = new Date(now.getTime() - DIGEST_RETRY_AFTER_MS);
  const [claim] = await db
    .insert(digestDeliveries)
    .values({ userId, weekStart, attempts: 1, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [digestDeliveries.userId, digestDeliveries.weekStart],
      set: { attempts: sql`${digestDeliveries.attempts} + 1`, updatedAt: now },
      setWhere: and(
        isNull(digestDeliveries.sentAt),
        lt(digestDeliveries.attempts, DIGEST_MAX_ATTEMPTS),
        lt(digestDeliveries.updatedAt, lastTryBefore),
      ),
    })
    .returning({ id: digestDeliveries.id });
  return claim?.id ?? null;
}

/**
 * Sends this week's digest e-mail to every active caseworker and supervisor who has not had it yet, when it
 * is time (Monday from 07:00 London, or later in the week). Each e-mail is claimed first with a delivery row
 * (user, week), committed before sending: two servers running this at once never send one twice. One that
 * fails, or whose run stops between the claim and the sending, is tried again in a later run an hour after
 * its last try, three tries at most; one sent is never sent again. Failures keep the error code only. The
 * organisation's count of stalled cases is taken once a run, when the first supervisor's e-mail is claimed.
 */
export async function sendWeeklyDigests(
  db: Database,
  options: { now: Date; publicUrl: string; send: SendMail },
): Promise<WeeklyDigestRun> {
  const { now, send } = options;
  const today = londonToday(now);
  const week = digestWeek(today);
  const run: WeeklyDigestRun = { weekStart: week.start, sent: 0, failed: 0, failureCodes: [] };
  const hour = Number(instantToLondonLocal(now).slice(11, 13));
  if (!digestSendable(today, hour)) return run;
  const link = `${options.publicUrl.replace(/\/+$/, '')}/digest`;
  const recipients = await db
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), ne(users.role, 'volunteer')))
    .orderBy(asc(users.id));
  // Outside any other transaction: PGlite has one connection, so it must not be nested in one.
  let stalled: Promise<number> | undefined;
  const stalledCases = () => (stalled ??= db.transaction((tx) => countStalledCases(tx, now)));
  for (const recipient of recipients) {
    const claim = await claimDelivery(db, recipient.id, week.start, now);
    if (!claim) continue;
    let outcome: { sentAt: Date; failure: null } | { failure: string };
    try {
      const stalledNow = recipient.role === 'supervisor' ? await stalledCases() : undefined;
      const counts = await db.transaction((tx) => digestEmailCounts(tx, recipient.id, week, now, stalledNow));
      await send({
        to: recipient.email,
        subject: digestSubject(counts),
        text: digestText(counts, week, link),
      });
      outcome = { sentAt: now, failure: null };
      run.sent += 1;
    } catch (error) {
      const code = failureCode(error);
      outcome = { failure: code };
      run.failed += 1;
      run.failureCodes.push(code);
    }
    await db
      .update(digestDeliveries)
      .set({ ...outcome, updatedAt: now })
      .where(eq(digestDeliveries.id, claim));
  }
  return run;
}
