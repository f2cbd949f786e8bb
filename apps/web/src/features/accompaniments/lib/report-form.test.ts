import { accompanimentDraftSchema } from '@umbrella/domain';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  draftToValues,
  reportFormSchema,
  timeSpent,
  valuesToDraft,
  type ReportFormValues,
} from './report-form.ts';

const filled = (changes: Partial<ReportFormValues> = {}): ReportFormValues => ({
  ...draftToValues(null),
  outcome: 'attended',
  hours: '2',
  minutes: '30',
  ...changes,
});

const paths = (values: ReportFormValues) => {
  const result = checkReport(values);
  return result.ok ? [] : result.issues.map((issue) => issue.path.join('.'));
};

describe('the report form and its draft', () => {
  it('starts empty without a draft', () => {
    expect(draftToValues(null)).toEqual({
      outcome: '',
      present: [],
      presentOther: '',
      treatment: '',
      concerns: [],
      concernDetails: '',
      promised: '',
      promisedDates: [],
      followUps: [],
      hours: '',
      minutes: '',
    });
  });

  it('fills what a partial draft does not hold', () => {
    const values = draftToValues({
      outcome: 'cancelled',
      hours: '1',
      followUps: [{ description: 'Call', suggestedDue: '' }],
    });
    expect(values).toMatchObject({ outcome: 'cancelled', hours: '1', minutes: '', present: [] });
    expect(values.followUps).toEqual([{ description: 'Call', suggestedDue: '' }]);
  });

  it('round-trips through the draft exactly as typed, and the draft passes the draft schema', () => {
    const values = filled({
      present: ['police_officer', 'other'],
      presentOther: '  a custody nurse ',
      concerns: ['threatened_with_arrest'],
      promisedDates: [{ date: '2026-12-20', what: '' }],
      followUps: [{ description: 'Ask about the bail date', suggestedDue: '' }],
      hours: '1,5',
      minutes: '',
    });
    const draft = valuesToDraft(values);
    expect(accompanimentDraftSchema.safeParse(draft).success).toBe(true);
    expect(draftToValues(draft)).toEqual(values);
    expect(valuesToDraft(draftToValues(null)).outcome).toBeNull();
  });
});

describe('time spent', () => {
  it('adds hours and minutes, either may be empty', () => {
    expect(timeSpent('3', '30').minutes).toBe(210);
    expect(timeSpent('', '45').minutes).toBe(45);
    expect(timeSpent('2', '').minutes).toBe(120);
    expect(timeSpent('1.5', '').minutes).toBe(90);
    expect(timeSpent('1,25', '').minutes).toBe(75);
  });

  it('is not entered when both are empty, and names the part typed wrongly', () => {
    expect(timeSpent(' ', '')).toEqual({ issues: [] });
    expect(timeSpent('two', '5').issues.map((i) => i.path[0])).toEqual(['hours']);
    expect(timeSpent('2', '-5').issues.map((i) => i.path[0])).toEqual(['minutes']);
  });
});

describe('checking the report before filing', () => {
  it('files a complete report, dropping empty rows and text that does not apply', () => {
    const result = checkReport(
      filled({
        present: ['solicitor'],
        presentOther: 'left over from before',
        treatment: '  Politely. ',
        promisedDates: [
          { date: '', what: '' },
          { date: '2026-12-20', what: 'Decision letter' },
        ],
        followUps: [
          { description: 'Chase the interpreter booking', suggestedDue: '' },
          { description: ' ', suggestedDue: '' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      report: {
        outcome: 'attended',
        present: ['solicitor'],
        presentOther: null,
        treatment: 'Politely.',
        concerns: [],
        concernDetails: null,
        promised: null,
        promisedDates: [{ date: '2026-12-20', what: 'Decision letter' }],
        followUps: [{ description: 'Chase the interpreter booking', suggestedDue: null }],
        minutesSpent: 150,
      },
    });
  });

  it('asks for the outcome and the time spent', () => {
    expect(paths(filled({ outcome: '', hours: '', minutes: '' }))).toEqual(['outcome', 'hours']);
  });

  it('says what is wrong with the hours as typed once, not twice', () => {
    const result = checkReport(filled({ hours: 'lots' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: ['hours'], message: 'Enter the hours as a number, like 2' },
    ]);
  });

  it('asks who else was there, and what the other concern was, once each, with the other problems', () => {
    expect(paths(filled({ present: ['other'], concerns: ['other_concern'] }))).toEqual([
      'presentOther',
      'concernDetails',
    ]);
    expect(paths(filled({ outcome: '', present: ['other'], concerns: ['other_concern'] }))).toEqual([
      'presentOther',
      'concernDetails',
      'outcome',
    ]);
  });

  it('puts a row’s errors beside that row in the form, empty rows before it included', () => {
    const result = checkReport(
      filled({
        promisedDates: [
          { date: '', what: '' },
          { date: '', what: 'A decision' },
        ],
        followUps: [
          { description: '', suggestedDue: '' },
          { description: '', suggestedDue: '' },
          { description: '', suggestedDue: '2026-12-01' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: ['promisedDates', 1, 'date'], message: 'Enter the date' },
      { path: ['followUps', 2, 'description'], message: 'Enter the follow-up' },
    ]);
  });

  it('gives react-hook-form the report, or the issues at the form’s paths', () => {
    expect(reportFormSchema.safeParse(filled()).data?.minutesSpent).toBe(150);
    const failed = reportFormSchema.safeParse(filled({ outcome: '' }));
    expect(failed.error?.issues.map((i) => i.path)).toEqual([['outcome']]);
  });
});
