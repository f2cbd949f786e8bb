import {
  MATTER_KIND_LABELS,
  MATTER_KINDS,
  RETENTION_YEARS_MAX,
  RETENTION_YEARS_MIN,
  plural,
  retentionYearsForKind,
  type MatterKind,
  type RetentionPolicy,
} from '@umbrella/domain';
import { z } from 'zod';
import type { RetentionPolicySetting, UpdateRetentionPolicyInput } from './types.ts';

export const YEARS_MESSAGE = `Enter a whole number of years from ${RETENTION_YEARS_MIN} to ${RETENTION_YEARS_MAX}`;

function isYears(text: string): boolean {
  if (!/^\d{1,3}$/.test(text)) return false;
  const years = Number(text);
  return years >= RETENTION_YEARS_MIN && years <= RETENTION_YEARS_MAX;
}

const yearsText = z.string().trim().refine(isYears, { error: YEARS_MESSAGE });
/** Empty: the kind follows the default. */
const optionalYearsText = z
  .string()
  .trim()
  .refine((v) => v === '' || isYears(v), { error: `${YEARS_MESSAGE}, or leave it empty` });

/** The policy form as typed: years as text, a kind left empty following the default. */
export const policyFormSchema = z.object({
  defaultYears: yearsText,
  byMatterKind: z.object({
    police_report: optionalYearsText,
    nrm_referral: optionalYearsText,
    asylum_claim: optionalYearsText,
    social_services: optionalYearsText,
  } satisfies Record<MatterKind, unknown>),
});
export type PolicyFormValues = z.input<typeof policyFormSchema>;

export function toPolicyForm(policy: RetentionPolicy): PolicyFormValues {
  const byMatterKind = {} as Record<MatterKind, string>;
  for (const kind of MATTER_KINDS) {
    const years = policy.byMatterKind[kind];
    byMatterKind[kind] = years === undefined ? '' : String(years);
  }
  return { defaultYears: String(policy.defaultYears), byMatterKind };
}

export function toUpdateInput(
  values: z.output<typeof policyFormSchema>,
  setting: RetentionPolicySetting,
): UpdateRetentionPolicyInput {
  const byMatterKind: Partial<Record<MatterKind, number>> = {};
  for (const kind of MATTER_KINDS) {
    const text = values.byMatterKind[kind];
    if (text !== '') byMatterKind[kind] = Number(text);
  }
  return { policy: { defaultYears: Number(values.defaultYears), byMatterKind }, version: setting.version };
}

/** The policy in sentences: the default, then each kind kept for a different time. */
export function policySentences(policy: RetentionPolicy): string[] {
  const sentences = [
    `A client’s record is anonymised ${plural(policy.defaultYears, 'year')} after their case file is closed.`,
  ];
  for (const kind of MATTER_KINDS) {
    const years = retentionYearsForKind(kind, policy);
    if (policy.byMatterKind[kind] !== undefined && years !== policy.defaultYears) {
      sentences.push(`With ${MATTER_KIND_LABELS[kind].toLowerCase()} matters: ${plural(years, 'year')}.`);
    }
  }
  if (sentences.length > 1) {
    sentences.push('A client with matters of several kinds is kept for the longest of them.');
  }
  return sentences;
}
