import type { Jurisdiction } from '../deadlines/calendars/jurisdictions.ts';
import { computeDeadline } from '../deadlines/compute.ts';

export interface ReplyDue {
  due: string;
  explanation: string;
}

/**
 * When a reply to something sent on `sentOn` is due: the counterpart agency's own number of working days
 * when it has one, otherwise the practice default of `comms.reply_expected` (10 working days).
 */
export function computeReplyDue(args: {
  sentOn: string;
  agencyWorkingDays: number | null;
  agencyName: string | null;
  jurisdiction: Jurisdiction;
  today: string;
}): ReplyDue {
  const computed = computeDeadline({
    rule: 'comms.reply_expected',
    trigger: args.sentOn,
    jurisdiction: args.jurisdiction,
    today: args.today,
    period: args.agencyWorkingDays ?? undefined,
  });
  const basis =
    args.agencyWorkingDays && args.agencyName
      ? `the usual reply time of ${args.agencyName}`
      : 'the practice default for a reply';
  const sentence = computed.explanation.replace(/\.$/, '');
  return { due: computed.due, explanation: `${sentence} (${basis}).` };
}
