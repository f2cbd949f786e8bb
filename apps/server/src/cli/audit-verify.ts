import { verifyAuditChain, type DatabaseHandle } from '@umbrella/db';

export async function auditVerify(database: DatabaseHandle): Promise<number> {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    console.log(`Audit chain intact: ${result.rows} rows checked.`);
    return 0;
  }
  console.error(
    `Audit chain BROKEN at row ${result.brokenSeq} (id ${result.brokenId}): ${result.reason}. ` +
      `${result.rows - 1} rows before it are intact.`,
  );
  return 1;
}
