import {
  CLOSED,
  STAGE_MACHINES,
  computeDeadline,
  deadlinesForStage,
  findRule,
  type MatterKind,
} from '@umbrella/domain';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { FieldCipher } from '../crypto/cipher.ts';
import { sealCommunicationText } from '../crypto/communication-text.ts';
import { storedNote } from '../crypto/notes.ts';
import { sealSafeContact } from '../crypto/safe-contact.ts';
import type { appointmentVolunteers, appointments } from '../schema/appointments.ts';
import type { cases } from '../schema/cases.ts';
import type { communications } from '../schema/communications.ts';
import type { deadlines } from '../schema/deadlines.ts';
import type {
  asylumClaimDetails,
  matters,
  nrmReferralDetails,
  policeReportDetails,
  socialServicesDetails,
} from '../schema/matters.ts';
import type { people, personAliases } from '../schema/people.ts';
import type { supervisionReviews } from '../schema/supervision.ts';
import type { timelineEvents } from '../schema/timeline.ts';
import type { SeededRandom } from './random.ts';
import {
  APPOINTMENT_PLACES,
  AREAS,
  CALL_NOTES,
  LETTER_SENTENCES,
  LETTER_TOPICS,
  NOTE_TEXTS,
  ORIGINS,
  PRONOUNS,
  RISK_FLAGS,
} from './words.ts';

/** The rows of a batch of clients, table by table, ready for bulk inserts. */
export interface LargeRows {
  people: (typeof people.$inferInsert)[];
  aliases: (typeof personAliases.$inferInsert)[];
  cases: (typeof cases.$inferInsert)[];
  matters: (typeof matters.$inferInsert)[];
  police: (typeof policeReportDetails.$inferInsert)[];
  nrm: (typeof nrmReferralDetails.$inferInsert)[];
  asylum: (typeof asylumClaimDetails.$inferInsert)[];
  social: (typeof socialServicesDetails.$inferInsert)[];
  events: (typeof timelineEvents.$inferInsert)[];
  /** The search vector is an SQL expression (to_tsvector), so the insert type rather than the row type. */
  communications: PgInsertValue<typeof communications>[];
  deadlines: (typeof deadlines.$inferInsert)[];
  appointments: (typeof appointments.$inferInsert)[];
  volunteers: (typeof appointmentVolunteers.$inferInsert)[];
  reviews: (typeof supervisionReviews.$inferInsert)[];
}

export function emptyRows(): LargeRows {
  return {
    people: [],
    aliases: [],
    cases: [],
    matters: [],
    police: [],
    nrm: [],
    asylum: [],
    social: [],
    events: [],
    communications: [],
    deadlines: [],
    appointments: [],
    volunteers: [],
    reviews: [],
  };
}

export interface Agency {
  id: string;
  name: string;
}

/** What every client is drawn against: the day it is "today" in the data set, the staff and the directory. */
export interface LargeContext {
  anchor: string;
  caseworkers: readonly { id: string; teamId: string }[];
  supervisors: readonly string[];
  volunteers: readonly string[];
  /** Agencies a matter of each kind deals with (police forces, the competent authority, ...). */
  agencies: Readonly<Record<MatterKind, readonly Agency[]>>;
  cipher: FieldCipher;
}

const DAY_MS = 86_400_000;
const KIND_WEIGHTS = [
  ['police_report', 35],
  ['nrm_referral', 25],
  ['asylum_claim', 25],
  ['social_services', 15],
] as const satisfies readonly (readonly [MatterKind, number])[];

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function at(iso: string, hour = 10): Date {
  return new Date(`${iso}T${String(hour).padStart(2, '0')}:00:00Z`);
}

/** A reference of the shape each agency writes (crime, NRM, Home Office), unique by the client's number. */
function referenceFor(kind: MatterKind, n: number, matterNo: number): string | null {
  const serial = String(n * 7 + matterNo).padStart(6, '0');
  switch (kind) {
    case 'police_report':
      return `${String((n % 60) + 1).padStart(2, '0')}/${serial}/${20 + (n % 7)}`;
    case 'nrm_referral':
      return `NRM-${serial}`;
    case 'asylum_claim':
      return `L${serial}${matterNo}`;
    case 'social_services':
      return null;
  }
}

/**
 * One fictional client (number `n`), with their case files, matters and what happened on them: the long tail
 * of `communicationCount` spreads over the cases, most on the latest.
 */
