import type { MatterKind } from '@umbrella/domain';
import { storedNote } from '../crypto/notes.ts';
import { sealSafeContact } from '../crypto/safe-contact.ts';
import { addAppointments } from './appointment-rows.ts';
import { addCommunications } from './communication-rows.ts';
import {
  addDays,
  at,
  daysBetween,
  type CaseArgs,
  type CaseMatter,
  type LargeContext,
  type LargeRows,
} from './large-rows.ts';
import { addMatter } from './matter-rows.ts';
import type { SeededRandom } from './random.ts';
import { addReviews } from './review-rows.ts';
import { NOTE_TEXTS, ORIGINS, PRONOUNS, RISK_FLAGS } from './words.ts';

const KIND_WEIGHTS = [
  ['police_report', 35],
  ['nrm_referral', 25],
  ['asylum_claim', 25],
  ['social_services', 15],
] as const satisfies readonly (readonly [MatterKind, number])[];

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
  const caseMatters: CaseMatter[] = [];
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
