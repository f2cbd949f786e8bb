/** The kinds of appointment a client may be accompanied to (DOMAIN.md §1). */
export const APPOINTMENT_TYPES = [
  'police_interview',
  'home_office_reporting',
  'asylum_interview',
  'solicitor',
  'tribunal_hearing',
  'social_services_meeting',
  'child_protection_conference',
  'medical',
  'other',
] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];

export const APPOINTMENT_TYPE_LABELS: Record<AppointmentType, string> = {
  police_interview: 'Police interview or statement',
  home_office_reporting: 'Home Office reporting',
  asylum_interview: 'Asylum interview',
  solicitor: 'Solicitor',
  tribunal_hearing: 'Tribunal hearing',
  social_services_meeting: 'Social-services meeting',
  child_protection_conference: 'Child protection conference',
  medical: 'Medical',
  other: 'Other appointment',
};

export const APPOINTMENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** A volunteer's answer to being asked to accompany. */
export const ASSIGNMENT_STATUSES = ['offered', 'accepted', 'declined'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  offered: 'Asked, no answer yet',
  accepted: 'Accepted',
  declined: 'Declined',
};

/** What happened, as the accompanying volunteer reports it. */
export const ACCOMPANIMENT_OUTCOMES = ['attended', 'client_did_not_attend', 'cancelled'] as const;
export type AccompanimentOutcome = (typeof ACCOMPANIMENT_OUTCOMES)[number];
export const ACCOMPANIMENT_OUTCOME_LABELS: Record<AccompanimentOutcome, string> = {
  attended: 'Attended',
  client_did_not_attend: 'Client did not attend',
  cancelled: 'Cancelled',
};

/** Who was present: roles, not necessarily names. */
export const PRESENT_ROLES = [
  'police_officer',
  'home_office_official',
  'interpreter',
  'solicitor',
  'judge_or_tribunal_member',
  'home_office_presenting_officer',
  'social_worker',
  'health_professional',
  'security_or_reception_staff',
  'other',
] as const;
export type PresentRole = (typeof PRESENT_ROLES)[number];
export const PRESENT_ROLE_LABELS: Record<PresentRole, string> = {
  police_officer: 'Police officer',
  home_office_official: 'Home Office official',
  interpreter: 'Interpreter',
  solicitor: 'Solicitor or legal representative',
  judge_or_tribunal_member: 'Judge or tribunal member',
  home_office_presenting_officer: 'Home Office presenting officer',
  social_worker: 'Social worker',
  health_professional: 'Doctor, nurse or other health professional',
  security_or_reception_staff: 'Security or reception staff',
  other: 'Someone else',
};

/** The concerns a volunteer can tick: each is flagged to the caseworker. */
export const ACCOMPANIMENT_CONCERNS = [
  'threatened_with_arrest',
  'asked_about_immigration_status',
  'interpreter_refused_or_inadequate',
  'pressed_to_sign',
  'other_concern',
] as const;
export type AccompanimentConcern = (typeof ACCOMPANIMENT_CONCERNS)[number];
export const ACCOMPANIMENT_CONCERN_LABELS: Record<AccompanimentConcern, string> = {
  threatened_with_arrest: 'Threatened with arrest',
  asked_about_immigration_status: 'Asked about immigration status',
  interpreter_refused_or_inadequate: 'Interpreter refused or inadequate',
  pressed_to_sign: 'Pressed to sign something not understood',
  other_concern: 'Other concern',
};

/** A follow-up proposed in a report waits for the caseworker, who confirms it as a deadline or dismisses it. */
export const FOLLOW_UP_STATES = ['proposed', 'confirmed', 'dismissed'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** A volunteer's usual availability: parts of the day on each weekday. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
export const DAY_PART_LABELS: Record<DayPart, string> = {
  morning: 'Morning (before 12:00)',
  afternoon: 'Afternoon (12:00 to 17:00)',
  evening: 'Evening (after 17:00)',
};
/** E.g. `mon-morning`: the slots a volunteer is usually free. */
export type AvailabilitySlot = `${Weekday}-${DayPart}`;
export const AVAILABILITY_SLOTS: readonly AvailabilitySlot[] = WEEKDAYS.flatMap((d) =>
  DAY_PARTS.map((p) => `${d}-${p}` as const),
);

/** Days after an appointment during which its volunteer may still open it and file the report (default). */
export const DEFAULT_REPORT_WINDOW_DAYS = 7;