export function addClient(
  rows: LargeRows,
  random: SeededRandom,
  ctx: LargeContext,
  n: number,
  communicationCount: number,
): void {
  const origin = random.pick(ORIGINS);
  const given = random.pick(origin.given);
  const family = random.pick(origin.family);
  const worker = random.pick(ctx.caseworkers);
  const personId = random.uuid();
  // Long-running clients came to the group years ago; most came recently.
  const yearsBack = communicationCount > 300 ? random.int(3, 6) * 365 : random.longTail(300, 0.9, 7, 6 * 365);
  const firstOpened = addDays(ctx.anchor, -yearsBack);
  const legalName = `${given} ${family}`;
  const clientWords = [legalName];

  rows.people.push({
    id: personId,
    displayName: `${given} ${family.charAt(0)}.`,
    dateOfBirth: ctx.cipher.seal('people.date_of_birth', addDays('1970-01-01', random.int(0, 12_000))),
    dateOfBirthPrecision: random.chance(0.8) ? 'exact' : 'approximate',
    nationality: origin.nationality,
    languages: [...origin.languages],
    interpreterNeeded: !origin.languages.includes('English' as never),
    interpreterLanguage: origin.languages.includes('English' as never) ? null : (origin.languages[0] ?? null),
    pronouns: random.weighted(PRONOUNS),
    safeContact: sealSafeContact(ctx.cipher, {
      call: random.chance(0.7),
      text: random.chance(0.8),
      voicemail: random.chance(0.2),
      post: random.chance(0.3),
      codeWord: random.chance(0.2) ? 'Blue umbrella' : null,
      safeTimes: random.chance(0.5) ? 'Weekdays 10:00–14:00' : null,
      notes: null,
    }),
    riskFlags: RISK_FLAGS.filter(() => random.chance(0.12)),
    keyWorkerId: worker.id,
    teamId: worker.teamId,
    restricted: random.chance(0.05),
    createdAt: at(firstOpened),
    updatedAt: at(firstOpened),
  });
  rows.aliases.push({
    personId,
    name: ctx.cipher.seal('person_aliases.name', legalName),
    nameIndex: ctx.cipher.blindIndex('name', legalName),
    kind: 'legal',
    createdAt: at(firstOpened),
    updatedAt: at(firstOpened),
  });

  // Most clients have one or two case files, opened one after the other; only the latest may be open.
  const caseCount = random.weighted([
    [1, 30],
    [2, 40],
    [3, 30],
  ] as const);
  const span = Math.max(1, daysBetween(firstOpened, ctx.anchor));
  let remaining = communicationCount;
  for (let c = 0; c < caseCount; c++) {
    const latest = c === caseCount - 1;
    const opened = addDays(firstOpened, Math.floor((span * c) / caseCount));
    const end = latest ? ctx.anchor : addDays(firstOpened, Math.floor((span * (c + 1)) / caseCount) - 1);
    const closed = latest ? (random.chance(0.15) ? end : null) : end;
    const share = latest ? remaining : Math.floor(remaining * random.next() * 0.4);
    remaining -= share;
    addCase(rows, random, ctx, {
      n,
      personId,
      worker,
      opened,
      lastDay: end,
      closed,
      communicationCount: share,
      clientWords,
      matterNumberBase: c * 3,
    });
  }
}

interface CaseArgs {
  n: number;
  personId: string;
  worker: { id: string; teamId: string };
  opened: string;
  /** The last day anything happens on it: the day it closed, or today. */
  lastDay: string;
  closed: string | null;
  communicationCount: number;
  clientWords: string[];
  matterNumberBase: number;
}

