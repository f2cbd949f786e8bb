import { describe, expect, it } from 'vitest';
import type { MatterView } from '../../matters/lib/types.ts';
import {
  appointmentFormSchema,
  blankAppointment,
  matterDateOffers,
  toCreateInput,
  type AppointmentFormValues,
} from './appointment-form.ts';

const PERSON = '00000000-0000-4000-8000-000000000001';

const filled: AppointmentFormValues = {
  ...blankAppointment({ interpreterNeeded: true, interpreterLanguage: 'Tigrinya' }),
  type: 'tribunal_hearing',
  date: '2027-01-12',
  startTime: '10:00',
  endTime: '13:30',
  place: '  Taylor House, 88 Rosebery Avenue ',
  area: ' ',
};

describe('the appointment form', () => {
  it('starts with the client’s interpreter and a volunteer wanted', () => {
    expect(blankAppointment({ interpreterNeeded: true, interpreterLanguage: 'Tigrinya' })).toMatchObject({
      interpreterNeeded: true,
      interpreterLanguage: 'Tigrinya',
      accompanimentNeeded: true,
    });
  });

  it('sends London wall-clock times and empty text as null; volunteers are asked later', () => {
    expect(toCreateInput(filled, PERSON)).toEqual({
      personId: PERSON,
      type: 'tribunal_hearing',
      matterId: null,
      startsAt: '2027-01-12T10:00',
      endsAt: '2027-01-12T13:30',
      place: 'Taylor House, 88 Rosebery Avenue',
      area: null,
      meetingPoint: null,
      interpreterNeeded: true,
      interpreterLanguage: 'Tigrinya',
      interpreterBooked: false,
      accompanimentNeeded: true,
      notesForVolunteer: null,
      volunteerIds: [],
    });
  });

  it('drops the interpreter’s language and booking when none is needed', () => {
    const input = toCreateInput({ ...filled, interpreterNeeded: false, interpreterBooked: true }, PERSON);
    expect(input).toMatchObject({ interpreterLanguage: null, interpreterBooked: false });
  });

  it('asks for the kind, date, times and place, and an end after the start', () => {
    const result = appointmentFormSchema.safeParse({
      ...filled,
      type: '',
      date: '2027-02-30',
      startTime: '14:00',
      endTime: '13:00',
      place: ' ',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['type', 'date', 'endTime', 'place']);
    expect(appointmentFormSchema.safeParse(filled).success).toBe(true);
  });
});

describe('offering the matter’s date', () => {
  const asylum = {
    id: 'm1',
    kind: 'asylum_claim',
    details: { hearingDate: '2027-01-12' },
  } as unknown as MatterView;
  const social = {
    id: 'm2',
    kind: 'social_services',
    details: { initialConferenceDate: '2027-02-01', reviewConferenceDate: null },
  } as unknown as MatterView;

  it('offers the hearing date for a tribunal hearing on an asylum claim', () => {
    expect(matterDateOffers('tribunal_hearing', asylum)).toEqual([
      { date: '2027-01-12', label: 'Use the hearing date (12 Jan 2027)' },
    ]);
    expect(matterDateOffers('solicitor', asylum)).toEqual([]);
    expect(matterDateOffers('tribunal_hearing', undefined)).toEqual([]);
  });

  it('offers the conference dates recorded for a child protection conference', () => {
    expect(matterDateOffers('child_protection_conference', social)).toEqual([
      { date: '2027-02-01', label: 'Use the initial conference date (1 Feb 2027)' },
    ]);
    expect(matterDateOffers('tribunal_hearing', social)).toEqual([]);
  });
});
