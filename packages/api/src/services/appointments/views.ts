import type { SafeContactRules } from '@umbrella/db';
import type {
  AccompanimentConcern,
  AccompanimentDraft,
  AccompanimentOutcome,
  AppointmentStatus,
  AppointmentType,
  AssignmentStatus,
  AvailabilitySlot,
  FollowUpState,
  MatterKind,
  PresentRole,
} from '@umbrella/domain';

/** A member of staff or a volunteer, as lists show them. */
export interface UserRef {
  id: string;
  displayName: string;
}

export interface AppointmentVolunteerView extends UserRef {
  /** False once the volunteer's account is deactivated: their acceptance no longer covers the appointment. */
  active: boolean;
  status: AssignmentStatus;
  declineReason: string | null;
  respondedAt: string | null;
}

/** An appointment as caseworkers and supervisors see it (never sent to a volunteer). */
export interface AppointmentView {
  id: string;
  version: number;
  personId: string;
  clientDisplayName: string;
  caseId: string;
  matterId: string | null;
  matterKind: MatterKind | null;
  type: AppointmentType;
  /** Instants (ISO) and the same in London wall-clock time (`YYYY-MM-DDTHH:mm`) for forms. */
  startsAt: string;
  endsAt: string;
  startsAtLocal: string;
  endsAtLocal: string;
  place: string;
  area: string | null;
  meetingPoint: string | null;
  interpreterNeeded: boolean;
  interpreterLanguage: string | null;
  interpreterBooked: boolean;
  accompanimentNeeded: boolean;
  notesForVolunteer: string | null;
  status: AppointmentStatus;
  cancelledReason: string | null;
  linkedMatterDate: 'hearingDate' | 'initialConferenceDate' | 'reviewConferenceDate' | null;
  volunteers: AppointmentVolunteerView[];
  /** Accompaniment needed, not cancelled, not yet past, and no active volunteer has accepted. */
  unassigned: boolean;
  reportsFiled: number;
  createdBy: UserRef;
}

export interface AccompanimentReportView {
  id: string;
  appointmentId: string;
  volunteer: UserRef;
  outcome: AccompanimentOutcome;
  present: PresentRole[];
  presentOther: string | null;
  treatment: string | null;
  concerns: AccompanimentConcern[];
  concernDetails: string | null;
  promised: string | null;
  promisedDates: { date: string; what: string }[];
  minutesSpent: number;
  filedAt: string;
}

export interface FollowUpView {
  id: string;
  version: number;
  reportId: string;
  appointmentId: string;
  appointmentType: AppointmentType;
  appointmentStartsAt: string;
  personId: string;
  clientDisplayName: string;
  volunteer: UserRef;
  description: string;
  suggestedDue: string | null;
  state: FollowUpState;
  /** The deadline it became, when confirmed. */
  deadlineId: string | null;
  dismissReason: string | null;
  decidedBy: UserRef | null;
  decidedAt: string | null;
  createdAt: string;
}

/** One appointment with everything staff may see of it. */
export interface AppointmentDetail {
  appointment: AppointmentView;
  reports: AccompanimentReportView[];
  followUps: FollowUpView[];
}

export interface ClientAppointments {
  /** Not yet ended, soonest first (at most 50). */
  upcoming: AppointmentView[];
  /** Ended, latest first, a page at a time. */
  past: AppointmentView[];
  nextCursor: string | null;
}

export interface AgendaDay {
  date: string;
  appointments: AppointmentView[];
}

export interface Agenda {
  from: string;
  to: string;
  days: AgendaDay[];
  /** Appointments in the range still needing a volunteer. */
  unassigned: number;
  /** More than the page holds: narrow the range. */
  truncated: boolean;
}

/** A volunteer ranked for an appointment: language first, then usual availability, then fewest clashes. */
export interface VolunteerMatch extends UserRef {
  languages: string[];
  availability: AvailabilitySlot[];
  availabilityNote: string | null;
  speaksLanguage: boolean;
  usuallyFree: boolean;
  /** Other appointments of theirs (offered or accepted) overlapping this one. */
  clashes: number;
  /** Their status on this appointment, if already asked. */
  assignment: AssignmentStatus | null;
}

export interface MonthlyCount {
  /** `YYYY-MM` (London). */
  month: string;
  accompaniments: number;
  minutes: number;
}

/** Filed reports by month, the last 12 months (current month last). */
export interface AccompanimentCounts {
  months: MonthlyCount[];
  totalAccompaniments: number;
  totalMinutes: number;
}

/** A filed report, as My work lists it. */
export interface ReportSummary {
  reportId: string;
  appointmentId: string;
  personId: string;
  clientDisplayName: string;
  appointmentType: AppointmentType;
  appointmentStartsAt: string;
  volunteer: UserRef;
  outcome: AccompanimentOutcome;
  concerns: AccompanimentConcern[];
  filedAt: string;
  followUpsProposed: number;
}

/* ---------- What a volunteer sees: the minimal card, nothing of the case file ---------- */

export interface VolunteerCard {
  appointmentId: string;
  type: AppointmentType;
  startsAt: string;
  endsAt: string;
  startsAtLocal: string;
  endsAtLocal: string;
  place: string;
  area: string | null;
  meetingPoint: string | null;
  notesForVolunteer: string | null;
  status: AppointmentStatus;
  cancelledReason: string | null;
  interpreter: { needed: boolean; language: string | null; booked: boolean };
  client: {
    displayName: string;
    pronouns: string | null;
    languages: string[];
    interpreterNeeded: boolean;
    interpreterLanguage: string | null;
    safeContact: SafeContactRules;
  };
  /** Who to call: the client's key worker, else the case's lead caseworker, else who booked it. */
  caseworker: { displayName: string; phone: string | null };
  assignment: AssignmentStatus;
  report: { status: 'none' | 'draft' | 'filed'; filedAt: string | null; draftSavedAt: string | null };
  /** After this the appointment leaves the volunteer's view. */
  reportWindowEnds: string;
  /** Why the report cannot be written now, or null when it can. */
  reportRefusal: string | null;
}

export interface VolunteerCardDetail extends VolunteerCard {
  draft: AccompanimentDraft | null;
}

export interface VolunteerAccompaniments {
  /** Not yet started, soonest first. */
  upcoming: VolunteerCard[];
  /** Started, accepted, report not yet filed, window still open: soonest deadline first. */
  toReport: VolunteerCard[];
  /** Reported, or declined-free past ones still in the window: latest first. */
  done: VolunteerCard[];
}

export interface CalendarFeedStatus {
  active: boolean;
  createdAt: string | null;
  lastFetchedAt: string | null;
}
