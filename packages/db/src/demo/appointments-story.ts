import type {
  AccompanimentConcern,
  AccompanimentOutcome,
  AppointmentType,
  AvailabilitySlot,
  PresentRole,
} from '@umbrella/domain';

/** The demo volunteers' languages and usual availability, and the numbers volunteers call staff on. */
export const DEMO_WORK_PROFILES: Record<
  string,
  { phone: string; languages?: string[]; availability?: AvailabilitySlot[]; availabilityNote?: string }
> = {
  // 020 7946 0xxx is kept by Ofcom for drama: these numbers belong to no one.
  'admin@demo.test': { phone: '020 7946 0100' },
  'supervisor@demo.test': { phone: '020 7946 0101' },
  'caseworker@demo.test': { phone: '020 7946 0102' },
  'caseworker2@demo.test': { phone: '020 7946 0103' },
  'volunteer@demo.test': {
    phone: '07700 900123',
    languages: ['English', 'Arabic', 'French'],
    availability: [
      'mon-afternoon',
      'tue-afternoon',
      'wed-morning',
      'wed-afternoon',
      'thu-afternoon',
      'sat-morning',
    ],
    availabilityNote: 'Not school holidays.',
  },
  'volunteer2@demo.test': {
    phone: '07700 900456',
    languages: ['English', 'Romanian', 'Spanish'],
    availability: ['mon-morning', 'tue-morning', 'thu-morning', 'fri-morning', 'fri-afternoon'],
  },
};

export type DemoVolunteer = 'leila' | 'grace';
export const DEMO_VOLUNTEERS: Record<DemoVolunteer, string> = {
  leila: 'volunteer@demo.test',
  grace: 'volunteer2@demo.test',
};

export interface DemoReport {
  outcome: AccompanimentOutcome;
  present: PresentRole[];
  treatment?: string;
  concerns?: AccompanimentConcern[];
  concernDetails?: string;
  promised?: string;
  minutes: number;
  followUps?: { description: string; suggestedInDays?: number; then?: 'confirmed' | 'dismissed' }[];
}

/**
 * One demo appointment. `day` counts from the day the demo is loaded (negative: before it), so the volunteers
 * always have something coming up; `onMatterDate` puts it on a date the client's matter already holds.
 */
export interface DemoAppointment {
  client: string;
  type: AppointmentType;
  day: number;
  onMatterDate?: 'hearingDate' | 'initialConferenceDate';
  start: string;
  end: string;
  place: string;
  area: string;
  meetingPoint?: string;
  interpreter?: { language: string; booked: boolean };
  accompaniment?: boolean;
  notes?: string;
  volunteers?: { who: DemoVolunteer; status: 'offered' | 'accepted' | 'declined'; reason?: string }[];
  cancelled?: string;
  report?: DemoReport;
}

