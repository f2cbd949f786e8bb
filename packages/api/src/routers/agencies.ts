import {
  agencyIdInput,
  agencyListInput,
  createAgencyInput,
  createContactInput,
  updateAgencyInput,
  updateContactInput,
} from '@umbrella/domain';
import { createAgency } from '../services/agencies/create-agency.ts';
import { createContact } from '../services/agencies/create-contact.ts';
import { getAgency } from '../services/agencies/get-agency.ts';
import { listAgencies } from '../services/agencies/list-agencies.ts';
import { updateAgency } from '../services/agencies/update-agency.ts';
import { updateContact } from '../services/agencies/update-contact.ts';
import { roleProcedure, router } from '../trpc.ts';

const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const agenciesRouter = router({
  list: staffProcedure.input(agencyListInput).query(({ ctx, input }) => listAgencies(ctx, input)),
  get: staffProcedure.input(agencyIdInput).query(({ ctx, input }) => getAgency(ctx, input)),
  create: staffProcedure.input(createAgencyInput).mutation(({ ctx, input }) => createAgency(ctx, input)),
  update: staffProcedure.input(updateAgencyInput).mutation(({ ctx, input }) => updateAgency(ctx, input)),
  createContact: staffProcedure
    .input(createContactInput)
    .mutation(({ ctx, input }) => createContact(ctx, input)),
  updateContact: staffProcedure
    .input(updateContactInput)
    .mutation(({ ctx, input }) => updateContact(ctx, input)),
});
