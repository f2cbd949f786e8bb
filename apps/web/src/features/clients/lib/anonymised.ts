import { formatDate } from '@umbrella/domain';

/**
 * The notice an anonymised client's record opens with, dated in London: `This record was anonymised on
 * 23 Nov 2026.` Such a record can be read but no longer changed (the server refuses every write).
 */
export function anonymisedNotice(anonymisedAt: string): string {
  return `This record was anonymised on ${formatDate(anonymisedAt)}.`;
}
