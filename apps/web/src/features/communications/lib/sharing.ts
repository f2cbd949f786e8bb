import type { DisclosureDecision } from '@umbrella/domain';

export type SharingTone = 'free' | 'consented' | 'blocked' | 'unknown';

/** What the log form's sharing panel says: where the firewall stands on sending it, in plain words. */
export interface SharingStatus {
  tone: SharingTone;
  /** "Covered by the client’s consent.", "Blocked:" … said first, in bold. */
  lead: string;
  text: string;
}

/** The firewall's decision as the panel says it. A refusal from the server wins over an earlier check. */
export function sharingStatus(
  decision: DisclosureDecision | undefined,
  refusal: string | null,
): SharingStatus | null {
  if (refusal) return { tone: 'blocked', lead: 'Blocked:', text: refusal };
  if (!decision) return null;
  switch (decision.outcome) {
    case 'free':
      return { tone: 'free', lead: 'No consent needed.', text: decision.explanation };
    case 'consented':
      return { tone: 'consented', lead: 'Covered by the client’s consent.', text: decision.explanation };
    case 'needs_approval':
      return { tone: 'blocked', lead: 'Blocked:', text: decision.explanation };
  }
}
