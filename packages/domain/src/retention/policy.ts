import { z } from 'zod';
import { versionSchema } from '../auth/schemas.ts';
import { matterKindSchema, MATTER_KINDS, type MatterKind } from '../matters/kinds.ts';

/** A retention period is a whole number of years in this range. */
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 100;
/** Closed cases are kept this long unless the policy says otherwise. */
export const DEFAULT_RETENTION_YEARS = 6;

const YEARS_MESSAGE = `Enter a whole number of years from ${RETENTION_YEARS_MIN} to ${RETENTION_YEARS_MAX}`;

const yearsSchema = z
  .number({ error: YEARS_MESSAGE })
  .int({ error: YEARS_MESSAGE })
  .min(RETENTION_YEARS_MIN, { error: YEARS_MESSAGE })
  .max(RETENTION_YEARS_MAX, { error: YEARS_MESSAGE });

/**
 * The organisation's retention policy: a closed case is anonymised this many years after it was closed; a
 * matter kind may be kept longer (or shorter) than the default.
 */
export const retentionPolicySchema = z.object({
  defaultYears: yearsSchema.default(DEFAULT_RETENTION_YEARS),
  byMatterKind: z
    .partialRecord(matterKindSchema, yearsSchema, { error: 'Choose a kind of matter from the list' })
    .default({}),
});
export type RetentionPolicy = z.output<typeof retentionPolicySchema>;
export type RetentionPolicyInput = z.input<typeof retentionPolicySchema>;

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = retentionPolicySchema.parse({});

/** Saving the policy names the version read (null while the defaults apply); a stale one is a conflict. */
export const updateRetentionPolicyInput = z.object({
  policy: retentionPolicySchema,
  version: versionSchema.nullable(),
});
export type UpdateRetentionPolicyInput = z.input<typeof updateRetentionPolicyInput>;

/** The years a matter of this kind is kept after its case file closes. */
export function retentionYearsForKind(kind: MatterKind, policy: RetentionPolicy): number {
  return policy.byMatterKind[kind] ?? policy.defaultYears;
}

/**
 * The years a client's record is kept after their case file closes: the longest of their matters' kinds
 * (the default when they have none).
 */
export function retentionYearsFor(kinds: readonly MatterKind[], policy: RetentionPolicy): number {
  if (kinds.length === 0) return policy.defaultYears;
  return Math.max(...kinds.map((kind) => retentionYearsForKind(kind, policy)));
}

/** Every kind with the years it is kept, in the kinds' usual order (for the policy page and the database). */
export function retentionYearsByKind(policy: RetentionPolicy): { kind: MatterKind; years: number }[] {
  return MATTER_KINDS.map((kind) => ({ kind, years: retentionYearsForKind(kind, policy) }));
}
