import { clientConsentsInput, recordConsentInput, withdrawConsentInput } from '@umbrella/domain';
import { listConsents } from '../services/consents/list-consents.ts';
import { recordConsent } from '../services/consents/record-consent.ts';
import { withdrawConsent } from '../services/consents/withdraw-consent.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Caseworkers and supervisors; each verb also checks the client record. */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const consentsRouter = router({
  forClient: staffProcedure.input(clientConsentsInput).query(({ ctx, input }) => listConsents(ctx, input)),
  record: staffProcedure.input(recordConsentInput).mutation(({ ctx, input }) => recordConsent(ctx, input)),
  withdraw: staffProcedure
    .input(withdrawConsentInput)
    .mutation(({ ctx, input }) => withdrawConsent(ctx, input)),
});
