import { randomUUID } from 'node:crypto';
import { CLOSED, computeReplyDue, detailsImpliedByStage, type MatterKind } from '@umbrella/domain';
import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import type { FieldCipher } from '../crypto/cipher.ts';
import type { Unsealed } from '../crypto/ciphertext.ts';
import { sealCommunicationText } from '../crypto/communication-text.ts';
import { storedNote } from '../crypto/notes.ts';
import { sealSafeContact } from '../crypto/safe-contact.ts';
import { contacts } from '../schema/agencies.ts';
import { cases } from '../schema/cases.ts';
import { communications, documents } from '../schema/communications.ts';
import { consents, disclosures } from '../schema/disclosures.ts';
import {
  asylumClaimDetails,
  matters,
  nrmReferralDetails,
  policeReportDetails,
  socialServicesDetails,
} from '../schema/matters.ts';
import { people, personAliases } from '../schema/people.ts';
import { timelineEvents } from '../schema/timeline.ts';
import { demoFile } from './attachment-files.ts';
import { counterpartLabel, recipientOf, resolveCommunications } from './communication-story.ts';
import { communicationDisclosure, consentRows } from './consent-rows.ts';
import { DEMO_CONTACTS, type DemoContactKey } from './contacts.ts';
import {
  ago,
  DEMO_ANCHOR_DATE,
  type DemoClient,
  type DemoStep,
  type StaffKey,
  type TeamKey,
} from './story.ts';
import { demoStoryProblems } from './validate.ts';

/** Ids the clients point at, loaded before them in the same transaction. */
export interface DemoRefs {
  staff: Readonly<Record<StaffKey, string>>;
  teams: Readonly<Record<TeamKey, string>>;
  /** Agency ids by directory name. */
  agencies: ReadonlyMap<string, string>;
  /** Each agency's own reply time in working days, by directory name, where it has one. */
  agencyReplyDays: ReadonlyMap<string, number | null>;
}

export interface DemoClientCounts {
  contacts: number;
  clients: number;
  aliases: number;
  cases: number;
  matters: number;
  timelineEvents: number;
  communications: number;
  /** Files attached to communications. */
  documents: number;
  consents: number;
  /** Scanned consent forms, kept as documents too. */
  consentForms: number;
  /** One for everything sent. */
  disclosures: number;
}

type EventRow = typeof timelineEvents.$inferInsert;

interface Rows {
  people: (typeof people.$inferInsert)[];
  aliases: (typeof personAliases.$inferInsert)[];
  cases: (typeof cases.$inferInsert)[];
  matters: (typeof matters.$inferInsert)[];
  police: (typeof policeReportDetails.$inferInsert)[];
  nrm: (typeof nrmReferralDetails.$inferInsert)[];
  asylum: (typeof asylumClaimDetails.$inferInsert)[];
  social: (typeof socialServicesDetails.$inferInsert)[];
  events: EventRow[];
  // The search vector is built in SQL from the words without the client's names.
  communications: (Omit<typeof communications.$inferInsert, 'search'> & { search: SQL })[];
  documents: (typeof documents.$inferInsert)[];
  consents: (typeof consents.$inferInsert)[];
  consentForms: (typeof documents.$inferInsert)[];
  disclosures: (typeof disclosures.$inferInsert)[];
}

// On one day, events are listed in the order they would have been recorded.
const SAME_DAY_ORDER: Record<EventRow['kind'], number> = {
  case_opened: 0,
  matter_opened: 1,
  stage_change: 2,
  matter_reopened: 2,
  note: 3,
  communication: 3,
  accompaniment_report: 3,
  supervision_review: 3,
  key_worker_changed: 3,
  case_closed: 4,
};

/** A time on the given day, so rows read as recorded then; `minutes` keeps a day's events in order. */
function recordedAt(date: string, minutes = 0): Date {
  return new Date(Date.parse(`${date}T09:00:00Z`) + minutes * 60_000);
}

