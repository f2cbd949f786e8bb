import { agencies, contacts, matters, type DbOrTx, type FieldCipher } from '@umbrella/db';
import {
  nextStages,
  STAGE_MACHINES,
  stageLabel,
  type AgencyCategory,
  type MatterDetailsInput,
} from '@umbrella/domain';
import { asc, eq, type SQL } from 'drizzle-orm';
import { loadDetails } from './details.ts';

export type MatterRow = typeof matters.$inferSelect;

/** A matter as the screens see it: its stage, the moves allowed now, and the kind's typed details. */
export type MatterView = MatterDetailsInput & {
  id: string;
  version: number;
  caseId: string;
  stage: string;
  stageLabel: string;
  stageChangedOn: string;
  openedOn: string;
  closed: boolean;
  reference: string | null;
  agency: { id: string; name: string; category: AgencyCategory } | null;
  contact: { id: string; name: string } | null;
  nextStages: { stage: string; label: string }[];
};

/** The matters matching `where`, oldest first, with their details (references opened): a fixed number of queries. */
export async function loadMatterViews(
  tx: DbOrTx,
  cipher: FieldCipher,
  where: SQL | undefined,
): Promise<MatterView[]> {
  const rows = await tx
    .select({
      matter: matters,
      agency: { id: agencies.id, name: agencies.name, category: agencies.category },
      contact: { id: contacts.id, name: contacts.name },
    })
    .from(matters)
    .leftJoin(agencies, eq(agencies.id, matters.agencyId))
    .leftJoin(contacts, eq(contacts.id, matters.contactId))
    .where(where)
    .orderBy(asc(matters.openedOn), asc(matters.createdAt), asc(matters.id));
  const details = await loadDetails(
    tx,
    cipher,
    rows.map((r) => r.matter),
  );
  return rows.map(({ matter, agency, contact }) => {
    const typed = details.get(matter.id);
    if (!typed) throw new Error(`matter ${matter.id} has no details row`);
    const machine = STAGE_MACHINES[matter.kind];
    return {
      ...typed,
      id: matter.id,
      version: matter.version,
      caseId: matter.caseId,
      stage: matter.stage,
      stageLabel: stageLabel(matter.kind, matter.stage),
      stageChangedOn: matter.stageChangedOn,
      openedOn: matter.openedOn,
      closed: matter.stage === 'closed',
      reference: cipher.openOrNull('matters.reference', matter.reference),
      agency,
      contact,
      nextStages: nextStages(machine, matter.stage).map((stage) => ({
        stage,
        label: stageLabel(matter.kind, stage),
      })),
    };
  });
}

export async function loadMatterView(tx: DbOrTx, cipher: FieldCipher, matterId: string): Promise<MatterView> {
  const [view] = await loadMatterViews(tx, cipher, eq(matters.id, matterId));
  if (!view) throw new Error(`matter ${matterId} vanished inside its own transaction`);
  return view;
}
