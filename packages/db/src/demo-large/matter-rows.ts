import {
  CLOSED,
  STAGE_MACHINES,
  computeDeadline,
  deadlinesForStage,
  findRule,
  type MatterKind,
} from '@umbrella/domain';
import type { FieldCipher } from '../crypto/cipher.ts';
import {
  addDays,
  at,
  daysBetween,
  type Agency,
  type CaseArgs,
  type LargeContext,
  type LargeRows,
} from './large-rows.ts';
import type { SeededRandom } from './random.ts';

/** A matter to write on a case. */
export interface MatterArgs {
  caseArgs: CaseArgs;
  caseId: string;
  kind: MatterKind;
  agency: Agency | null;
  reference: string | null;
  opened: string;
}

/** A matter walked through its kind's stage machine, with the deadlines each stage started. */
export function addMatter(rows: LargeRows, random: SeededRandom, ctx: LargeContext, m: MatterArgs): string {
  const a = m.caseArgs;
  const by = a.worker.id;
  const matterId = random.uuid();
  const machine = STAGE_MACHINES[m.kind];
  let stage = random.pick(machine.initial);
  let on = m.opened;
  const openedEventId = random.uuid();
  rows.events.push({
    id: openedEventId,
    personId: a.personId,
    caseId: m.caseId,
    matterId,
    kind: 'matter_opened',
    occurredOn: on,
    recordedById: by,
    toStage: stage,
  });
  const steps: { eventId: string; stage: string; on: string }[] = [{ eventId: openedEventId, stage, on }];
  for (let step = random.int(0, 4); step > 0; step--) {
    const moves = (machine.transitions[stage] ?? []).filter((s) => s !== CLOSED);
    const room = daysBetween(on, a.lastDay);
    if (moves.length === 0 || room < 2) break;
    const from = stage;
    stage = random.pick(moves);
    on = addDays(on, random.int(1, Math.min(room, 120)));
    const eventId = random.uuid();
    rows.events.push({
      id: eventId,
      personId: a.personId,
      caseId: m.caseId,
      matterId,
      kind: 'stage_change',
      occurredOn: on,
      recordedById: by,
      fromStage: from,
      toStage: stage,
    });
    steps.push({ eventId, stage, on });
  }
  const closing = a.closed !== null;
  rows.matters.push({
    id: matterId,
    caseId: m.caseId,
    personId: a.personId,
    kind: m.kind,
    stage: closing ? CLOSED : stage,
    stageBeforeClosing: closing ? stage : null,
    stageChangedOn: closing ? (a.closed as string) : on,
    reference: ctx.cipher.sealOrNull('matters.reference', m.reference),
    referenceIndex: ctx.cipher.blindIndex('reference', m.reference),
    agencyId: m.agency?.id ?? null,
    openedOn: m.opened,
    createdAt: at(m.opened),
    updatedAt: at(on),
  });
  addMatterDetails(rows, random, ctx, matterId, m);

  // Each stage's deadlines: the current stage's still open (or missed), earlier ones met, missed or waived.
  steps.forEach((step, index) => {
    const current = index === steps.length - 1 && !closing;
    for (const started of deadlinesForStage(m.kind, step.stage, null)) {
      const trigger = started.trigger ?? step.on;
      const computed = computeDeadline({ rule: started.ruleId, trigger });
      // A current deadline long past was dealt with like the others; a recent one may still be open (overdue).
      const settled = !current || (computed.due < addDays(ctx.anchor, -45) && random.chance(0.9));
      const status = !settled
        ? 'open'
        : random.weighted([
            ['met', 80],
            ['missed', 8],
            ['waived', 12],
          ] as const);
      rows.deadlines.push({
        personId: a.personId,
        caseId: m.caseId,
        matterId,
        timelineEventId: step.eventId,
        source: 'stage_event',
        ruleId: started.ruleId,
        triggerDate: trigger,
        due: computed.due,
        title: findRule(started.ruleId)?.title ?? started.ruleId,
        explanation: computed.explanation,
        certainty: computed.certainty,
        status,
        statusChangedAt: status === 'open' ? null : at(computed.due < ctx.anchor ? computed.due : ctx.anchor),
        statusChangedById: status === 'open' ? null : by,
        createdById: by,
        createdAt: at(step.on),
        updatedAt: at(step.on),
      });
    }
  });
  // Dates agreed by hand: chasing evidence, a statement, a form.
  const byHand = random.weighted([
    [0, 40],
    [1, 35],
    [2, 25],
  ] as const);
  for (let i = byHand; i > 0; i--) {
    const due = addDays(m.opened, random.int(7, Math.max(8, daysBetween(m.opened, a.lastDay) + 30)));
    const past = due < ctx.anchor;
    const status =
      closing || past
        ? random.weighted([
            ['met', 85],
            ['missed', 5],
            ['waived', 10],
          ] as const)
        : 'open';
    rows.deadlines.push({
      personId: a.personId,
      caseId: m.caseId,
      matterId,
      source: 'manual',
      due,
      title: random.pick(['Send the evidence requested', 'Chase a reply', 'Client to sign the statement']),
      explanation: 'Agreed with the client.',
      certainty: 'practice',
      status,
      statusChangedAt: status === 'open' ? null : at(past ? due : ctx.anchor),
      statusChangedById: status === 'open' ? null : by,
      createdById: by,
      createdAt: at(m.opened),
      updatedAt: at(m.opened),
    });
  }
  return matterId;
}

function addMatterDetails(
  rows: LargeRows,
  random: SeededRandom,
  ctx: LargeContext,
  matterId: string,
  m: MatterArgs,
): void {
  const sealedReference = <F extends Parameters<FieldCipher['sealOrNull']>[0]>(field: F) =>
    ctx.cipher.sealOrNull(field, m.reference);
  switch (m.kind) {
    case 'police_report':
      rows.police.push({
        matterId,
        forceAgencyId: m.agency?.id ?? null,
        crimeReference: sealedReference('police_report_details.crime_reference'),
        crimeReferenceIndex: ctx.cipher.blindIndex('reference', m.reference),
        dateReported: m.opened,
        offence: random.pick(['Rape', 'Sexual assault', 'Assault', 'Harassment', 'Robbery']),
        clientRole: 'victim',
        victimsCodeEntitlement: random.chance(0.7) ? 'enhanced' : 'standard',
      });
      return;
    case 'nrm_referral':
      rows.nrm.push({
        matterId,
        firstResponderOrganisation: 'Umbrella partner organisation',
        referralDate: m.opened,
        consentRecorded: true,
        nrmReference: sealedReference('nrm_referral_details.nrm_reference'),
        nrmReferenceIndex: ctx.cipher.blindIndex('reference', m.reference),
      });
      return;
    case 'asylum_claim':
      rows.asylum.push({
        matterId,
        homeOfficeReference: sealedReference('asylum_claim_details.home_office_reference'),
        homeOfficeReferenceIndex: ctx.cipher.blindIndex('reference', m.reference),
        claimDate: m.opened,
        detained: false,
        supportType: random.pick(['s95', 's98', 's4', 'none'] as const),
      });
      return;
    case 'social_services':
      rows.social.push({
        matterId,
        localAuthority: m.agency?.name ?? null,
        children: [{ firstName: 'Child', age: random.int(0, 16) }],
      });
      return;
  }
}
