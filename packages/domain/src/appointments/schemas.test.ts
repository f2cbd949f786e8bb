import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  accompanimentDraftSchema,
  accompanimentReportSchema,
  createAppointmentInput,
  workProfileInput,
} from './schemas.ts';

const personId = '7f1c8f0e-5f3c-4a55-9d7e-0c1f4d2b9a10';
const valid = {
  personId,
  type: 'police_interview',
  startsAt: '2026-12-05T14:00',
  endsAt: '2026-12-05T15:30',
  place: 'Croydon Police Station',
};

function fieldErrors(result: { success: boolean; error?: z.ZodError }) {
  return result.error ? z.flattenError(result.error).fieldErrors : {};
}

describe('createAppointmentInput', () => {
  it('accepts a plain appointment with defaults', () => {
    const parsed = createAppointmentInput.parse(valid);
    expect(parsed.accompanimentNeeded).toBe(true);
    expect(parsed.volunteerIds).toEqual([]);
    expect(parsed.area).toBeNull();
  });

  it('refuses an end before the start, naming endsAt', () => {
    const result = createAppointmentInput.safeParse({ ...valid, endsAt: '2026-12-05T13:00' });
    expect(fieldErrors(result)).toMatchObject({ endsAt: ['The end must be after the start'] });
  });

  it('refuses an appointment longer than a day', () => {
    const result = createAppointmentInput.safeParse({ ...valid, endsAt: '2026-12-06T14:01' });
    expect(Object.keys(fieldErrors(result))).toEqual(['endsAt']);
  });

  it('refuses impossible and malformed times', () => {
    expect(createAppointmentInput.safeParse({ ...valid, startsAt: '2026-02-30T10:00' }).success).toBe(false);
    expect(createAppointmentInput.safeParse({ ...valid, startsAt: '2026-12-05 14:00' }).success).toBe(false);
    expect(createAppointmentInput.safeParse({ ...valid, startsAt: '2026-12-05T24:00' }).success).toBe(false);
  });

  it('refuses oversized notes, a repeated volunteer and volunteers without accompaniment', () => {
    const long = createAppointmentInput.safeParse({ ...valid, notesForVolunteer: 'x'.repeat(2_001) });
    expect(Object.keys(fieldErrors(long))).toEqual(['notesForVolunteer']);
    const twice = createAppointmentInput.safeParse({ ...valid, volunteerIds: [personId, personId] });
    expect(Object.keys(fieldErrors(twice))).toEqual(['volunteerIds']);
    const none = createAppointmentInput.safeParse({
      ...valid,
      accompanimentNeeded: false,
      volunteerIds: [personId],
    });
    expect(Object.keys(fieldErrors(none))).toEqual(['volunteerIds']);
  });

  it('refuses an interpreter booked but not needed', () => {
    const result = createAppointmentInput.safeParse({ ...valid, interpreterBooked: true });
    expect(Object.keys(fieldErrors(result))).toEqual(['interpreterBooked']);
  });
});

describe('accompanimentReportSchema', () => {
  const report = {
    outcome: 'attended',
    present: ['police_officer', 'interpreter', 'police_officer'],
    concerns: ['threatened_with_arrest'],
    promisedDates: [{ date: '2026-12-19', what: 'Officer to send the crime reference' }],
    followUps: [{ description: 'Chase the crime reference', suggestedDue: '2026-12-19' }],
    minutesSpent: 150,
  };

  it('accepts a full report and drops repeated choices', () => {
    const parsed = accompanimentReportSchema.parse(report);
    expect(parsed.present).toEqual(['police_officer', 'interpreter']);
    expect(parsed.treatment).toBeNull();
  });

  it('asks what the other concern or other person was', () => {
    const other = accompanimentReportSchema.safeParse({ ...report, concerns: ['other_concern'] });
    expect(Object.keys(fieldErrors(other))).toEqual(['concernDetails']);
    const someone = accompanimentReportSchema.safeParse({ ...report, present: ['other'] });
    expect(Object.keys(fieldErrors(someone))).toEqual(['presentOther']);
  });

  it('refuses an oversized text, a negative time and unknown choices', () => {
    expect(accompanimentReportSchema.safeParse({ ...report, treatment: 'x'.repeat(5_001) }).success).toBe(
      false,
    );
    expect(accompanimentReportSchema.safeParse({ ...report, minutesSpent: -1 }).success).toBe(false);
    expect(accompanimentReportSchema.safeParse({ ...report, concerns: ['bored'] }).success).toBe(false);
    expect(accompanimentReportSchema.safeParse({ ...report, outcome: undefined }).success).toBe(false);
  });
});

describe('accompanimentDraftSchema', () => {
  it('accepts a half-written report as typed', () => {
    const draft = { treatment: 'Kept waiting', followUps: [{ description: 'Ch', suggestedDue: '2026-1' }] };
    expect(accompanimentDraftSchema.parse(draft)).toEqual(draft);
  });

  it('still caps sizes', () => {
    expect(accompanimentDraftSchema.safeParse({ promised: 'x'.repeat(5_001) }).success).toBe(false);
  });
});

describe('workProfileInput', () => {
  it('keeps known availability slots and distinct languages', () => {
    const parsed = workProfileInput.parse({
      version: 1,
      phone: '+44 20 7946 0000',
      languages: ['Romanian', 'Romanian', 'English'],
      availability: ['mon-morning', 'fri-evening'],
    });
    expect(parsed.languages).toEqual(['Romanian', 'English']);
  });

  it('refuses an unknown slot and a phone number with letters', () => {
    expect(workProfileInput.safeParse({ version: 1, languages: [], availability: ['someday'] }).success).toBe(
      false,
    );
    expect(
      workProfileInput.safeParse({ version: 1, phone: 'call me', languages: [], availability: [] }).success,
    ).toBe(false);
  });
});
