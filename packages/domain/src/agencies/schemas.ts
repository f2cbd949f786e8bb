import { z } from 'zod';
import { PAGE_SIZE_MAX, uuidSchema, versionSchema } from '../auth/schemas.ts';
import { optionalText, requiredText } from '../common/schemas.ts';

/** Kept identical to the database's check constraint (packages/db/src/schema/agencies.ts). */
export const AGENCY_CATEGORIES = [
  'police',
  'crown_prosecution',
  'home_office_asylum',
  'immigration_enforcement',
  'nrm_competent_authority',
  'tribunal',
  'local_authority',
  'legal_representative',
  'support_service',
  'health',
  'other',
] as const;
export const agencyCategorySchema = z.enum(AGENCY_CATEGORIES, { error: 'Choose a category' });
export type AgencyCategory = z.infer<typeof agencyCategorySchema>;

export const AGENCY_CATEGORY_LABELS: Record<AgencyCategory, string> = {
  police: 'Police force',
  crown_prosecution: 'Crown Prosecution Service',
  home_office_asylum: 'Home Office (asylum)',
  immigration_enforcement: 'Immigration Enforcement',
  nrm_competent_authority: 'NRM competent authority',
  tribunal: 'Tribunal or court',
  local_authority: 'Local authority',
  legal_representative: 'Legal representative',
  support_service: 'Support service',
  health: 'Health',
  other: 'Other',
};

/** The category that must never receive client data without a deliberate, recorded decision. */
export const IMMIGRATION_ENFORCEMENT_CATEGORY = 'immigration_enforcement' satisfies AgencyCategory;

export function isImmigrationEnforcement(category: AgencyCategory): boolean {
  return category === IMMIGRATION_ENFORCEMENT_CATEGORY;
}

const optionalEmail = z
  .string()
  .trim()
  .max(254, 'E-mail address is too long')
  .nullish()
  .transform((v) => (v ? v.toLowerCase() : null))
  .pipe(z.email({ error: 'Enter a valid e-mail address' }).nullable());

const optionalWebsite = z
  .string()
  .trim()
  .max(300, 'Website must be at most 300 characters')
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' }).nullable());

export const agencyFields = z.object({
  name: requiredText(200, 'Name'),
  category: agencyCategorySchema,
  address: optionalText(500, 'Address'),
  phone: optionalText(40, 'Phone'),
  email: optionalEmail,
  website: optionalWebsite,
  notes: optionalText(2000, 'Notes'),
});

export const createAgencyInput = agencyFields;
export const updateAgencyInput = agencyFields.extend({ id: uuidSchema, version: versionSchema });
export const agencyIdInput = z.object({ id: uuidSchema });

export const agencyListInput = z.object({
  search: z.string().trim().max(100).optional(),
  category: agencyCategorySchema.optional(),
  cursor: z.string().max(1000).optional(),
  limit: z.number().int().min(1).max(PAGE_SIZE_MAX).default(50),
});

export const contactFields = z.object({
  name: requiredText(200, 'Name'),
  role: optionalText(120, 'Role'),
  email: optionalEmail,
  phone: optionalText(40, 'Phone'),
  notes: optionalText(2000, 'Notes'),
});

export const createContactInput = contactFields.extend({ agencyId: uuidSchema });
export const updateContactInput = contactFields.extend({ id: uuidSchema, version: versionSchema });
