import { sealCommunicationText } from '../crypto/communication-text.ts';
import {
  addDays,
  at,
  daysBetween,
  type CaseArgs,
  type CaseMatter,
  type LargeContext,
  type LargeRows,
} from './large-rows.ts';
import type { SeededRandom } from './random.ts';
import { CALL_NOTES, LETTER_SENTENCES, LETTER_TOPICS } from './words.ts';

/** The case's share of its client's communications, spread over its life, with their timeline events. */
export function addCommunications(
  rows: LargeRows,
  random: SeededRandom,
  ctx: LargeContext,
  a: CaseArgs,
  caseId: string,
  caseMatters: readonly CaseMatter[],
  length: number,
): void {
  const by = a.worker.id;
  // A copy, frozen for this case's letters (later cases add their references to the client's list).
  const clientWords = Object.freeze([...a.clientWords]);
  for (let i = 0; i < a.communicationCount; i++) {
    const matter = random.pick(caseMatters);
    const occurredOn = addDays(a.opened, Math.floor((length * (i + random.next())) / a.communicationCount));
    const channel = random.weighted([
      ['letter', 30],
      ['email', 40],
      ['phone_call', 20],
      ['meeting', 5],
      ['online_form', 5],
    ] as const);
    const outgoing = random.chance(0.6);
    const spoken = channel === 'phone_call' || channel === 'meeting';
    const [topic, opening] = random.pick(LETTER_TOPICS[matter.kind]);
    const subject = outgoing ? topic : `Re: ${topic}`;
    const body = spoken ? random.pick(CALL_NOTES) : letterBody(random, opening, matter.reference);
    const counterpartLabel = matter.agency?.name ?? 'Client';
    const recent = daysBetween(occurredOn, ctx.anchor) <= 30;
    const awaiting = outgoing && !spoken && !a.closed && recent && random.chance(0.6);
    const id = random.uuid();
    rows.communications.push({
      id,
      personId: a.personId,
      caseId,
      matterId: matter.id,
      direction: outgoing ? 'outgoing' : 'incoming',
      channel,
      agencyId: matter.agency?.id ?? null,
      counterpartLabel,
      occurredOn,
      ...sealCommunicationText(ctx.cipher, { subject, counterpartLabel, body }, clientWords),
      replyState: outgoing && !spoken ? (awaiting ? 'awaiting' : 'answered') : null,
      replyDue: awaiting ? addDays(occurredOn, 14) : null,
      replyDueExplanation: awaiting ? '10 working days, the practice default.' : null,
      confirmation: spoken ? (recent && random.chance(0.3) ? 'needed' : 'done') : null,
      recordedById: by,
      createdAt: at(occurredOn, 11),
      updatedAt: at(occurredOn, 11),
    });
    rows.events.push({
      personId: a.personId,
      caseId,
      matterId: matter.id,
      kind: 'communication',
      occurredOn,
      recordedById: by,
      communicationId: id,
    });
  }
}

/** A letter's text: the topic's opening and a few paragraphs, sometimes quoting the agency's reference. */
function letterBody(random: SeededRandom, opening: string, reference: string | null): string {
  const paragraphs = [
    `Dear Sir or Madam,`,
    `${opening}${reference && random.chance(0.5) ? ` (your reference ${reference})` : ''}.`,
  ];
  for (let p = random.int(1, 3); p > 0; p--) {
    const sentences: string[] = [];
    for (let s = random.int(2, 4); s > 0; s--) sentences.push(random.pick(LETTER_SENTENCES));
    paragraphs.push(sentences.join(' '));
  }
  paragraphs.push('Yours faithfully,\nCaseworker');
  return paragraphs.join('\n\n');
}
