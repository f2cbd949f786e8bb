import {
  asylumClaimDetails,
  nrmReferralDetails,
  policeReportDetails,
  socialServicesDetails,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import type { MatterDetailsInput, MatterKind } from '@umbrella/domain';
import { eq, inArray } from 'drizzle-orm';

/** The typed details of each kind of matter live in their own table, keyed by the matter's id. */
const DETAIL_TABLES = {
  police_report: policeReportDetails,
  nrm_referral: nrmReferralDetails,
  asylum_claim: asylumClaimDetails,
  social_services: socialServicesDetails,
} as const;

/** The reference kept on the matter itself, for search and lists: the kind's main reference. */
export function mainReference(input: MatterDetailsInput): string | null {
  switch (input.kind) {
    case 'police_report':
      return input.details.crimeReference;
    case 'nrm_referral':
      return input.details.nrmReference;
    case 'asylum_claim':
      return input.details.homeOfficeReference ?? input.details.appealNumber;
    case 'social_services':
      return null;
  }
}

/** The matter's own reference column as stored: sealed, with its blind index (how a search finds it). */
export function sealedMainReference(cipher: FieldCipher, input: MatterDetailsInput) {
  const reference = mainReference(input);
  return {
    reference: cipher.sealOrNull('matters.reference', reference),
    referenceIndex: cipher.blindIndex('reference', reference),
  };
}

type Details<K extends MatterDetailsInput['kind']> = Extract<MatterDetailsInput, { kind: K }>['details'];

/** A kind's detail columns as stored: its references sealed, each with its blind index. */
const seal = {
  police_report: (cipher: FieldCipher, d: Details<'police_report'>) => ({
    ...d,
    crimeReference: cipher.sealOrNull('police_report_details.crime_reference', d.crimeReference),
    crimeReferenceIndex: cipher.blindIndex('reference', d.crimeReference),
  }),
  nrm_referral: (cipher: FieldCipher, d: Details<'nrm_referral'>) => ({
    ...d,
    nrmReference: cipher.sealOrNull('nrm_referral_details.nrm_reference', d.nrmReference),
    nrmReferenceIndex: cipher.blindIndex('reference', d.nrmReference),
  }),
  asylum_claim: (cipher: FieldCipher, d: Details<'asylum_claim'>) => ({
    ...d,
    homeOfficeReference: cipher.sealOrNull(
      'asylum_claim_details.home_office_reference',
      d.homeOfficeReference,
    ),
    homeOfficeReferenceIndex: cipher.blindIndex('reference', d.homeOfficeReference),
    appealNumber: cipher.sealOrNull('asylum_claim_details.appeal_number', d.appealNumber),
    appealNumberIndex: cipher.blindIndex('reference', d.appealNumber),
  }),
};

export async function insertDetails(
  tx: DbOrTx,
  cipher: FieldCipher,
  matterId: string,
  input: MatterDetailsInput,
): Promise<void> {
  switch (input.kind) {
    case 'police_report':
      await tx.insert(policeReportDetails).values({ matterId, ...seal.police_report(cipher, input.details) });
      return;
    case 'nrm_referral':
      await tx.insert(nrmReferralDetails).values({ matterId, ...seal.nrm_referral(cipher, input.details) });
      return;
    case 'asylum_claim':
      await tx.insert(asylumClaimDetails).values({ matterId, ...seal.asylum_claim(cipher, input.details) });
      return;
    case 'social_services':
      await tx.insert(socialServicesDetails).values({ matterId, ...input.details });
      return;
  }
}

export async function replaceDetails(
  tx: DbOrTx,
  cipher: FieldCipher,
  matterId: string,
  input: MatterDetailsInput,
): Promise<void> {
  switch (input.kind) {
    case 'police_report':
      await tx
        .update(policeReportDetails)
        .set(seal.police_report(cipher, input.details))
        .where(eq(policeReportDetails.matterId, matterId));
      return;
    case 'nrm_referral':
      await tx
        .update(nrmReferralDetails)
        .set(seal.nrm_referral(cipher, input.details))
        .where(eq(nrmReferralDetails.matterId, matterId));
      return;
    case 'asylum_claim':
      await tx
        .update(asylumClaimDetails)
        .set(seal.asylum_claim(cipher, input.details))
        .where(eq(asylumClaimDetails.matterId, matterId));
      return;
    case 'social_services':
      await tx
        .update(socialServicesDetails)
        .set(input.details)
        .where(eq(socialServicesDetails.matterId, matterId));
      return;
  }
}

/** Sets the detail fields a stage implies (see detailsImpliedByStage in the domain); nothing if none. */
export async function applyImpliedDetails(
  tx: DbOrTx,
  kind: MatterKind,
  matterId: string,
  fields: Record<string, string>,
): Promise<void> {
  if (Object.keys(fields).length === 0) return;
  const table = DETAIL_TABLES[kind];
  await tx
    .update(table)
    .set(fields as Partial<typeof table.$inferInsert>)
    .where(eq(table.matterId, matterId));
}

/** The details of several matters at once, references opened: one query per kind present. */
export async function loadDetails(
  tx: DbOrTx,
  cipher: FieldCipher,
  matters: readonly { id: string; kind: MatterKind }[],
): Promise<Map<string, MatterDetailsInput>> {
  const found = new Map<string, MatterDetailsInput>();
  const idsOf = (kind: MatterKind) => matters.filter((m) => m.kind === kind).map((m) => m.id);
  const police = idsOf('police_report');
  if (police.length) {
    for (const { matterId, crimeReference, crimeReferenceIndex: _, ...details } of await tx
      .select()
      .from(policeReportDetails)
      .where(inArray(policeReportDetails.matterId, police))) {
      found.set(matterId, {
        kind: 'police_report',
        details: {
          ...details,
          crimeReference: cipher.openOrNull('police_report_details.crime_reference', crimeReference),
        },
      });
    }
  }
  const nrm = idsOf('nrm_referral');
  if (nrm.length) {
    for (const { matterId, nrmReference, nrmReferenceIndex: _, ...details } of await tx
      .select()
      .from(nrmReferralDetails)
      .where(inArray(nrmReferralDetails.matterId, nrm))) {
      found.set(matterId, {
        kind: 'nrm_referral',
        details: {
          ...details,
          nrmReference: cipher.openOrNull('nrm_referral_details.nrm_reference', nrmReference),
        },
      });
    }
  }
  const asylum = idsOf('asylum_claim');
  if (asylum.length) {
    for (const {
      matterId,
      homeOfficeReference,
      homeOfficeReferenceIndex: _,
      appealNumber,
      appealNumberIndex: __,
      ...details
    } of await tx.select().from(asylumClaimDetails).where(inArray(asylumClaimDetails.matterId, asylum))) {
      found.set(matterId, {
        kind: 'asylum_claim',
        details: {
          ...details,
          homeOfficeReference: cipher.openOrNull(
            'asylum_claim_details.home_office_reference',
            homeOfficeReference,
          ),
          appealNumber: cipher.openOrNull('asylum_claim_details.appeal_number', appealNumber),
        },
      });
    }
  }
  const social = idsOf('social_services');
  if (social.length) {
    for (const { matterId, ...details } of await tx
      .select()
      .from(socialServicesDetails)
      .where(inArray(socialServicesDetails.matterId, social))) {
      found.set(matterId, { kind: 'social_services', details });
    }
  }
  return found;
}
