import { digestDeliveries, users, type Database } from '@umbrella/db';
import {
  digestSendable,
  digestWeek,
  formatDate,
  instantToLondonLocal,
  londonToday,
  type DigestWeek,
} from '@umbrella/domain';
import { and, asc, eq, ne } from 'drizzle-orm';
import { digestEmailCounts, type DigestCounts } from './digest.ts';

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

/** `2026-11-23` -> `23 Nov 2026`. */
const dayInWords = (day: string) => formatDate(`${day}T12:00:00Z`);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
    `Your week on Umbrella, from Monday ${dayInWords(week.start)} to Sunday ${dayInWords(week.end)}, for your clients:`,
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
 * Sends this week's digest e-mail to every active caseworker and supervisor who has not had it yet, when it
 * is time (Monday from 07:00 London, or later in the week). Each e-mail is claimed first with a delivery row
 * (user, week), committed before sending: two servers running this at once never send one twice, and a run
 * after a success or a failure sends nothing more that week. Failures keep the error code only.
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
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.active, true), ne(users.role, 'volunteer')))
    .orderBy(asc(users.id));
  for (const recipient of recipients) {
    const [claim] = await db
      .insert(digestDeliveries)
      .values({ userId: recipient.id, weekStart: week.start, createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: [digestDeliveries.userId, digestDeliveries.weekStart] })
      .returning({ id: digestDeliveries.id });
    if (!claim) continue;
    let outcome: { sentAt: Date } | { failure: string };
    try {
      const counts = await db.transaction((tx) => digestEmailCounts(tx, recipient.id, week, now));
      await send({
        to: recipient.email,
        subject: digestSubject(counts),
        text: digestText(counts, week, link),
      });
      outcome = { sentAt: new Date() };
      run.sent += 1;
    } catch (error) {
      const code = failureCode(error);
      outcome = { failure: code };
      run.failed += 1;
      run.failureCodes.push(code);
    }
    await db
      .update(digestDeliveries)
      .set({ ...outcome, updatedAt: new Date() })
      .where(eq(digestDeliveries.id, claim.id));
  }
  return run;
}
