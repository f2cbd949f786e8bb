import {
  asylumClaimDetails,
  matters,
  nrmReferralDetails,
  personAliases,
  policeReportDetails,
  type DbOrTx,
  type FieldCipher,
} from '@umbrella/db';
import { MATTER_KIND_LABELS, type ChaserReference } from '@umbrella/domain';
import { and, arrayContains, eq, or, type SQL } from 'drizzle-orm';

/**
 * The reference numbers a chaser cites: those of the letter's matter and of every matter of this client with
 * the same agency, and the name that agency knows the client by (an alias recorded as known to it). Names and
 * references are stored encrypted: they are opened here, for the letter.
 */
export async function chaserReferences(
  tx: DbOrTx,
  cipher: FieldCipher,
  args: { personId: string; matterId: string | null; agencyId: string | null },
): Promise<ChaserReference[]> {
  const relevant: SQL[] = [];
  if (args.matterId) relevant.push(eq(matters.id, args.matterId));
  if (args.agencyId) relevant.push(eq(matters.agencyId, args.agencyId));
  const references: ChaserReference[] = [];
  if (args.agencyId) {
    const [alias] = await tx
      .select({ name: personAliases.name })
      .from(personAliases)
      .where(
        and(
          eq(personAliases.personId, args.personId),
          arrayContains(personAliases.knownToAgencyIds, [args.agencyId]),
        ),
      )
      .limit(1);
    if (alias) references.push({ label: 'Name', value: cipher.open('person_aliases.name', alias.name) });
  }
  if (!relevant.length) return references;
  const rows = await tx
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
    .where(and(eq(matters.personId, args.personId), or(...relevant)))
    .orderBy(matters.openedOn);
  const seen = new Set<string>();
  const add = (label: string, value: string | null) => {
    if (!value || seen.has(value)) return;
    seen.add(value);
    references.push({ label, value });
  };
  for (const row of rows) {
    add('Crime reference', cipher.openOrNull('police_report_details.crime_reference', row.crime));
    add('NRM reference', cipher.openOrNull('nrm_referral_details.nrm_reference', row.nrm));
    add(
      'Home Office reference',
      cipher.openOrNull('asylum_claim_details.home_office_reference', row.homeOffice),
    );
    add('Appeal number', cipher.openOrNull('asylum_claim_details.appeal_number', row.appeal));
    add(`${MATTER_KIND_LABELS[row.kind]} reference`, cipher.openOrNull('matters.reference', row.reference));
  }
  return references;
}
