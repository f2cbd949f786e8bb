import {
  ALIAS_KIND_LABELS,
  aliasInput,
  calendarDateSchema,
  clientFields,
  RISK_FLAG_LABELS,
  type RiskFlag,
} from '@umbrella/domain';
import { z } from 'zod';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import type { ClientProfile } from './types.ts';

export const MAX_LANGUAGES = 10;

/** An agency chosen in a picker: its id for the server, its name for the screen. */
const agencyRef = z.object({ id: z.string(), name: z.string() });

/**
 * What the client form holds. It follows the domain's `clientFields`, except where a form control works with
 * text: languages are typed comma-separated, empty selects and dates are '', and aliases keep the names of
 * their agencies so they can be shown. `toClientInput` turns it into the API's input.
 */
export const clientFormSchema = clientFields
  .omit({ aliases: true, languages: true, dateOfBirth: true, keyWorkerId: true, teamId: true })
  .extend({
    aliases: z
      .array(
        aliasInput
          .omit({ knownToAgencyIds: true })
          .extend({ knownToAgencies: z.array(agencyRef).max(20, 'At most 20 agencies') }),
      )
      .max(20, 'At most 20 other names'),
    languages: z.string().max(600, 'List at most 10 languages'),
    dateOfBirth: z.string(),
    keyWorkerId: z.string(),
    teamId: z.string(),
  })
  .superRefine((values, ctx) => {
    const languages = splitLanguages(values.languages);
    if (languages.length > MAX_LANGUAGES) {
      ctx.addIssue({
        code: 'custom',
        path: ['languages'],
        message: `List at most ${MAX_LANGUAGES} languages`,
      });
    } else if (languages.some((l) => l.length > 50)) {
      ctx.addIssue({
        code: 'custom',
        path: ['languages'],
        message: 'Each language must be at most 50 characters',
      });
    }
    if (values.dateOfBirthPrecision !== 'unknown') {
      if (!values.dateOfBirth) {
        ctx.addIssue({
          code: 'custom',
          path: ['dateOfBirth'],
          message: 'Enter their date of birth, or choose “Not known”',
        });
      } else if (!calendarDateSchema.safeParse(values.dateOfBirth).success) {
        ctx.addIssue({
          code: 'custom',
          path: ['dateOfBirth'],
          message: 'Enter a date as YYYY-MM-DD, for example 1994-03-27',
        });
      } else if (values.dateOfBirth > todayInLondon()) {
        ctx.addIssue({
          code: 'custom',
          path: ['dateOfBirth'],
          message: 'A date of birth cannot be in the future',
        });
      }
    }
    if (values.restricted && !values.teamId) {
      ctx.addIssue({
        code: 'custom',
        path: ['teamId'],
        message: 'Choose a team: only that team and supervisors can open a restricted record',
      });
    }
  });

export type ClientFormValues = z.input<typeof clientFormSchema>;
export type ClientFormOutput = z.output<typeof clientFormSchema>;

/** The top-level fields the server may name in `fieldErrors`, placed beside their controls. */
export const CLIENT_FIELDS = [
  'displayName',
  'aliases',
  'dateOfBirth',
  'dateOfBirthPrecision',
  'nationality',
  'languages',
  'interpreterNeeded',
  'interpreterLanguage',
  'pronouns',
  'safeContact',
  'riskFlags',
  'keyWorkerId',
  'teamId',
  'restricted',
  'notes',
] as const;

