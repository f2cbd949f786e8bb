import { randomUUID } from 'node:crypto';
import {
  addCalendarDays,
  communicationHeading,
  computeReplyDue,
  createCommunicationInput,
  decideDisclosure,
  londonToday,
  recipientCategoryOfAgency,
  RECIPIENT_CATEGORY_LABELS,
} from '@umbrella/domain';
import { and, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import type { FieldCipher } from '../crypto/cipher.ts';
import {
  clientSearchWords,
  sealCommunicationText,
  sealPendingCommunication,
} from '../crypto/communication-text.ts';
import { agencies } from '../schema/agencies.ts';
import { communications } from '../schema/communications.ts';
import { consents, disclosures } from '../schema/disclosures.ts';
import { matters } from '../schema/matters.ts';
import { timelineEvents } from '../schema/timeline.ts';
import { DEMO_CLIENTS } from './clients.ts';
import { demoClient, loadDemoClients, type DemoClientRow } from './demo-clients.ts';
import { DEMO_PRINTS, DEMO_SHARING_REQUESTS, type DemoSharingRequest } from './disclosure-story.ts';
import { ago, type StaffKey } from './story.ts';

type DisclosureRow = typeof disclosures.$inferInsert;
interface Agency {
  id: string;
  name: string;
  category: string;
  replyDays: number | null;
}

/** A moment on that day (UTC hours: close enough to London for the record). */
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/** The day itself, or the Friday before when it falls on a weekend: nobody asks or decides on a Sunday. */
function weekday(day: string): string {
  const weekdayNumber = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addCalendarDays(day, weekdayNumber === 6 ? -1 : weekdayNumber === 0 ? -2 : 0);
}

/**
 * The sharing requests and prints of the demo: requests to share without consent (one approved and logged as
 * sent, one refused, one still awaiting the supervisor), dated from the day the demo is loaded; and chronologies
 * printed for the file. The disclosures of ordinary communications are loaded with the communications.
 */
export async function loadDemoDisclosures(
  tx: DbOrTx,
  staff: Record<StaffKey, string>,
  now: Date,
  cipher: FieldCipher,
): Promise<{ disclosures: number; communications: number; timelineEvents: number }> {
  const today = londonToday(now);
  const clients = await loadDemoClients(tx);
  const directory = await tx
    .select({
      id: agencies.id,
      name: agencies.name,
      category: agencies.category,
      replyDays: agencies.replyExpectedWorkingDays,
    })
    .from(agencies);
  const agencyNamed = (name: string): Agency => {
    const agency = directory.find((row) => row.name === name);
    if (!agency) throw new Error(`The demo needs the agency "${name}" from the starter directory.`);
    return agency;
  };

  const rows: DisclosureRow[] = [];
  let logged = 0;
  for (const request of DEMO_SHARING_REQUESTS) {
    const client = demoClient(clients, request.client);
    const row = await requestRow(tx, request, client, agencyNamed(request.agency), staff, today, cipher);
    if (row.sent) {
      await tx.insert(communications).values(row.sent.communication);
      await tx.insert(timelineEvents).values(row.sent.event);
      logged += 1;
    }
    rows.push(row.disclosure);
  }
  for (const print of DEMO_PRINTS) {
    const client = demoClient(clients, print.client);
    const printedAt = at(ago(print.on), 15);
    rows.push({
      personId: client.personId,
      caseId: client.caseId,
      kind: 'print',
      status: 'made',
      recipientCategory: 'own_organisation',
      recipientLabel: RECIPIENT_CATEGORY_LABELS.own_organisation,
      informationShared: ['identity', 'case_details'],
      basis: 'own_casework',
      description: 'Chronology printed',
      requestedById: staff[print.by],
      madeAt: printedAt,
      createdAt: printedAt,
      updatedAt: printedAt,
    });
  }
  await tx.insert(disclosures).values(rows);
  return { disclosures: rows.length, communications: logged, timelineEvents: logged };
}

/**
 * One request as the application would hold it: the communication as typed, parsed exactly as
 * disclosures.requestApproval stores it; once approved, logged as sent on the day of the approval, recorded by
 * whoever asked. The firewall must really have held it back, or the story is wrong.
 */
async function requestRow(
  tx: DbOrTx,
  request: DemoSharingRequest,
  client: DemoClientRow,
  agency: Agency,
  staff: Record<StaffKey, string>,
  today: string,
  cipher: FieldCipher,
): Promise<{
  disclosure: DisclosureRow;
  /** An approved one: the communication logged, and its timeline event. */
  sent?: {
    communication: Omit<typeof communications.$inferInsert, 'search'> & { search: SQL };
    event: typeof timelineEvents.$inferInsert;
  };
}> {
  const requestedOn = weekday(addCalendarDays(today, request.day));
  const requestedAt = at(requestedOn, 11);
  const recipient = recipientCategoryOfAgency(agency.category);
  const held = await tx
    .select({
      id: consents.id,
      categories: consents.categories,
      givenOn: consents.givenOn,
      withdrawnAt: consents.withdrawnAt,
    })
    .from(consents)
    .where(eq(consents.personId, client.personId));
  const firewall = decideDisclosure(recipient, held, requestedAt, requestedOn);
  if (firewall.outcome !== 'needs_approval') {
    throw new Error(`Demo data: "${request.subject}" needs no approval, so it cannot be a request.`);
  }
  const matterId = await matterOf(tx, request, client);
  const input = createCommunicationInput.parse({
    personId: client.personId,
    matterId,
    channel: request.channel,
    direction: 'outgoing',
    agencyId: agency.id,
    occurredOn: requestedOn,
    subject: request.subject,
    body: request.body,
    expectsReply: request.expectsReply ?? false,
    informationShared: request.shares,
    legalBasis: request.legalBasis,
    basisDetails: request.basisDetails,
  });
  const requestedById = staff[request.by];
  const asked: DisclosureRow = {
    personId: client.personId,
    caseId: client.caseId,
    kind: 'communication',
    status: 'awaiting_approval',
    recipientCategory: recipient,
    agencyId: agency.id,
    recipientLabel: agency.name,
    informationShared: input.informationShared,
    basis: 'legal_basis',
    legalBasis: input.legalBasis,
    basisDetails: input.basisDetails,
    description: communicationHeading(input.channel, input.direction),
    requestedById,
    createdAt: requestedAt,
    updatedAt: requestedAt,
  };
  const { decision } = request;
  if (!decision) {
    return { disclosure: { ...asked, pendingCommunication: sealPendingCommunication(cipher, input) } };
  }

  const decidedOn = [weekday(addCalendarDays(today, decision.day)), requestedOn].sort().at(-1) as string;
  const decidedAt = at(decidedOn, 15);
  const decided = {
    ...asked,
    version: 2,
    decidedById: staff[decision.by],
    decidedAt,
    decisionReason: decision.reason,
    updatedAt: decidedAt,
  };
  if (decision.outcome === 'refuse') return { disclosure: { ...decided, status: 'refused' } };

  // Approved: logged as sent on the day of the approval, as communications.create would have logged it.
  const communicationId = randomUUID();
  const due = input.expectsReply
    ? computeReplyDue({
        sentOn: decidedOn,
        agencyWorkingDays: agency.replyDays,
        agencyName: agency.name,
        jurisdiction: input.jurisdiction,
        today,
      })
    : null;
  return {
    disclosure: { ...decided, status: 'made', madeAt: decidedAt, communicationId },
    sent: {
      communication: {
        id: communicationId,
        personId: client.personId,
        caseId: client.caseId,
        matterId,
        direction: input.direction,
        channel: input.channel,
        agencyId: agency.id,
        counterpartLabel: agency.name,
        occurredOn: decidedOn,
        ...sealCommunicationText(
          cipher,
          { subject: input.subject, counterpartLabel: agency.name, body: input.body },
          await clientSearchWords(tx, cipher, client.personId),
        ),
        jurisdiction: input.jurisdiction,
        replyState: due ? 'awaiting' : null,
        replyDue: due?.due ?? null,
        replyDueExplanation: due?.explanation ?? null,
        recordedById: requestedById,
        createdAt: decidedAt,
        updatedAt: decidedAt,
      },
      event: {
        personId: client.personId,
        caseId: client.caseId,
        matterId,
        kind: 'communication',
        occurredOn: decidedOn,
        recordedById: requestedById,
        communicationId,
        createdAt: decidedAt,
        updatedAt: decidedAt,
      },
    },
  };
}

/** The client's matter the story names, found by its kind and the day it was opened. */
async function matterOf(
  tx: DbOrTx,
  request: DemoSharingRequest,
  client: DemoClientRow,
): Promise<string | null> {
  if (request.matter === undefined) return null;
  const story = DEMO_CLIENTS.find((c) => c.displayName === request.client)?.matters[request.matter];
  const first = story?.steps[0];
  if (!story || !first) throw new Error(`Demo data: ${request.client} has no matter ${request.matter + 1}.`);
  const [row] = await tx
    .select({ id: matters.id })
    .from(matters)
    .where(
      and(
        eq(matters.caseId, client.caseId),
        eq(matters.kind, story.kind),
        eq(matters.openedOn, ago(first.on)),
      ),
    );
  if (!row) throw new Error(`Demo data: ${request.client}'s matter ${request.matter + 1} was not loaded.`);
  return row.id;
}
