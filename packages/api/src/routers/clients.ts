import {
  addNoteInput,
  archiveClientInput,
  clientIdInput,
  clientListInput,
  clientTimelineInput,
  createClientInput,
  updateClientInput,
} from '@umbrella/domain';
import { addNote } from '../services/clients/add-note.ts';
import { archiveClient } from '../services/clients/archive-client.ts';
import { clientTimeline } from '../services/clients/client-timeline.ts';
import { createClient } from '../services/clients/create-client.ts';
import { getClient } from '../services/clients/get-client.ts';
import { listClients } from '../services/clients/list-clients.ts';
import { updateClient } from '../services/clients/update-client.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Caseworkers and supervisors; each verb also checks the client record itself (restricted clients). */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const clientsRouter = router({
  list: staffProcedure.input(clientListInput).query(({ ctx, input }) => listClients(ctx, input)),
  get: staffProcedure.input(clientIdInput).query(({ ctx, input }) => getClient(ctx, input)),
  timeline: staffProcedure.input(clientTimelineInput).query(({ ctx, input }) => clientTimeline(ctx, input)),
  create: staffProcedure.input(createClientInput).mutation(({ ctx, input }) => createClient(ctx, input)),
  update: staffProcedure.input(updateClientInput).mutation(({ ctx, input }) => updateClient(ctx, input)),
  archive: staffProcedure.input(archiveClientInput).mutation(({ ctx, input }) => archiveClient(ctx, input)),
  addNote: staffProcedure.input(addNoteInput).mutation(({ ctx, input }) => addNote(ctx, input)),
});