export function splitLanguages(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export const EMPTY_CLIENT: ClientFormValues = {
  displayName: '',
  aliases: [],
  dateOfBirth: '',
  dateOfBirthPrecision: 'unknown',
  nationality: '',
  languages: '',
  interpreterNeeded: false,
  interpreterLanguage: '',
  pronouns: '',
  // Nothing is assumed safe until someone has asked them.
  safeContact: {
    call: false,
    text: false,
    voicemail: false,
    post: false,
    codeWord: '',
    safeTimes: '',
    notes: '',
  },
  riskFlags: [],
  keyWorkerId: '',
  teamId: '',
  restricted: false,
  notes: '',
};

export function valuesFromProfile(client: ClientProfile): ClientFormValues {
  return {
    displayName: client.displayName,
    aliases: client.aliases.map((alias) => ({
      name: alias.name,
      kind: alias.kind,
      knownToAgencies: alias.knownToAgencies.map((a) => ({ id: a.id, name: a.name })),
      notes: alias.notes ?? '',
    })),
    dateOfBirth: client.dateOfBirth ?? '',
    dateOfBirthPrecision: client.dateOfBirthPrecision,
    nationality: client.nationality ?? '',
    languages: client.languages.join(', '),
    interpreterNeeded: client.interpreterNeeded,
    interpreterLanguage: client.interpreterLanguage ?? '',
    pronouns: client.pronouns ?? '',
    safeContact: {
      call: client.safeContact.call,
      text: client.safeContact.text,
      voicemail: client.safeContact.voicemail,
      post: client.safeContact.post,
      codeWord: client.safeContact.codeWord ?? '',
      safeTimes: client.safeContact.safeTimes ?? '',
      notes: client.safeContact.notes ?? '',
    },
    riskFlags: [...client.riskFlags],
    keyWorkerId: client.keyWorker?.id ?? '',
    teamId: client.team?.id ?? '',
    restricted: client.restricted,
    notes: client.notes ?? '',
  };
}

/** The API's `createClientInput` (and the body of `updateClientInput`). */
export function toClientInput(values: ClientFormOutput) {
  const { aliases, languages, dateOfBirth, keyWorkerId, teamId, ...rest } = values;
  return {
    ...rest,
    interpreterLanguage: rest.interpreterNeeded ? rest.interpreterLanguage : null,
    dateOfBirth: rest.dateOfBirthPrecision === 'unknown' || !dateOfBirth ? null : dateOfBirth,
    languages: splitLanguages(languages),
    keyWorkerId: keyWorkerId || null,
    teamId: teamId || null,
    aliases: aliases.map(({ knownToAgencies, ...alias }) => ({
      ...alias,
      knownToAgencyIds: knownToAgencies.map((a) => a.id),
    })),
  };
}

const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');
const text = (value: string | null | undefined) => value?.trim() || '(empty)';

/**
 * The form's values in words, field by field: after a conflict, what the user had typed is shown beside the
 * reloaded record, so nothing they wrote disappears without them seeing it.
 */
export function describeClientValues(
  values: ClientFormValues,
  /** Names of the staff and teams the selects refer to by id. */
  names: ReadonlyMap<string, string> = new Map(),
): { field: string; label: string; text: string }[] {
  const named = (id: string | undefined) => (id ? (names.get(id) ?? id) : '(none)');
  const sc = values.safeContact;
  const rows: [string, string, string][] = [
    ['displayName', 'Display name', text(values.displayName)],
    [
      'aliases',
      'Other names',
      (values.aliases ?? [])
        .map(
          (a) =>
            `${a.name} (${ALIAS_KIND_LABELS[a.kind as keyof typeof ALIAS_KIND_LABELS] ?? a.kind}` +
            `${a.knownToAgencies.length ? `; known to ${a.knownToAgencies.map((k) => k.name).join(', ')}` : ''})` +
            `${a.notes ? `: ${a.notes}` : ''}`,
        )
        .join('; ') || '(none)',
    ],
    [
      'dateOfBirth',
      'Date of birth',
      values.dateOfBirthPrecision === 'unknown' || !values.dateOfBirth
        ? 'Not known'
        : `${formatCalendarDate(values.dateOfBirth)}${values.dateOfBirthPrecision === 'approximate' ? ' (approximate)' : ''}`,
    ],
    ['nationality', 'Nationality', text(values.nationality)],
    ['languages', 'Languages', text(values.languages)],
    [
      'interpreter',
      'Interpreter',
      values.interpreterNeeded ? `Needed: ${text(values.interpreterLanguage)}` : 'Not needed',
    ],
    ['pronouns', 'Pronouns', text(values.pronouns)],
    [
      'safeContact',
      'Safe contact',
      `Call: ${yesNo(sc.call)}, text: ${yesNo(sc.text)}, voicemail: ${yesNo(sc.voicemail)}, post: ${yesNo(sc.post)}; ` +
        `code word: ${text(sc.codeWord)}; safe times: ${text(sc.safeTimes)}; notes: ${text(sc.notes)}`,
    ],
    [
      'riskFlags',
      'Risk flags',
      (values.riskFlags ?? []).map((f) => RISK_FLAG_LABELS[f as RiskFlag] ?? f).join(', ') || '(none)',
    ],
    ['keyWorkerId', 'Key worker', named(values.keyWorkerId)],
    ['teamId', 'Team', named(values.teamId)],
    ['restricted', 'Restricted', yesNo(values.restricted)],
    ['notes', 'Notes', text(values.notes)],
  ];
  return rows.map(([field, label, value]) => ({ field, label, text: value }));
}

/**
 * The changes someone made in the form (`mine`, against the values it was filled with, `base`) that the
 * reloaded record (`theirs`) does not already have, described in words.
 */
export function unsavedChanges(
  mine: ClientFormValues,
  base: ClientFormValues,
  theirs: ClientFormValues,
  names: ReadonlyMap<string, string> = new Map(),
) {
  const texts = (values: ClientFormValues) =>
    new Map(describeClientValues(values, names).map((row) => [row.field, row.text]));
  const before = texts(base);
  const after = texts(theirs);
  return describeClientValues(mine, names).filter(
    (row) => before.get(row.field) !== row.text && after.get(row.field) !== row.text,
  );
}