/** How to reach a demo contact, as the officer-contact line of a police report. */
function contactLine(contact: (typeof DEMO_CONTACTS)[DemoContactKey] | undefined): string | null {
  if (!contact) return null;
  return ('email' in contact ? contact.email : undefined) ?? ('phone' in contact ? contact.phone : null);
}

/** The details a matter's stages imply (decision dates, referral date, ...), the latest winning. */
function impliedDetails<T>(kind: MatterKind, steps: readonly DemoStep[]): Partial<T> {
  const implied: Record<string, string> = {};
  for (const step of steps) {
    if (step.stage !== CLOSED) Object.assign(implied, detailsImpliedByStage(kind, step.stage, ago(step.on)));
  }
  return implied as Partial<T>;
}

const REFERENCE_FIELDS = ['crimeReference', 'nrmReference', 'homeOfficeReference', 'appealNumber'];

/** What the search index of the client's letters must not hold: their other names and their references. */
function demoClientWords(client: DemoClient): string[] {
  return [
    ...(client.aliases ?? []).map((a) => a.name),
    ...client.matters.flatMap((m) =>
      Object.entries(m.details).flatMap(([field, value]) =>
        REFERENCE_FIELDS.includes(field) && typeof value === 'string' ? [value] : [],
      ),
    ),
  ];
}

