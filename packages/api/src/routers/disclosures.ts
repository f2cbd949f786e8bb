import {
  cancelDisclosureInput,
  clientDisclosuresInput,
  createCommunicationInput,
  decideDisclosureInput,
  disclosureQueueInput,
  recordPrintInput,
  sharingCheckInput,
} from '@umbrella/domain';
import { cancelDisclosure } from '../services/disclosures/cancel-disclosure.ts';
import { checkSharing } from '../services/disclosures/check-sharing.ts';
import { decideDisclosure } from '../services/disclosures/decide-disclosure.ts';
import { listClientDisclosures } from '../services/disclosures/list-client-disclosures.ts';
import { listDisclosureQueue } from '../services/disclosures/list-disclosure-queue.ts';
import { recordPrint } from '../services/disclosures/record-print.ts';
import { requestApproval } from '../services/disclosures/request-approval.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Caseworkers and supervisors; each verb also checks the client record. */
const staffProcedure = roleProcedure('caseworker', 'supervisor');
/** Approving or refusing, and the queue: supervisors only. */
const supervisorProcedure = roleProcedure('supervisor');

export const disclosuresRouter = router({
  /** What the firewall would say now about sending to an agency or kind of recipient (the log form asks). */
  check: staffProcedure.input(sharingCheckInput).query(({ ctx, input }) => checkSharing(ctx, input)),
  /** A communication the firewall holds back: recorded as awaiting a supervisor's approval, not logged. */
  requestApproval: staffProcedure
    .input(createCommunicationInput)
    .mutation(({ ctx, input }) => requestApproval(ctx, input)),
  decide: supervisorProcedure
    .input(decideDisclosureInput)
    .mutation(({ ctx, input }) => decideDisclosure(ctx, input)),
  cancel: staffProcedure
    .input(cancelDisclosureInput)
    .mutation(({ ctx, input }) => cancelDisclosure(ctx, input)),
  forClient: staffProcedure
    .input(clientDisclosuresInput)
    .query(({ ctx, input }) => listClientDisclosures(ctx, input)),
  queue: supervisorProcedure
    .input(disclosureQueueInput)
    .query(({ ctx, input }) => listDisclosureQueue(ctx, input)),
  recordPrint: staffProcedure.input(recordPrintInput).mutation(({ ctx, input }) => recordPrint(ctx, input)),
});
