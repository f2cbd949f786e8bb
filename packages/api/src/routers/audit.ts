import { auditExportInput, auditLogInput } from '@umbrella/domain';
import { exportAudit } from '../services/audit/export-audit.ts';
import { listAudit } from '../services/audit/list-audit.ts';
import { listAuditActors } from '../services/audit/list-audit-actors.ts';
import { roleOrAdminProcedure, router } from '../trpc.ts';

/** The audit viewer: supervisors and administrators. */
const auditProcedure = roleOrAdminProcedure('supervisor');

export const auditRouter = router({
  list: auditProcedure.input(auditLogInput).query(({ ctx, input }) => listAudit(ctx, input)),
  actors: auditProcedure.query(({ ctx }) => listAuditActors(ctx)),
  /** A mutation: an export is recorded in the log. */
  export: auditProcedure.input(auditExportInput).mutation(({ ctx, input }) => exportAudit(ctx, input)),
});