function addClient(
  rows: Rows,
  client: DemoClient,
  refs: DemoRefs,
  contactIds: Map<DemoContactKey, string>,
  cipher: FieldCipher,
): void {
  const agencyId = (name: string): string => {
    const id = refs.agencies.get(name);
    if (!id)
      throw new Error(`The demo needs the agency "${name}" from the starter directory, and it is missing.`);
    return id;
  };
  const personId = randomUUID();
  const caseId = randomUUID();
  const { caseFile } = client;
  const clientWords = demoClientWords(client);
  const lead = caseFile.lead ?? client.keyWorker;
  const staff = (key: StaffKey | undefined) => refs.staff[key ?? lead];
  const opened = ago(caseFile.opened);
  const closed = caseFile.closed === undefined ? null : ago(caseFile.closed);
  const events: Omit<EventRow, 'personId'>[] = [
    {
      kind: 'case_opened',
      caseId,
      occurredOn: opened,
      recordedById: staff(lead),
      note: caseFile.openedNote ?? null,
    },
  ];
  for (const note of caseFile.notes ?? []) {
    events.push({
      kind: 'note',
      caseId,
      occurredOn: ago(note.on),
      recordedById: staff(note.by),
      note: storedNote(cipher, note.text, note.sensitive ?? false),
      sensitive: note.sensitive ?? false,
    });
  }

  const matterIds: string[] = [];
  for (const matter of client.matters) {
    const matterId = randomUUID();
    matterIds.push(matterId);
    const [first, ...rest] = matter.steps;
    if (!first) throw new Error(`${client.displayName}: a demo matter needs at least one step.`);
    events.push({
      kind: 'matter_opened',
      caseId,
      matterId,
      occurredOn: ago(first.on),
      recordedById: staff(first.by),
      toStage: first.stage,
      note: first.note ?? null,
    });
    let stage = first.stage;
    let previous: string | null = null;
    for (const step of rest) {
      events.push({
        kind: 'stage_change',
        caseId,
        matterId,
        occurredOn: ago(step.on),
        recordedById: staff(step.by),
        fromStage: stage,
        toStage: step.stage,
        note: step.note ?? null,
      });
      previous = stage;
      stage = step.stage;
    }
    for (const note of matter.notes ?? []) {
      events.push({
        kind: 'note',
        caseId,
        matterId,
        occurredOn: ago(note.on),
        recordedById: staff(note.by),
        note: storedNote(cipher, note.text, note.sensitive ?? false),
        sensitive: note.sensitive ?? false,
      });
    }

    const lastStep = rest.at(-1) ?? first;
    const contact = matter.contact ? DEMO_CONTACTS[matter.contact] : undefined;
    let reference: string | null = null;
    switch (matter.kind) {
      case 'police_report': {
        const details = {
          ...impliedDetails<Unsealed<typeof policeReportDetails.$inferInsert>>(matter.kind, matter.steps),
          ...matter.details,
        };
        reference = details.crimeReference ?? null;
        rows.police.push({
          ...details,
          crimeReference: cipher.sealOrNull('police_report_details.crime_reference', details.crimeReference),
          crimeReferenceIndex: cipher.blindIndex('reference', details.crimeReference),
          matterId,
          forceAgencyId: agencyId(matter.agency),
          officerInCharge: details.officerInCharge ?? contact?.name ?? null,
          officerContact: details.officerContact ?? contactLine(contact),
        });
        break;
      }
      case 'nrm_referral': {
        const details = {
          ...impliedDetails<Unsealed<typeof nrmReferralDetails.$inferInsert>>(matter.kind, matter.steps),
          ...matter.details,
        };
        reference = details.nrmReference ?? null;
        rows.nrm.push({
          ...details,
          nrmReference: cipher.sealOrNull('nrm_referral_details.nrm_reference', details.nrmReference),
          nrmReferenceIndex: cipher.blindIndex('reference', details.nrmReference),
          matterId,
        });
        break;
      }
      case 'asylum_claim': {
        const details = {
          ...impliedDetails<Unsealed<typeof asylumClaimDetails.$inferInsert>>(matter.kind, matter.steps),
          ...matter.details,
        };
        reference = details.homeOfficeReference ?? null;
        rows.asylum.push({
          ...details,
          homeOfficeReference: cipher.sealOrNull(
            'asylum_claim_details.home_office_reference',
            details.homeOfficeReference,
          ),
          homeOfficeReferenceIndex: cipher.blindIndex('reference', details.homeOfficeReference),
          appealNumber: cipher.sealOrNull('asylum_claim_details.appeal_number', details.appealNumber),
          appealNumberIndex: cipher.blindIndex('reference', details.appealNumber),
          matterId,
        });
        break;
      }
      case 'social_services': {
        const details = {
          ...impliedDetails<typeof socialServicesDetails.$inferInsert>(matter.kind, matter.steps),
          ...matter.details,
        };
        rows.social.push({
          ...details,
          matterId,
          socialWorker: details.socialWorker ?? contact?.name ?? null,
        });
        break;
      }
    }
    rows.matters.push({
      id: matterId,
      caseId,
      personId,
      kind: matter.kind,
      stage,
      stageBeforeClosing: stage === CLOSED ? previous : null,
      stageChangedOn: ago(lastStep.on),
      reference: cipher.sealOrNull('matters.reference', reference),
      referenceIndex: cipher.blindIndex('reference', reference),
      agencyId: agencyId(matter.agency),
      contactId: matter.contact ? (contactIds.get(matter.contact) ?? null) : null,
      openedOn: ago(first.on),
      createdAt: recordedAt(ago(first.on)),
      updatedAt: recordedAt(ago(lastStep.on)),
    });
  }
  const consented = consentRows(client.consents ?? [], { personId, opened, staff }, cipher);
  rows.consents.push(...consented.consents);
  rows.consentForms.push(...consented.forms);

  const logged = resolveCommunications(client.communications ?? []).items.map((item) => ({
    item,
    id: randomUUID(),
    matterId: item.story.matter === undefined ? null : (matterIds[item.story.matter] ?? null),
    recordedById: staff(item.story.by),
  }));
  for (const { item, id, matterId, recordedById } of logged) {
    events.push({
      kind: 'communication',
      caseId,
      matterId,
      occurredOn: item.date,
      recordedById,
      communicationId: id,
    });
  }

  if (closed) {
    events.push({
      kind: 'case_closed',
      caseId,
      occurredOn: closed,
      recordedById: staff(lead),
      note: caseFile.closedNote ?? null,
    });
  }

  // Sorted by day, then in recording order; each gets a distinct recorded time so the order survives a reload.
  const sorted = events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        a.event.occurredOn.localeCompare(b.event.occurredOn) ||
        SAME_DAY_ORDER[a.event.kind] - SAME_DAY_ORDER[b.event.kind] ||
        a.index - b.index,
    )
    .map(({ event }, minute) => {
      const at = recordedAt(event.occurredOn, minute);
      return { ...event, personId, createdAt: at, updatedAt: at };
    });
  rows.events.push(...sorted);
  const lastChange = sorted.at(-1)?.createdAt ?? recordedAt(opened);

  // Each communication was recorded when its timeline event was, and last changed when a later one was logged.
  const loggedAt = new Map(
    sorted.flatMap((e) => (e.communicationId ? [[e.communicationId, e.createdAt]] : [])),
  );
  const at = (index: number) => loggedAt.get(logged[index]?.id ?? '') ?? recordedAt(opened);
  const idOf = (index: number | null) => (index === null ? null : (logged[index]?.id ?? null));
  logged.forEach(({ item, id, matterId, recordedById }, index) => {
    const { story } = item;
    const agency = story.agency ?? null;
    const expectsReply = item.replyState !== null;
    const due = expectsReply
      ? computeReplyDue({
          sentOn: item.date,
          agencyWorkingDays: agency ? (refs.agencyReplyDays.get(agency) ?? null) : null,
          agencyName: agency,
          jurisdiction: 'england-and-wales',
          today: DEMO_ANCHOR_DATE,
        })
      : null;
    rows.communications.push({
      id,
      version: item.version,
      personId,
      caseId,
      matterId,
      direction: story.direction,
      channel: story.channel,
      agencyId: agency ? agencyId(agency) : null,
      contactId: story.contact ? (contactIds.get(story.contact) ?? null) : null,
      counterpartName: story.name ?? null,
      counterpartLabel: counterpartLabel(story),
      occurredOn: item.date,
      ...sealCommunicationText(
        cipher,
        { subject: story.subject, counterpartLabel: counterpartLabel(story), body: story.body ?? null },
        clientWords,
      ),
      jurisdiction: 'england-and-wales',
      replyState: item.replyState,
      replyDue: due?.due ?? null,
      replyDueExplanation: due?.explanation ?? null,
      answeredById: idOf(item.answeredBy),
      chaserOfId: idOf(item.chaserOf),
      confirmation: item.confirmation,
      confirmationNote: story.notConfirmed ?? null,
      confirmsId: idOf(item.confirmsOf),
      recordedById,
      createdAt: at(index),
      updatedAt: at(item.lastChangedBy),
    });
    const recipient = recipientOf(story);
    if (recipient) {
      rows.disclosures.push(
        communicationDisclosure({
          story,
          recipient,
          facts: consented.facts,
          matterKind: story.matter === undefined ? undefined : client.matters[story.matter]?.kind,
          personId,
          caseId,
          communicationId: id,
          agencyId: agency ? agencyId(agency) : null,
          recordedById,
          date: item.date,
          at: at(index),
        }),
      );
    }
    if (story.attachment) {
      const file = demoFile(story.attachment);
      rows.documents.push({
        personId,
        communicationId: id,
        uploadedById: recordedById,
        filename: file.filename,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        content: cipher.sealBytes('documents.content', file.content),
        attachedAt: at(index),
        createdAt: at(index),
        updatedAt: at(index),
      });
    }
  });

  rows.people.push({
    id: personId,
    displayName: client.displayName,
    dateOfBirth: cipher.sealOrNull('people.date_of_birth', client.dateOfBirth),
    dateOfBirthPrecision: client.dateOfBirth ? (client.dateOfBirthPrecision ?? 'exact') : 'unknown',
    nationality: client.nationality ?? null,
    languages: [...client.languages],
    interpreterNeeded: client.interpreter !== undefined,
    interpreterLanguage: client.interpreter ?? null,
    pronouns: client.pronouns ?? null,
    safeContact: sealSafeContact(cipher, client.contact),
    riskFlags: [...(client.flags ?? [])],
    keyWorkerId: refs.staff[client.keyWorker],
    teamId: refs.teams[client.team],
    restricted: client.restricted ?? false,
    notes: cipher.sealOrNull('people.notes', client.notes),
    createdAt: recordedAt(opened),
    updatedAt: lastChange,
  });
  for (const alias of client.aliases ?? []) {
    rows.aliases.push({
      personId,
      name: cipher.seal('person_aliases.name', alias.name),
      nameIndex: cipher.blindIndex('name', alias.name),
      kind: alias.kind,
      knownToAgencyIds: alias.knownTo.map(agencyId),
      notes: alias.notes ?? null,
      createdAt: recordedAt(opened),
      updatedAt: recordedAt(opened),
    });
  }
  rows.cases.push({
    id: caseId,
    personId,
    status: closed ? 'closed' : 'open',
    openedOn: opened,
    closedOn: closed,
    leadCaseworkerId: refs.staff[lead],
    teamId: refs.teams[client.team],
    createdAt: recordedAt(opened),
    updatedAt: lastChange,
  });
}

