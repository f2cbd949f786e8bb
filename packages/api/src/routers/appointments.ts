import {
  agendaInput,
  appointmentIdInput,
  assignVolunteersInput,
  cancelAppointmentInput,
  confirmFollowUpInput,
  createAppointmentInput,
  dismissFollowUpInput,
  findVolunteersInput,
  listClientAppointmentsInput,
  updateAppointmentInput,
} from '@umbrella/domain';
import { organisationCounts } from '../services/accompaniments/counts.ts';
import { getAgenda } from '../services/appointments/agenda.ts';
import { assignVolunteers } from '../services/appointments/assign-volunteers.ts';
import { cancelAppointment } from '../services/appointments/cancel-appointment.ts';
import { confirmFollowUp } from '../services/appointments/confirm-follow-up.ts';
import { createAppointment } from '../services/appointments/create-appointment.ts';
import { dismissFollowUp } from '../services/appointments/dismiss-follow-up.ts';
import { findVolunteers } from '../services/appointments/find-volunteers.ts';
import { getAppointment } from '../services/appointments/get-appointment.ts';
import { listClientAppointments } from '../services/appointments/list-client-appointments.ts';
import { updateAppointment } from '../services/appointments/update-appointment.ts';
import { roleProcedure, router } from '../trpc.ts';

/** Caseworkers and supervisors; each verb also checks the client record the appointment belongs to. */
const staffProcedure = roleProcedure('caseworker', 'supervisor');

export const appointmentsRouter = router({
  get: staffProcedure.input(appointmentIdInput).query(({ ctx, input }) => getAppointment(ctx, input)),
  listForClient: staffProcedure
    .input(listClientAppointmentsInput)
    .query(({ ctx, input }) => listClientAppointments(ctx, input)),
  agenda: staffProcedure.input(agendaInput).query(({ ctx, input }) => getAgenda(ctx, input)),
  findVolunteers: staffProcedure
    .input(findVolunteersInput)
    .query(({ ctx, input }) => findVolunteers(ctx, input)),
  counts: staffProcedure.query(({ ctx }) => organisationCounts(ctx)),
  create: staffProcedure
    .input(createAppointmentInput)
    .mutation(({ ctx, input }) => createAppointment(ctx, input)),
  update: staffProcedure
    .input(updateAppointmentInput)
    .mutation(({ ctx, input }) => updateAppointment(ctx, input)),
  cancel: staffProcedure
    .input(cancelAppointmentInput)
    .mutation(({ ctx, input }) => cancelAppointment(ctx, input)),
  assignVolunteers: staffProcedure
    .input(assignVolunteersInput)
    .mutation(({ ctx, input }) => assignVolunteers(ctx, input)),
  confirmFollowUp: staffProcedure
    .input(confirmFollowUpInput)
    .mutation(({ ctx, input }) => confirmFollowUp(ctx, input)),
  dismissFollowUp: staffProcedure
    .input(dismissFollowUpInput)
    .mutation(({ ctx, input }) => dismissFollowUp(ctx, input)),
});
