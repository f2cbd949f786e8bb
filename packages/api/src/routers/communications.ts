import {
  chronologyInput,
  communicationIdInput,
  createCommunicationInput,
  dismissConfirmationInput,
  listCommunicationsInput,
  markReplyInput,
  searchCommunicationsInput,
  updateCommunicationInput,
} from '@umbrella/domain';
import { chronology } from '../services/communications/chronology.ts';
import { createCommunication } from '../services/communications/create-communication.ts';
import { dismissConfirmation } from '../services/communications/dismiss-confirmation.ts';
import { draftChaser } from '../services/communications/draft-chaser.ts';
import { getCommunication } from '../services/communications/get-communication.ts';
import { listCommunications } from '../services/communications/list-communications.ts';
import { markReply } from '../services/communications/mark-reply.ts';
import { searchCommunications } from '../services/communications/search-communications.ts';
import { updateCommunication } from '../services/communications/update-communication.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Caseworkers and supervisors; each verb also checks the client record the communication belongs to. */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const communicationsRouter = router({
  list: staffProcedure
    .input(listCommunicationsInput)
    .query(({ ctx, input }) => listCommunications(ctx, input)),
  search: staffProcedure
    .input(searchCommunicationsInput)
    .query(({ ctx, input }) => searchCommunications(ctx, input)),
  get: staffProcedure.input(communicationIdInput).query(({ ctx, input }) => getCommunication(ctx, input)),
  chronology: staffProcedure.input(chronologyInput).query(({ ctx, input }) => chronology(ctx, input)),
  /** A query: drafting saves nothing; the caseworker edits the text and logs it with `create`. */
  draftChaser: staffProcedure.input(communicationIdInput).query(({ ctx, input }) => draftChaser(ctx, input)),
  create: staffProcedure
    .input(createCommunicationInput)
    .mutation(({ ctx, input }) => createCommunication(ctx, input)),
  update: staffProcedure
    .input(updateCommunicationInput)
    .mutation(({ ctx, input }) => updateCommunication(ctx, input)),
  markReply: staffProcedure.input(markReplyInput).mutation(({ ctx, input }) => markReply(ctx, input)),
  dismissConfirmation: staffProcedure
    .input(dismissConfirmationInput)
    .mutation(({ ctx, input }) => dismissConfirmation(ctx, input)),
});