function addCase(rows: LargeRows, random: SeededRandom, ctx: LargeContext, a: CaseArgs): void {
  const caseId = random.uuid();
  const by = a.worker.id;
  rows.cases.push({
    id: caseId,
    personId: a.personId,
    status: a.closed ? 'closed' : 'open',
    openedOn: a.opened,
    closedOn: a.closed,
    leadCaseworkerId: by,
    teamId: a.worker.teamId,
    createdAt: at(a.opened),
    updatedAt: at(a.closed ?? a.opened),
  });
  rows.events.push({
    personId: a.personId,
    caseId,
    kind: 'case_opened',
    occurredOn: a.opened,
    recordedById: by,
  });

  const length = Math.max(1, daysBetween(a.opened, a.lastDay));
  const matterCount = random.weighted([
    [1, 25],
    [2, 45],
    [3, 30],
  ] as const);
  const caseMatters: { id: string; kind: MatterKind; agency: Agency | null; reference: string | null }[] = [];
  for (let m = 0; m < matterCount; m++) {
    const kind = random.weighted(KIND_WEIGHTS);
    const agency = ctx.agencies[kind].length > 0 ? random.pick(ctx.agencies[kind]) : null;
    const reference = referenceFor(kind, a.n, a.matterNumberBase + m);
    if (reference) a.clientWords.push(reference);
    const matterOpened = addDays(a.opened, random.int(0, Math.min(60, length)));
    const matterId = addMatter(rows, random, ctx, {
      caseArgs: a,
      caseId,
      kind,
      agency,
      reference,
      opened: matterOpened,
    });
    caseMatters.push({ id: matterId, kind, agency, reference });
  }

  // Notes: a few a case, one in five marked sensitive (sealed).
  for (let i = random.int(0, 3); i > 0; i--) {
    const sensitive = random.chance(0.2);
    rows.events.push({
      personId: a.personId,
      caseId,
      kind: 'note',
      occurredOn: addDays(a.opened, random.int(0, length)),
      recordedById: by,
      note: storedNote(ctx.cipher, random.pick(NOTE_TEXTS), sensitive),
      sensitive,
    });
  }

  addReviews(rows, random, ctx, a, caseId);
  addCommunications(rows, random, ctx, a, caseId, caseMatters, length);
  addAppointments(rows, random, ctx, a, caseId, caseMatters, length);

  if (a.closed) {
    rows.events.push({
      personId: a.personId,
      caseId,
      kind: 'case_closed',
      occurredOn: a.closed,
      recordedById: by,
    });
  }
}

interface MatterArgs {
  caseArgs: CaseArgs;
  caseId: string;
  kind: MatterKind;
  agency: Agency | null;
  reference: string | null;
  opened: string;
}

