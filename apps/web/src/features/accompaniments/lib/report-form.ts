import {
  ACCOMPANIMENT_CONCERNS,
  ACCOMPANIMENT_OUTCOMES,
  accompanimentReportSchema,
  PRESENT_ROLES,
  type AccompanimentDraft,
  type AccompanimentReport,
} from '@umbrella/domain';
import { z } from 'zod';

/**
 * The report form holds everything as typed (the hours and minutes too), exactly the shape of the autosaved
 * draft, so a half-written report comes back as it was left, on this phone or another.
 */
const reportFormFields = z.object({
  outcome: z.union([z.literal(''), z.enum(ACCOMPANIMENT_OUTCOMES)]),
  present: z.array(z.enum(PRESENT_ROLES)),
  presentOther: z.string(),
  treatment: z.string(),
  concerns: z.array(z.enum(ACCOMPANIMENT_CONCERNS)),
  concernDetails: z.string(),
  promised: z.string(),
  promisedDates: z.array(z.object({ date: z.string(), what: z.string() })),
  followUps: z.array(z.object({ description: z.string(), suggestedDue: z.string() })),
  hours: z.string(),
  minutes: z.string(),
});

export type ReportFormValues = z.infer<typeof reportFormFields>;

export function draftToValues(draft: AccompanimentDraft | null | undefined): ReportFormValues {
  return {
    outcome: draft?.outcome ?? '',
    present: draft?.present ?? [],
    presentOther: draft?.presentOther ?? '',
    treatment: draft?.treatment ?? '',
    concerns: draft?.concerns ?? [],
    concernDetails: draft?.concernDetails ?? '',
    promised: draft?.promised ?? '',
    promisedDates: (draft?.promisedDates ?? []).map((row) => ({ ...row })),
    followUps: (draft?.followUps ?? []).map((row) => ({ ...row })),
    hours: draft?.hours ?? '',
    minutes: draft?.minutes ?? '',
  };
}

/** The draft sent to the server: everything as typed, nothing checked (filing checks it). */
export function valuesToDraft(values: ReportFormValues): AccompanimentDraft {
  return {
    outcome: values.outcome === '' ? null : values.outcome,
    present: [...values.present],
    presentOther: values.presentOther,
    treatment: values.treatment,
    concerns: [...values.concerns],
    concernDetails: values.concernDetails,
    promised: values.promised,
    promisedDates: values.promisedDates.map(({ date, what }) => ({ date, what })),
    followUps: values.followUps.map(({ description, suggestedDue }) => ({ description, suggestedDue })),
    hours: values.hours,
    minutes: values.minutes,
  };
}

interface FormIssue {
  path: (string | number)[];
  message: string;
}

const HOURS = /^\d{1,2}([.,]\d{1,2})?$/;
const MINUTES = /^\d{1,4}$/;

/**
 * The hours and minutes as typed -> minutes. Either may be left empty when the other is filled; both empty is
 * "not entered" (undefined), which the report's schema turns into "Enter the time spent".
 */
export function timeSpent(hours: string, minutes: string): { minutes?: number; issues: FormIssue[] } {
  const h = hours.trim();
  const m = minutes.trim();
  const issues: FormIssue[] = [];
  if (h && !HOURS.test(h)) issues.push({ path: ['hours'], message: 'Enter the hours as a number, like 2' });
  if (m && !MINUTES.test(m)) {
    issues.push({ path: ['minutes'], message: 'Enter the minutes as a whole number, like 30' });
  }
  if (issues.length > 0 || (!h && !m)) return { issues };
  const total = Math.round(Number((h || '0').replace(',', '.')) * 60) + Number(m || '0');
  return { minutes: total, issues };
}

const blank = (text: string) => text.trim() === '';

/**
 * What is filed, from the form: rows left completely empty are dropped (with where each kept row sits in the
 * form, to put its errors beside it), "someone else" and concern details only when they apply.
 */
export function toReportCandidate(values: ReportFormValues) {
  const promisedRows = values.promisedDates
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !(blank(row.date) && blank(row.what)));
  const followUpRows = values.followUps
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !(blank(row.description) && blank(row.suggestedDue)));
  const time = timeSpent(values.hours, values.minutes);
  const candidate = {
    outcome: values.outcome === '' ? undefined : values.outcome,
    present: values.present,
    presentOther: values.present.includes('other') ? values.presentOther : '',
    treatment: values.treatment,
    concerns: values.concerns,
    concernDetails: values.concerns.length > 0 ? values.concernDetails : '',
    promised: values.promised,
    promisedDates: promisedRows.map(({ row }) => ({ date: row.date, what: row.what })),
    followUps: followUpRows.map(({ row }) => ({
      description: row.description,
      suggestedDue: row.suggestedDue === '' ? null : row.suggestedDue,
    })),
    minutesSpent: time.minutes,
  };
  return {
    candidate,
    timeIssues: time.issues,
    promisedIndex: promisedRows.map(({ index }) => index),
    followUpIndex: followUpRows.map(({ index }) => index),
  };
}

/** Checks the form with the report's own schema; its errors are placed beside the fields they are about. */
export function checkReport(
  values: ReportFormValues,
): { ok: true; report: AccompanimentReport } | { ok: false; issues: FormIssue[] } {
  const { candidate, timeIssues, promisedIndex, followUpIndex } = toReportCandidate(values);
  const parsed = accompanimentReportSchema.safeParse(candidate);
  if (parsed.success && timeIssues.length === 0) return { ok: true, report: parsed.data };
  const issues = [...timeIssues];
  // The schema checks these only once everything else is right; say them at the same time as the rest.
  if (candidate.present.includes('other') && blank(candidate.presentOther)) {
    issues.push({ path: ['presentOther'], message: 'Say who else was present' });
  }
  if (candidate.concerns.includes('other_concern') && blank(candidate.concernDetails)) {
    issues.push({ path: ['concernDetails'], message: 'Say what the other concern was' });
  }
  const said = new Set(issues.map((issue) => issue.path.join('.')));
  for (const issue of parsed.error?.issues ?? []) {
    if (said.has(issue.path.map(String).join('.'))) continue;
    const [field, index, ...rest] = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (field === 'minutesSpent') {
      // A problem with the hours or minutes as typed has already been said.
      if (timeIssues.length === 0) issues.push({ path: ['hours'], message: issue.message });
      continue;
    }
    if ((field === 'promisedDates' || field === 'followUps') && typeof index === 'number') {
      const rows = field === 'promisedDates' ? promisedIndex : followUpIndex;
      const formIndex = rows[index] ?? index;
      const row = values[field][formIndex] as Record<string, string> | undefined;
      const key = rest[0];
      const empty = typeof key === 'string' && row && blank(row[key] ?? '');
      issues.push({
        path: [field, formIndex, ...rest],
        message: empty && key === 'date' ? 'Enter the date' : issue.message,
      });
      continue;
    }
    issues.push({ path: issue.path.filter((p) => typeof p !== 'symbol'), message: issue.message });
  }
  return { ok: false, issues };
}

/** The form's schema for react-hook-form: valid values come out as the report to file. */
export const reportFormSchema = reportFormFields.transform((values, ctx) => {
  const result = checkReport(values);
  if (result.ok) return result.report;
  for (const issue of result.issues)
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return z.NEVER;
});

/** Server field errors that may come back on filing, shown beside these fields. */
export const REPORT_FIELDS = [
  'outcome',
  'present',
  'presentOther',
  'treatment',
  'concerns',
  'concernDetails',
  'promised',
] as const;
