import {
  anonymisationRequestRefInput,
  anonymisationRequestsInput,
  clearLegalHoldInput,
  clientRetentionInput,
  refuseAnonymisationInput,
  requestAnonymisationInput,
  retentionDueInput,
  setLegalHoldInput,
  updateRetentionPolicyInput,
} from '@umbrella/domain';
import { approveAnonymisation } from '../services/retention/approve-anonymisation.ts';
import { cancelAnonymisation } from '../services/retention/cancel-anonymisation.ts';
import { clearLegalHold } from '../services/retention/clear-legal-hold.ts';
import { getClientRetention } from '../services/retention/client-retention.ts';
import { getRetentionPolicy } from '../services/retention/get-retention-policy.ts';
import { listDue } from '../services/retention/list-due.ts';
import { listRequests } from '../services/retention/list-requests.ts';
import { refuseAnonymisation } from '../services/retention/refuse-anonymisation.ts';
import { requestAnonymisation } from '../services/retention/request-anonymisation.ts';
import { setLegalHold } from '../services/retention/set-legal-hold.ts';
import { updateRetentionPolicy } from '../services/retention/update-retention-policy.ts';
import { adminProcedure, roleOrAdminProcedure, roleProcedure, router } from '../trpc.ts';

/** The policy, the dry run and the two-person requests: supervisors and administrators. */
const retentionProcedure = roleOrAdminProcedure('supervisor');
/** Legal hold: supervisors only (the service checks the record). */
const supervisorProcedure = roleProcedure('supervisor');
/** A client's retention section on the profile: staff who may open the record (checked by the service). */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const retentionRouter = router({
  policy: retentionProcedure.query(({ ctx }) => getRetentionPolicy(ctx)),
  updatePolicy: adminProcedure
    .input(updateRetentionPolicyInput)
    .mutation(({ ctx, input }) => updateRetentionPolicy(ctx, input)),
  forClient: staffProcedure
    .input(clientRetentionInput)
    .query(({ ctx, input }) => getClientRetention(ctx, input)),
  setLegalHold: supervisorProcedure
    .input(setLegalHoldInput)
    .mutation(({ ctx, input }) => setLegalHold(ctx, input)),
  clearLegalHold: supervisorProcedure
    .input(clearLegalHoldInput)
    .mutation(({ ctx, input }) => clearLegalHold(ctx, input)),
  // The dry run: nothing is changed.
  due: retentionProcedure.input(retentionDueInput).query(({ ctx, input }) => listDue(ctx, input)),
  requests: retentionProcedure
    .input(anonymisationRequestsInput)
    .query(({ ctx, input }) => listRequests(ctx, input)),
  request: retentionProcedure
    .input(requestAnonymisationInput)
    .mutation(({ ctx, input }) => requestAnonymisation(ctx, input)),
  // Approving anonymises the client at once, in the same transaction; the service applies the two-person rule.
  approve: retentionProcedure
    .input(anonymisationRequestRefInput)
    .mutation(({ ctx, input }) => approveAnonymisation(ctx, input)),
  refuse: retentionProcedure
    .input(refuseAnonymisationInput)
    .mutation(({ ctx, input }) => refuseAnonymisation(ctx, input)),
  cancel: retentionProcedure
    .input(anonymisationRequestRefInput)
    .mutation(({ ctx, input }) => cancelAnonymisation(ctx, input)),
});