/** A matter walked through its kind's stage machine, with the deadlines each stage started. */
function addMatter(rows: LargeRows, random: SeededRandom, ctx: LargeContext, m: MatterArgs): string {
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

function addCommunications(
  rows: LargeRows,
  random: SeededRandom,
  ctx: LargeContext,
  a: CaseArgs,
  caseId: string,
  caseMatters: readonly { id: string; kind: MatterKind; agency: Agency | null; reference: string | null }[],
  length: number,
): void {
  const by = a.worker.id;
  // A copy, frozen for this case's letters (later cases add their references to the client's list).
  const clientWords = Object.freeze([...a.clientWords]);
  for (let i = 0; i < a.communicationCount; i++) {
    const matter = random.pick(caseMatters);
    const occurredOn = addDays(a.opened, Math.floor((length * (i + random.next())) / a.communicationCount));
    const channel = random.weighted([
      ['letter', 30],
      ['email', 40],
      ['phone_call', 20],
      ['meeting', 5],
      ['online_form', 5],
    ] as const);
    const outgoing = random.chance(0.6);
    const spoken = channel === 'phone_call' || channel === 'meeting';
    const [topic, opening] = random.pick(LETTER_TOPICS[matter.kind]);
    const subject = outgoing ? topic : `Re: ${topic}`;
    const body = spoken ? random.pick(CALL_NOTES) : letterBody(random, opening, matter.reference);
    const counterpartLabel = matter.agency?.name ?? 'Client';
    const recent = daysBetween(occurredOn, ctx.anchor) <= 30;
    const awaiting = outgoing && !spoken && !a.closed && recent && random.chance(0.6);
    const id = random.uuid();
    rows.communications.push({
      id,
      personId: a.personId,
      caseId,
      matterId: matter.id,
      direction: outgoing ? 'outgoing' : 'incoming',
      channel,
      agencyId: matter.agency?.id ?? null,
      counterpartLabel,
      occurredOn,
      ...sealCommunicationText(ctx.cipher, { subject, counterpartLabel, body }, clientWords),
      replyState: outgoing && !spoken ? (awaiting ? 'awaiting' : 'answered') : null,
      replyDue: awaiting ? addDays(occurredOn, 14) : null,
      replyDueExplanation: awaiting ? '10 working days, the practice default.' : null,
      confirmation: spoken ? (recent && random.chance(0.3) ? 'needed' : 'done') : null,
      recordedById: by,
      createdAt: at(occurredOn, 11),
      updatedAt: at(occurredOn, 11),
    });
    rows.events.push({
      personId: a.personId,
      caseId,
      matterId: matter.id,
      kind: 'communication',
      occurredOn,
      recordedById: by,
      communicationId: id,
    });
  }
}

/** A letter's text: the topic's opening and a few paragraphs, sometimes quoting the agency's reference. */
function letterBody(random: SeededRandom, opening: string, reference: string | null): string {
  const paragraphs = [
    `Dear Sir or Madam,`,
    `${opening}${reference && random.chance(0.5) ? ` (your reference ${reference})` : ''}.`,
  ];
  for (let p = random.int(1, 3); p > 0; p--) {
    const sentences: string[] = [];
    for (let s = random.int(2, 4); s > 0; s--) sentences.push(random.pick(LETTER_SENTENCES));
    paragraphs.push(sentences.join(' '));
  }
  paragraphs.push('Yours faithfully,\nCaseworker');
  return paragraphs.join('\n\n');
}

const APPOINTMENT_TYPES: Record<MatterKind, readonly (keyof typeof APPOINTMENT_PLACES)[]> = {
  police_report: ['police_interview', 'solicitor', 'medical'],
  nrm_referral: ['solicitor', 'medical', 'other'],
  asylum_claim: ['home_office_reporting', 'asylum_interview', 'solicitor', 'tribunal_hearing'],
  social_services: ['social_services_meeting', 'child_protection_conference'],
};

function addAppointments(
  rows: LargeRows,
  random: SeededRandom,
  ctx: LargeContext,
  a: CaseArgs,
  caseId: string,
  caseMatters: readonly { id: string; kind: MatterKind }[],
  length: number,
): void {
  const count = random.weighted([
    [0, 25],
    [1, 35],
    [2, 20],
    [3, 12],
    [5, 8],
  ] as const);
  for (let i = 0; i < count; i++) {
    const matter = random.pick(caseMatters);
    const type = random.pick(APPOINTMENT_TYPES[matter.kind]);
    // One in ten of an open case's appointments is still to come, within the next two months.
    const upcoming = !a.closed && random.chance(0.1);
    const day = upcoming ? addDays(ctx.anchor, random.int(1, 60)) : addDays(a.opened, random.int(0, length));
    const startsAt = new Date(at(day, random.int(9, 15)).getTime() + random.pick([0, 30]) * 60_000);
    const id = random.uuid();
    const cancelled = random.chance(0.08);
    rows.appointments.push({
      id,
      personId: a.personId,
      caseId,
      matterId: matter.id,
      type,
      startsAt,
      endsAt: new Date(startsAt.getTime() + random.pick([60, 90, 120]) * 60_000),
      place: APPOINTMENT_PLACES[type],
      area: random.pick(AREAS),
      interpreterNeeded: random.chance(0.4),
      accompanimentNeeded: random.chance(0.7),
      status: cancelled ? 'cancelled' : 'scheduled',
      cancelledReason: cancelled ? 'Rearranged by the agency.' : null,
      cancelledAt: cancelled ? at(day, 8) : null,
      createdById: a.worker.id,
      createdAt: at(addDays(day, -random.int(3, 20))),
      updatedAt: at(addDays(day, -random.int(0, 2))),
    });
    if (ctx.volunteers.length > 0 && random.chance(0.3)) {
      rows.volunteers.push({
        appointmentId: id,
        userId: random.pick(ctx.volunteers),
        status: random.chance(0.85) ? 'accepted' : 'offered',
        assignedById: a.worker.id,
      });
    }
  }
}

const REVIEW_NOTES = [
  'Case reviewed with the caseworker; next steps agreed.',
  'Reviewed: waiting on the agency; caseworker to chase.',
  'Reviewed: client well supported, no concerns.',
] as const;

/** Supervision: most cases reviewed about every three months, an open one lately (the rest fall due). */
function addReviews(
  rows: LargeRows,
  random: SeededRandom,
  ctx: LargeContext,
  a: CaseArgs,
  caseId: string,
): void {
  if (ctx.supervisors.length === 0) return;
  const last = a.closed ?? (random.chance(0.85) ? addDays(ctx.anchor, -random.int(1, 80)) : null);
  if (!last || last < a.opened) return;
  for (let on = last, n = 0; on >= a.opened && n < 6; on = addDays(on, -random.int(80, 100)), n++) {
    rows.reviews.push({
      caseId,
      personId: a.personId,
      reviewerId: random.pick(ctx.supervisors),
      reviewedOn: on,
      notes: random.pick(REVIEW_NOTES),
      nextReviewOn: addDays(on, 90),
      createdAt: at(on, 15),
      updatedAt: at(on, 15),
    });
  }
}
