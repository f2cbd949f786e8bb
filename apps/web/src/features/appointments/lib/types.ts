import type { RouterOutputs } from '../../../lib/api-types.ts';

export type AppointmentView = RouterOutputs['appointments']['get']['appointment'];
export type AppointmentDetail = RouterOutputs['appointments']['get'];
export type AccompanimentReportView = AppointmentDetail['reports'][number];
export type FollowUpView = AppointmentDetail['followUps'][number];
export type AppointmentVolunteer = AppointmentView['volunteers'][number];
export type Agenda = RouterOutputs['appointments']['agenda'];
export type VolunteerMatch = RouterOutputs['appointments']['findVolunteers'][number];
export type AccompanimentCounts = RouterOutputs['appointments']['counts'];