/**
 * Turns the demo stories into rows and inserts them in bulk, inside the caller's transaction: the demo contacts,
 * then clients, aliases, case files, matters with their details, communications with their attachments, the
 * clients' consents, a disclosure for everything sent, and timeline events.
 */
export async function loadDemoClients(
  tx: DbOrTx,
  clients: readonly DemoClient[],
  refs: DemoRefs,
  cipher: FieldCipher,
): Promise<DemoClientCounts> {
  const problems = demoStoryProblems(clients);
  if (problems.length > 0) throw new Error(`The demo stories are inconsistent:\n${problems.join('\n')}`);

  const contactIds = new Map<DemoContactKey, string>();
  const contactRows = Object.entries(DEMO_CONTACTS).map(([key, contact]) => {
    const id = randomUUID();
    contactIds.set(key as DemoContactKey, id);
    const agencyId = refs.agencies.get(contact.agency);
    if (!agencyId)
      throw new Error(`The demo needs the agency "${contact.agency}" from the starter directory.`);
    return {
      id,
      agencyId,
      name: contact.name,
      role: contact.role,
      email: 'email' in contact ? contact.email : null,
      phone: 'phone' in contact ? contact.phone : null,
    };
  });

  const rows: Rows = {
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
    documents: [],
    consents: [],
    consentForms: [],
    disclosures: [],
  };
  for (const client of clients) addClient(rows, client, refs, contactIds, cipher);

  await tx.insert(contacts).values(contactRows);
  await tx.insert(people).values(rows.people);
  if (rows.aliases.length > 0) await tx.insert(personAliases).values(rows.aliases);
  await tx.insert(cases).values(rows.cases);
  await tx.insert(matters).values(rows.matters);
  if (rows.police.length > 0) await tx.insert(policeReportDetails).values(rows.police);
  if (rows.nrm.length > 0) await tx.insert(nrmReferralDetails).values(rows.nrm);
  if (rows.asylum.length > 0) await tx.insert(asylumClaimDetails).values(rows.asylum);
  if (rows.social.length > 0) await tx.insert(socialServicesDetails).values(rows.social);
  // One statement: replies, chasers and confirmations point at rows of the same insert.
  if (rows.communications.length > 0) await tx.insert(communications).values(rows.communications);
  if (rows.documents.length > 0) await tx.insert(documents).values(rows.documents);
  if (rows.consentForms.length > 0) await tx.insert(documents).values(rows.consentForms);
  if (rows.consents.length > 0) await tx.insert(consents).values(rows.consents);
  // Each communication's disclosure, on the consent it relied on: one statement for all of them.
  if (rows.disclosures.length > 0) await tx.insert(disclosures).values(rows.disclosures);
  await tx.insert(timelineEvents).values(rows.events);

  return {
    contacts: contactRows.length,
    clients: rows.people.length,
    aliases: rows.aliases.length,
    cases: rows.cases.length,
    matters: rows.matters.length,
    timelineEvents: rows.events.length,
    communications: rows.communications.length,
    documents: rows.documents.length,
    consents: rows.consents.length,
    consentForms: rows.consentForms.length,
    disclosures: rows.disclosures.length,
  };
}
