import type { DbOrTx } from '@umbrella/db';
import type { CreateCommunicationInput } from '@umbrella/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { TestBrowser } from './harness.ts';

/** A letter to an agency asking a supervisor's approval (no consent covers it), with a stated legal basis. */
export function approvalInput(
  input: Partial<CreateCommunicationInput> & { personId: string; agencyId: string | null },
): CreateCommunicationInput {
  return {
    channel: 'letter',
    direction: 'outgoing',
    occurredOn: '2026-11-20',
    subject: 'Disclosure of the statement',
    body: 'We enclose the statement as requested.',
    legalBasis: 'crime_prevention',
    basisDetails: 'The officer in the case asked for it to identify the trafficker.',
    expectsReply: true,
    ...input,
  };
}

/** Asks approval through the API. */
export async function requestApprovalVia(
  browser: TestBrowser,
  input: Partial<CreateCommunicationInput> & { personId: string; agencyId: string | null },
) {
  return (await browser.call()).disclosures.requestApproval(approvalInput(input));
}

/**
 * The transaction that last wrote each row matching `where` in `table` (Postgres's `xmin`): rows written in one
 * transaction share it, so a test can tell that a verb's rows and its audit row were committed together.
 */
export async function writtenBy(db: DbOrTx, table: string, where: SQL): Promise<string[]> {
  const result = await db.execute(sql`select xmin::text as tx from ${sql.identifier(table)} where ${where}`);
  return (result.rows as { tx: string }[]).map((r) => r.tx);
}
