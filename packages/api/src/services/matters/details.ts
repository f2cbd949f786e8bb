import {
  asylumClaimDetails,
  nrmReferralDetails,
  policeReportDetails,
  socialServicesDetails,
  type DbOrTx,
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

export async function insertDetails(tx: DbOrTx, matterId: string, input: MatterDetailsInput): Promise<void> {
  switch (input.kind) {
    case 'police_report':
      await tx.insert(policeReportDetails).values({ matterId, ...input.details });
      return;
    case 'nrm_referral':
      await tx.insert(nrmReferralDetails).values({ matterId, ...input.details });
      return;
    case 'asylum_claim':
      await tx.insert(asylumClaimDetails).values({ matterId, ...input.details });
      return;
    case 'social_services':
      await tx.insert(socialServicesDetails).values({ matterId, ...input.details });
      return;
  }
}

export async function replaceDetails(tx: DbOrTx, matterId: string, input: MatterDetailsInput): Promise<void> {
  switch (input.kind) {
    case 'police_report':
      await tx
        .update(policeReportDetails)
        .set(input.details)
        .where(eq(policeReportDetails.matterId, matterId));
      return;
    case 'nrm_referral':
      await tx.update(nrmReferralDetails).set(input.details).where(eq(nrmReferralDetails.matterId, matterId));
      return;
    case 'asylum_claim':
      await tx.update(asylumClaimDetails).set(input.details).where(eq(asylumClaimDetails.matterId, matterId));
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

/** The details of several matters at once: one query per kind present. */
export async function loadDetails(
  tx: DbOrTx,
  matters: readonly { id: string; kind: MatterKind }[],
): Promise<Map<string, MatterDetailsInput>> {
  const found = new Map<string, MatterDetailsInput>();
  const idsOf = (kind: MatterKind) => matters.filter((m) => m.kind === kind).map((m) => m.id);
  const police = idsOf('police_report');
  if (police.length) {
    for (const { matterId, ...details } of await tx
      .select()
      .from(policeReportDetails)
      .where(inArray(policeReportDetails.matterId, police))) {
      found.set(matterId, { kind: 'police_report', details });
    }
  }
  const nrm = idsOf('nrm_referral');
  if (nrm.length) {
    for (const { matterId, ...details } of await tx
      .select()
      .from(nrmReferralDetails)
      .where(inArray(nrmReferralDetails.matterId, nrm))) {
      found.set(matterId, { kind: 'nrm_referral', details });
    }
  }
  const asylum = idsOf('asylum_claim');
  if (asylum.length) {
    for (const { matterId, ...details } of await tx
      .select()
      .from(asylumClaimDetails)
      .where(inArray(asylumClaimDetails.matterId, asylum))) {
      found.set(matterId, { kind: 'asylum_claim', details });
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
