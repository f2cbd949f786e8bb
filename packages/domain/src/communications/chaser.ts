import { formatLongDate, toDayNumber } from '../deadlines/iso-date.ts';
import { CHANNEL_LABELS, type Channel } from './schemas.ts';

export interface ChaserSource {
  channel: Channel;
  occurredOn: string;
  subject: string;
  replyDue: string | null;
  /** The person written to (a contact, or a name given by hand); null for an agency as a whole. */
  addressee: string | null;
  /** Earlier chasers of the same letter, oldest first (their dates). */
  earlierChasers: string[];
}

export interface ChaserReference {
  label: string;
  value: string;
}

export interface ChaserDraft {
  subject: string;
  body: string;
}

const CHASER_PREFIX = 'Chasing: ';

const formatIsoDate = (iso: string) => formatLongDate(toDayNumber(iso));

/**
 * The text of a letter chasing an unanswered one: it cites the original (date, subject) and the case's
 * reference numbers for that agency, so the reader can find the file. The caseworker edits it before logging.
 */
export function draftChaser(source: ChaserSource, references: readonly ChaserReference[]): ChaserDraft {
  const original = source.subject.startsWith(CHASER_PREFIX)
    ? source.subject.slice(CHASER_PREFIX.length)
    : source.subject;
  const sentAs = CHANNEL_LABELS[source.channel].toLowerCase();
  const refLines = references.map((r) => `${r.label}: ${r.value}`);
  const chased = source.earlierChasers.length
    ? ` We wrote again on ${source.earlierChasers.map(formatIsoDate).join(' and ')}.`
    : '';
  const due = source.replyDue ? `, and a reply was expected by ${formatIsoDate(source.replyDue)}` : '';
  const paragraphs = [
    `Dear ${source.addressee ?? 'Sir or Madam'},`,
    ...(refLines.length ? [refLines.join('\n')] : []),
    `We wrote to you by ${sentAs} on ${formatIsoDate(source.occurredOn)} about “${original}”${due}.${chased} We have not yet received a reply.`,
    // No period of our own here: the chaser's reply-due date (the agency's or the practice default) is the one watched.
    'Please reply as soon as you can, or tell us when we can expect a full answer and who is dealing with this.',
    'Yours sincerely,',
  ];
  return { subject: `${CHASER_PREFIX}${original}`, body: paragraphs.join('\n\n') };
}