export const DEMO_APPOINTMENTS: readonly DemoAppointment[] = [
  {
    // Missed, and nothing done since: the supervisor dashboard's "missed appointment not followed up".
    client: 'Yasmin',
    type: 'solicitor',
    day: -5,
    start: '11:00',
    end: '12:00',
    place: 'Solicitor’s office, 14 Fonthill Road',
    area: 'Finsbury Park',
    meetingPoint: 'Finsbury Park station, Wells Terrace exit, 10:45',
    interpreter: { language: 'Arabic', booked: true },
    volunteers: [{ who: 'leila', status: 'accepted' }],
    report: {
      outcome: 'client_did_not_attend',
      present: ['solicitor', 'interpreter'],
      treatment:
        'I waited 40 minutes outside and then in reception. Yasmin did not come. The solicitor will offer another date through the caseworker.',
      minutes: 75,
      followUps: [{ description: 'Check Yasmin is safe and rebook the solicitor', suggestedInDays: 2 }],
    },
  },
  {
    client: 'Amira',
    type: 'police_interview',
    day: 0,
    start: '14:00',
    end: '15:30',
    place: 'Holloway Police Station, 284 Hornsey Road',
    area: 'Holloway',
    meetingPoint: 'Café on the corner of Hornsey Road and Seven Sisters Road, 13:40',
    notes: 'Amira is giving a further statement. She would like you to sit beside her and take notes.',
    volunteers: [{ who: 'leila', status: 'accepted' }],
  },
  {
    client: 'Ana',
    type: 'home_office_reporting',
    day: 1,
    start: '10:00',
    end: '11:00',
    place: 'Becket House, 60 St Thomas Street',
    area: 'London Bridge',
    meetingPoint: 'Outside London Bridge station, Tooley Street exit, 09:45',
    interpreter: { language: 'Romanian', booked: false },
    volunteers: [{ who: 'grace', status: 'offered' }],
  },
  {
    client: 'Kemi',
    type: 'social_services_meeting',
    day: 3,
    start: '11:00',
    end: '12:30',
    place: 'Islington Town Hall, Upper Street',
    area: 'Islington',
    meetingPoint: 'Town hall main entrance',
    notes: 'Meeting about the support plan for Kemi and her daughter.',
  },
  {
    client: 'Olena',
    type: 'medical',
    day: 6,
    start: '09:30',
    end: '10:30',
    place: 'Whittington Hospital, Magdala Avenue',
    area: 'Archway',
    interpreter: { language: 'Ukrainian', booked: true },
  },
  {
    client: 'Marisol',
    type: 'solicitor',
    day: 4,
    start: '15:00',
    end: '16:00',
    place: 'Solicitor’s office, Caledonian Road',
    area: 'King’s Cross',
    accompaniment: false,
  },
  {
    client: 'Thanh',
    type: 'tribunal_hearing',
    day: 0,
    onMatterDate: 'hearingDate',
    start: '10:00',
    end: '16:00',
    place: 'Taylor House, 88 Rosebery Avenue',
    area: 'Clerkenwell',
    meetingPoint: 'Reception of Taylor House, 09:15',
    interpreter: { language: 'Vietnamese', booked: true },
    volunteers: [
      { who: 'leila', status: 'declined', reason: 'I am away that week.' },
      { who: 'grace', status: 'accepted' },
    ],
  },
  {
    client: 'Gabriela',
    type: 'police_interview',
    day: 8,
    start: '13:00',
    end: '14:00',
    place: 'Tottenham Police Station, 398 High Road',
    area: 'Tottenham',
    volunteers: [{ who: 'leila', status: 'offered' }],
  },
  // Past ones: one still to report, the rest reported.
  {
    client: 'Chloe',
    type: 'police_interview',
    day: -2,
    start: '14:00',
    end: '15:00',
    place: 'Holloway Police Station, 284 Hornsey Road',
    area: 'Holloway',
    volunteers: [{ who: 'leila', status: 'accepted' }],
  },
  {
    client: 'Amira',
    type: 'home_office_reporting',
    day: -5,
    start: '10:00',
    end: '11:00',
    place: 'Becket House, 60 St Thomas Street',
    area: 'London Bridge',
    volunteers: [{ who: 'leila', status: 'accepted' }],
    report: {
      outcome: 'attended',
      present: ['home_office_official', 'security_or_reception_staff'],
      treatment: 'Kept waiting for an hour, then seen briefly. The official was curt but not hostile.',
      concerns: ['asked_about_immigration_status'],
      concernDetails: 'Asked whether Amira was “still working” and who she lives with.',
      promised: 'Next reporting date to be sent by letter.',
      minutes: 180,
      followUps: [
        { description: 'Check the letter with the next reporting date arrives', suggestedInDays: 14 },
      ],
    },
  },
  {
    client: 'Irina',
    type: 'asylum_interview',
    day: -10,
    start: '09:00',
    end: '13:00',
    place: 'Lunar House, 40 Wellesley Road',
    area: 'Croydon',
    interpreter: { language: 'Romanian', booked: true },
    volunteers: [{ who: 'grace', status: 'accepted' }],
    report: {
      outcome: 'attended',
      present: ['home_office_official', 'interpreter'],
      treatment: 'Irina was allowed breaks when she asked. The interviewer interrupted often.',
      concerns: ['interpreter_refused_or_inadequate'],
      concernDetails:
        'The interpreter spoke Moldovan Romanian and Irina said she misunderstood two questions.',
      promised: 'A copy of the interview record within two weeks.',
      minutes: 300,
      followUps: [
        {
          description: 'Ask for the interview record and note the interpreter problem',
          suggestedInDays: 7,
          then: 'confirmed',
        },
      ],
    },
  },
  {
    client: 'Sofia',
    type: 'child_protection_conference',
    day: -12,
    onMatterDate: 'initialConferenceDate',
    start: '10:00',
    end: '12:00',
    place: 'Haringey Civic Centre, High Road',
    area: 'Wood Green',
    interpreter: { language: 'Bulgarian', booked: true },
    volunteers: [{ who: 'grace', status: 'accepted' }],
    report: {
      outcome: 'attended',
      present: ['social_worker', 'interpreter', 'health_professional', 'other'],
      treatment: 'Sofia was given the report only at the start of the meeting.',
      concerns: ['pressed_to_sign'],
      concernDetails: 'She was asked to sign the plan before the interpreter had read it to her.',
      promised: 'Core group meeting within 10 working days.',
      minutes: 210,
    },
  },
  {
    client: 'Daniela',
    type: 'medical',
    day: -3,
    start: '11:00',
    end: '12:00',
    place: 'Royal Free Hospital, Pond Street',
    area: 'Hampstead',
    volunteers: [{ who: 'grace', status: 'accepted' }],
    cancelled: 'The clinic moved the appointment; a new date is awaited.',
  },
  {
    client: 'Lin',
    type: 'police_interview',
    day: -33,
    start: '16:00',
    end: '17:30',
    place: 'Holloway Police Station, 284 Hornsey Road',
    area: 'Holloway',
    interpreter: { language: 'Mandarin', booked: true },
    volunteers: [{ who: 'leila', status: 'accepted' }],
    report: {
      outcome: 'attended',
      present: ['police_officer', 'interpreter'],
      treatment: 'The officer questioned why Lin had not come forward earlier.',
      concerns: ['threatened_with_arrest'],
      concernDetails:
        'The officer said she could be arrested for brothel-keeping if she shared the flat again.',
      promised: 'The officer will send the crime reference number by e-mail.',
      minutes: 150,
      followUps: [
        {
          description: 'Complain about the threat of arrest to the officer’s inspector',
          suggestedInDays: 5,
          then: 'dismissed',
        },
      ],
    },
  },
];

/** Older reported accompaniments, one every fortnight or so, for a year of volunteer hours. */
export const DEMO_EARLIER_ACCOMPANIMENTS = 22;
