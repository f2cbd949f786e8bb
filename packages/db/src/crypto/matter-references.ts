import { MATTER_KIND_LABELS } from '@umbrella/domain';
import { and, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { asylumClaimDetails, matters, nrmReferralDetails, policeReportDetails } from '../schema/matters.ts';
import type { FieldCipher } from './cipher.ts';

/** A client's matters with every reference each holds, sealed; oldest first. `among` narrows the matters. */
export function matterReferenceRows(tx: DbOrTx, personId: string, among?: SQL) {
  return tx
    .select({
      kind: matters.kind,
      reference: matters.reference,
      crime: policeReportDetails.crimeReference,
      nrm: nrmReferralDetails.nrmReference,
      homeOffice: asylumClaimDetails.homeOfficeReference,
      appeal: asylumClaimDetails.appealNumber,
    })
    .from(matters)
    .leftJoin(policeReportDetails, eq(policeReportDetails.matterId, matters.id))
    .leftJoin(nrmReferralDetails, eq(nrmReferralDetails.matterId, matters.id))
    .leftJoin(asylumClaimDetails, eq(asylumClaimDetails.matterId, matters.id))
    .where(and(eq(matters.personId, personId), among))
    .orderBy(matters.openedOn);
}

export type MatterReferenceRow = Awaited<ReturnType<typeof matterReferenceRows>>[number];

/** One matter's references, opened and labelled as a letter cites them ("Crime reference", …). */
export function openMatterReferences(
  cipher: FieldCipher,
  row: MatterReferenceRow,
): { label: string; value: string }[] {
  const labelled: [string, string | null][] = [
    ['Crime reference', cipher.openOrNull('police_report_details.crime_reference', row.crime)],
    ['NRM reference', cipher.openOrNull('nrm_referral_details.nrm_reference', row.nrm)],
    [
      'Home Office reference',
      cipher.openOrNull('asylum_claim_details.home_office_reference', row.homeOffice),
    ],
    ['Appeal number', cipher.openOrNull('asylum_claim_details.appeal_number', row.appeal)],
    [`${MATTER_KIND_LABELS[row.kind]} reference`, cipher.openOrNull('matters.reference', row.reference)],
  ];
  return labelled.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}
