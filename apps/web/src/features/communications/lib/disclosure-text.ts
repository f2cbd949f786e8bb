import { LEGAL_BASIS_LABELS, londonDateOf, type DisclosureBasis, type LegalBasis } from '@umbrella/domain';
import { formatCalendarDate } from '../../../lib/dates.ts';

/** The disclosure a sent communication made, as its detail reads it. */
export interface CommunicationDisclosureFacts {
  basis: DisclosureBasis;
  legalBasis: LegalBasis | null;
  basisDetails: string | null;
  decidedBy: { displayName: string } | null;
  decisionReason: string | null;
  decidedAt: string | null;
  /** The consent it relied on, when the server says which. */
  consent?: { givenOn: string } | null;
}

/**
 * One line on the basis it was sent: "Shared with the client’s consent given on 3 Nov 2026", "Approved by
 * Sam Okafor on 23 Nov 2026: …", "To the client".
 */
export function communicationDisclosureText(d: CommunicationDisclosureFacts): string {
  switch (d.basis) {
    case 'consent':
      return d.consent
        ? `Shared with the client’s consent given on ${formatCalendarDate(d.consent.givenOn)}`
        : 'Shared with the client’s consent';
    case 'client':
      return 'To the client';
    case 'own_casework':
      return 'For our own casework';
    case 'legal_basis': {
      if (!d.decidedBy) return 'Shared on a legal basis, without the client’s consent';
      const on = d.decidedAt ? ` on ${formatCalendarDate(londonDateOf(d.decidedAt))}` : '';
      return `Approved by ${d.decidedBy.displayName}${on}${d.decisionReason ? `: ${d.decisionReason}` : ''}`;
    }
  }
}

/** The legal basis stated for sending it without consent: "Safeguarding … : the details". */
export function legalBasisText(
  d: Pick<CommunicationDisclosureFacts, 'legalBasis' | 'basisDetails'>,
): string | null {
  if (!d.legalBasis) return null;
  const label = LEGAL_BASIS_LABELS[d.legalBasis];
  return d.basisDetails ? `${label}: ${d.basisDetails}` : label;
}
