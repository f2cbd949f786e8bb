import { z } from 'zod';
import { uuidSchema, versionSchema, PAGE_SIZE_MAX } from '../auth/schemas.ts';
import {
  calendarDateSchema,
  optionalText,
  pageCursorSchema,
  pageLimitSchema,
  requiredText,
} from '../common/schemas.ts';
import { matterKindSchema } from '../matters/kinds.ts';

export const RISK_FLAGS = [
  'abuser_may_contact',
  'trafficker_contact',
  'risk_of_detention',
  'self_harm',
  'mental_health',
  'pregnant',
  'children_at_risk',
  'no_recourse_to_public_funds',
  'homeless',
  'substance_use',
] as const;
export const riskFlagSchema = z.enum(RISK_FLAGS, { error: 'Unknown risk flag' });
export type RiskFlag = z.infer<typeof riskFlagSchema>;

export const RISK_FLAG_LABELS: Record<RiskFlag, string> = {
  abuser_may_contact: 'Abuser may try to make contact',
  trafficker_contact: 'In contact with traffickers',
  risk_of_detention: 'Risk of immigration detention',
  self_harm: 'Risk of self-harm',
  mental_health: 'Mental health support needed',
  pregnant: 'Pregnant',
  children_at_risk: 'Children at risk',
  no_recourse_to_public_funds: 'No recourse to public funds',
  homeless: 'Homeless or insecurely housed',
  substance_use: 'Substance use',
};

export const safeContactSchema = z.object({
  call: z.boolean(),
  text: z.boolean(),
  voicemail: z.boolean(),
  post: z.boolean(),
  codeWord: optionalText(100, 'Code word'),
  safeTimes: optionalText(200, 'Safe times'),
  notes: optionalText(1000, 'Contact notes'),
});
export type SafeContact = z.infer<typeof safeContactSchema>;

export const ALIAS_KINDS = ['legal', 'alias', 'previous'] as const;
export const ALIAS_KIND_LABELS: Record<(typeof ALIAS_KINDS)[number], string> = {
  legal: 'Legal name',
  alias: 'Also known as',
  previous: 'Previous name',
};

export const aliasInput = z.object({
  name: requiredText(200, 'Name'),
  kind: z.enum(ALIAS_KINDS, { error: 'Choose legal name, also known as, or previous name' }),
  /** The agencies (directory ids) that know the client by this name. */
  knownToAgencyIds: z.array(uuidSchema).max(20, 'At most 20 agencies').default([]),
  notes: optionalText(500, 'Notes'),
});

export const clientFields = z.object({
  displayName: requiredText(120, 'Display name'),
  dateOfBirth: calendarDateSchema.nullable().default(null),
  dateOfBirthPrecision: z.enum(['exact', 'approximate', 'unknown']).default('unknown'),
  nationality: optionalText(100, 'Nationality'),
  languages: z.array(z.string().trim().min(1).max(50)).max(10, 'At most 10 languages').default([]),
  interpreterNeeded: z.boolean().default(false),
  interpreterLanguage: optionalText(50, 'Interpreter language'),
  pronouns: optionalText(40, 'Pronouns'),
  safeContact: safeContactSchema,
  riskFlags: z.array(riskFlagSchema).max(RISK_FLAGS.length).default([]),
  keyWorkerId: uuidSchema.nullable().default(null),
  teamId: uuidSchema.nullable().default(null),
  restricted: z.boolean().default(false),
  notes: optionalText(10_000, 'Notes'),
  /** The whole list of aliases: an edit replaces it. */
  aliases: z.array(aliasInput).max(20, 'At most 20 other names').default([]),
});

/** Creating a client also opens their case file. */
export const createClientInput = clientFields;
export const updateClientInput = clientFields.extend({ id: uuidSchema, version: versionSchema });
export const archiveClientInput = z.object({ id: uuidSchema, version: versionSchema });
export const clientIdInput = z.object({ id: uuidSchema });

export const clientListInput = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.number().int().min(1).max(PAGE_SIZE_MAX).default(50),
  /** A display name, alias (typos tolerated) or reference (crime, NRM, Home Office). */
  search: z.string().trim().max(100).optional(),
  keyWorkerId: uuidSchema.optional(),
  matterKind: matterKindSchema.optional(),
  stage: z.string().max(60).optional(),
  status: z.enum(['open', 'closed', 'archived']).optional(),
  flag: riskFlagSchema.optional(),
});

export type ClientFields = z.infer<typeof clientFields>;

export const TIMELINE_PAGE_MAX = 500;

/** Which end of a client's timeline a page is read from: the latest events (the client page), or the first. */
export const TIMELINE_ORDERS = ['newest', 'oldest'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

/**
 * A client's timeline a page at a time: newest first unless asked otherwise (by the date it happened, then
 * the moment it was recorded). `cursor` is the `nextCursor` of the page before, read in the same order.
 */
export const clientTimelineInput = z.object({
  personId: uuidSchema,
  order: z.enum(TIMELINE_ORDERS, { error: 'Choose newest or oldest first' }).default('newest'),
  cursor: pageCursorSchema,
  limit: pageLimitSchema(TIMELINE_PAGE_MAX, TIMELINE_PAGE_MAX),
});

/** The case file: open or closed, and its lead caseworker. */
export const updateCaseInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  status: z.enum(['open', 'closed'], { error: 'Choose open or closed' }),
  leadCaseworkerId: uuidSchema.nullable(),
});
