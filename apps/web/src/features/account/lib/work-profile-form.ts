import {
  AVAILABILITY_SLOTS,
  workProfileInput,
  type AvailabilitySlot,
  type WorkProfileInput,
} from '@umbrella/domain';
import { z } from 'zod';
import type { RouterOutputs } from '../../../lib/api-types.ts';

export type WorkProfile = RouterOutputs['account']['workProfile'];

/** The form as typed: languages as one line, "English, Arabic". */
const workProfileFields = z.object({
  phone: z.string(),
  languages: z.string(),
  availability: z.array(z.string()),
  availabilityNote: z.string(),
});

export type WorkProfileFormValues = z.infer<typeof workProfileFields>;

const isSlot = (value: string): value is AvailabilitySlot =>
  (AVAILABILITY_SLOTS as readonly string[]).includes(value);

export function profileToValues(profile: WorkProfile): WorkProfileFormValues {
  return {
    phone: profile.phone ?? '',
    languages: profile.languages.join(', '),
    availability: profile.availability.filter(isSlot),
    availabilityNote: profile.availabilityNote ?? '',
  };
}

/** "english, Arabic;  Tigrinya, English" -> ["english", "Arabic", "Tigrinya"]: split, trimmed, each once. */
export function parseLanguages(text: string): string[] {
  const seen = new Set<string>();
  const languages: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const language = part.trim().replace(/\s+/g, ' ');
    if (!language || seen.has(language.toLowerCase())) continue;
    seen.add(language.toLowerCase());
    languages.push(language);
  }
  return languages;
}

/**
 * Checked with the server's own schema; what comes out is the update without its version (added from the
 * profile as loaded). A problem with one language is shown beside the languages field.
 */
export const workProfileFormSchema = workProfileFields.transform((values, ctx) => {
  const parsed = workProfileInput.safeParse({
    version: 1,
    phone: values.phone,
    languages: parseLanguages(values.languages),
    availability: values.availability,
    availabilityNote: values.availabilityNote,
  });
  if (parsed.success) {
    const { version: _version, ...update } = parsed.data;
    return update;
  }
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'phone');
    ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
  }
  return z.NEVER;
});

export type WorkProfileUpdate = Omit<WorkProfileInput, 'version'>;

export const WORK_PROFILE_FIELDS = ['phone', 'languages', 'availability', 'availabilityNote'] as const;
