import { z } from 'zod';
import { uuidSchema, versionSchema } from '../auth/schemas.ts';
import {
  calendarDateSchema,
  optionalText,
  pageCursorSchema,
  pageLimitSchema,
  requiredText,
} from '../common/schemas.ts';
import {
  CONSENT_METHODS,
  INFORMATION_CATEGORIES,
  LEGAL_BASES,
  RECIPIENT_CATEGORIES,
  SHARING_CATEGORIES,
} from './categories.ts';

export const DISCLOSURES_PAGE_MAX = 100;
export const DISCLOSURE_REASON_MAX = 2000;
export const CONSENT_SCOPE_MAX = 1000;

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const sharingCategoriesSchema = z
  .array(z.enum(SHARING_CATEGORIES, { error: 'Choose from the listed kinds of agency' }))
  .min(1, 'Choose at least one kind of agency')
  .max(SHARING_CATEGORIES.length)
  .refine(unique, 'Each kind of agency once');

export const informationCategoriesSchema = z
  .array(z.enum(INFORMATION_CATEGORIES, { error: 'Choose from the listed kinds of information' }))
  .max(INFORMATION_CATEGORIES.length)
  .refine(unique, 'Each kind of information once');

export const recipientCategorySchema = z.enum(RECIPIENT_CATEGORIES, {
  error: 'Choose who it goes to',
});
export const legalBasisSchema = z.enum(LEGAL_BASES, { error: 'Choose a legal basis from the list' });

/** What the client agreed may be shared, with whom, how and when. */
export const recordConsentInput = z
  .object({
    personId: uuidSchema,
    categories: sharingCategoriesSchema,
    method: z.enum(CONSENT_METHODS, { error: 'Choose verbally or in writing' }),
    /** The day the client agreed; not in the future (checked against today by the service). */
    givenOn: calendarDateSchema,
    /** The signed form, uploaded beforehand (POST /files); written consent only. */
    documentId: uuidSchema.nullish().transform((v) => v ?? null),
    /** Any limits the client set ("only about the police report"). */
    scope: optionalText(CONSENT_SCOPE_MAX, 'Any limits'),
  })
  .superRefine((value, ctx) => {
    if (value.documentId && value.method !== 'written') {
      ctx.addIssue({ code: 'custom', path: ['documentId'], message: 'Only written consent has a document' });
    }
  });
export type RecordConsentInput = z.input<typeof recordConsentInput>;

/** Withdrawal is effective at once; the consent stays on record, marked withdrawn. */
export const withdrawConsentInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  note: optionalText(CONSENT_SCOPE_MAX, 'The note'),
});

/** The most consents one page of a client's list holds. */
export const CONSENTS_PAGE_MAX = 100;

/** A client's consents a page at a time: those in force first, then the others, each newest given first. */
export const clientConsentsInput = z.object({
  personId: uuidSchema,
  cursor: pageCursorSchema,
  limit: pageLimitSchema(CONSENTS_PAGE_MAX, 25),
});

/** The sharing fields logged with an outgoing communication (createCommunicationInput spreads them). */
export const disclosureFields = {
  /** Who it goes to, when there is no directory agency to tell (an agency's own category wins). */
  recipientCategory: recipientCategorySchema.nullish().transform((v) => v ?? null),
  /** What it contains. */
  informationShared: informationCategoriesSchema.default(['identity', 'case_details']),
  /** Sharing without consent (or with immigration enforcement): the legal basis, and its details. */
  legalBasis: legalBasisSchema.nullish().transform((v) => v ?? null),
  basisDetails: optionalText(DISCLOSURE_REASON_MAX, 'The details of the legal basis'),
};

/** Before logging: what the firewall would say about sending this client's information to a recipient. */
export const sharingCheckInput = z
  .object({
    personId: uuidSchema,
    agencyId: uuidSchema.nullish().transform((v) => v ?? null),
    recipientCategory: recipientCategorySchema.nullish().transform((v) => v ?? null),
  })
  .refine((v) => v.agencyId || v.recipientCategory, {
    path: ['agencyId'],
    message: 'Choose the agency, or who it goes to',
  });

/** A supervisor's decision on a disclosure awaiting approval; the reason is always written. */
export const decideDisclosureInput = z.object({
  id: uuidSchema,
  version: versionSchema,
  decision: z.enum(['approve', 'refuse'], { error: 'Choose approve or refuse' }),
  reason: requiredText(DISCLOSURE_REASON_MAX, 'The reason'),
});

/** Whoever asked may withdraw a request still awaiting approval. */
export const cancelDisclosureInput = z.object({ id: uuidSchema, version: versionSchema });

/** A client's disclosure history, newest first. */
export const clientDisclosuresInput = z.object({
  personId: uuidSchema,
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(DISCLOSURES_PAGE_MAX).default(25),
});

/** Supervisors: requests awaiting approval, and approvals made without consent. */
export const disclosureQueueInput = z.object({
  view: z.enum(['awaiting_approval', 'approved']).default('awaiting_approval'),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(DISCLOSURES_PAGE_MAX).default(25),
});

/** A print of client data (the chronology), recorded before the print dialogue opens. */
export const recordPrintInput = z.object({
  personId: uuidSchema,
  matterId: uuidSchema.nullish().transform((v) => v ?? null),
  what: z.enum(['chronology'], { error: 'Say what is printed' }),
});
