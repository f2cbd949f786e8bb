import { RISK_FLAG_LABELS, type RiskFlag } from '@umbrella/domain';
import type { SafeContactView } from './types.ts';

export interface ContactRule {
  key: 'call' | 'text' | 'voicemail' | 'post';
  safe: boolean;
  text: string;
}

/** The four ways of reaching someone, each said plainly: "Do not call", "Safe to text"… */
export function contactRules(safeContact: SafeContactView): ContactRule[] {
  return [
    { key: 'call', safe: safeContact.call, text: safeContact.call ? 'Safe to call' : 'Do not call' },
    { key: 'text', safe: safeContact.text, text: safeContact.text ? 'Safe to text' : 'Do not text' },
    {
      key: 'voicemail',
      safe: safeContact.voicemail,
      text: safeContact.voicemail ? 'Voicemail is safe' : 'No voicemail',
    },
    { key: 'post', safe: safeContact.post, text: safeContact.post ? 'Post is safe' : 'No post' },
  ];
}

export function riskFlagLabel(flag: RiskFlag | string): string {
  return RISK_FLAG_LABELS[flag as RiskFlag] ?? flag;
}

export const MATCH_FIELD_LABELS: Record<string, string> = {
  display_name: 'Name',
  alias: 'Other name',
  reference: 'Reference',
};
