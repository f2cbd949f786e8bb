import { disclosures } from '@umbrella/db';
import { createAgency, createTeam } from '@umbrella/db/testing';
import { decideDisclosure as firewall, type CreateCommunicationInput } from '@umbrella/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_NAME_MESSAGE } from '../communications/counterpart.ts';
import { SAME_AGENCY_MESSAGE, SAME_RECIPIENT_MESSAGE } from '../communications/follow-up-recipient.ts';
import {
  APPROVED_CALL_DATE_MESSAGE,
  APPROVED_MESSAGES,
  RECIPIENT_FIXED_MESSAGE,
} from '../communications/update-communication.ts';
import { createClientVia, recordConsentVia } from '../../testing/clients.ts';
import { requestApprovalVia } from '../../testing/disclosures.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { NOTHING_SHARED } from './request-approval.ts';

// The test clock: Mon 23 Nov 2026, 10:00 UTC.
let api: TestApi;
let cw: SignedIn;
let supervisor: SignedIn;
let police = '';
let prosecution = '';
let clinic = '';
let immigration = '';
let officer = '';

beforeAll(async () => {
  api = await createTestApi();
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  await createTeam(api.handle.db, { name: 'North', memberIds: [cw.user.id] });
  police = (await createAgency(api.handle.db, { name: 'Northshire Police', category: 'police' })).id;
  prosecution = (
    await createAgency(api.handle.db, { name: 'Crown Prosecution', category: 'crown_prosecution' })
  ).id;
  clinic = (await createAgency(api.handle.db, { name: 'Clinic', category: 'health' })).id;
  immigration = (
    await createAgency(api.handle.db, { name: 'Immigration Compliance', category: 'immigration_enforcement' })
  ).id;
  officer = (
    await (await cw.call()).agencies.createContact({ agencyId: police, name: 'DC Amy Hart', role: 'Officer' })
  ).id;
});
afterAll(async () => {
  await api.close();
});

const newClient = async (displayName: string) => (await createClientVia(cw, { displayName })).id;

const log = async (input: Partial<CreateCommunicationInput> & { personId: string }) =>
  (await cw.call()).communications.create({
    channel: 'letter',
    direction: 'outgoing',
    occurredOn: '2026-11-20',
    subject: 'Request for records',
    ...input,
  });

const disclosureOf = async (communicationId: string) =>
  (await api.handle.db.select().from(disclosures).where(eq(disclosures.communicationId, communicationId)))[0];

describe('a chaser or a written confirmation', () => {
  it('goes to the agency the letter it chases went to: another is refused, none takes the original’s', async () => {
    const personId = await newClient('Chased');
    await recordConsentVia(cw, personId);
    const letter = await log({ personId, agencyId: police, contactId: officer, expectsReply: true });
    // The client agreed to both, so only the follow-up rule stands in the way.
    expect(
      await expectBadField(log({ personId, agencyId: clinic, chaserOfId: letter.id }), 'agencyId'),
    ).toEqual([SAME_AGENCY_MESSAGE]);
    // Another agency of the same kind is still another agency.
    await expectBadField(log({ personId, agencyId: prosecution, chaserOfId: letter.id }), 'agencyId');
    await expectBadField(
      log({ personId, agencyId: null, recipientCategory: 'health', chaserOfId: letter.id }),
      'recipientCategory',
    );
    const chaser = await log({ personId, agencyId: null, chaserOfId: letter.id, occurredOn: '2026-11-23' });
    expect(chaser).toMatchObject({
      agencyId: police,
      contactId: officer,
      counterpartLabel: 'DC Amy Hart, Northshire Police',
    });
    expect(await disclosureOf(chaser.id)).toMatchObject({
      agencyId: police,
      recipientCategory: 'police',
      recipientLabel: 'DC Amy Hart, Northshire Police',
    });
  });

  it('goes to the same kind of recipient without an agency, and under the same name unless one is given', async () => {
    const personId = await newClient('GP letter');
    await recordConsentVia(cw, personId);
    const gp = await log({
      personId,
      agencyId: null,
      counterpartName: 'Dr Okafor',
      recipientCategory: 'health',
      expectsReply: true,
    });
    await expectBadField(log({ personId, agencyId: police, chaserOfId: gp.id }), 'agencyId');
    expect(
      await expectBadField(
        log({
          personId,
          agencyId: null,
          counterpartName: 'PC Lee',
          recipientCategory: 'police',
          chaserOfId: gp.id,
        }),
        'recipientCategory',
      ),
    ).toEqual([SAME_RECIPIENT_MESSAGE]);
    const chaser = await log({ personId, agencyId: null, chaserOfId: gp.id });
    expect(chaser).toMatchObject({ agencyId: null, counterpartLabel: 'Dr Okafor' });
    expect(await disclosureOf(chaser.id)).toMatchObject({ recipientCategory: 'health', agencyId: null });
  });

  it('confirms a call to whoever the call was with, asking approval or not', async () => {
    const personId = await newClient('Confirmed');
    await recordConsentVia(cw, personId, ['police']);
    const call = await log({ personId, channel: 'phone_call', agencyId: police });
    expect(call.confirmation).toBe('needed');
    await expectBadField(log({ personId, agencyId: clinic, confirmsId: call.id }), 'agencyId');
    // Nor can the firewall be asked to let it go elsewhere.
    expect(
      await expectBadField(
        requestApprovalVia(cw, { personId, agencyId: immigration, confirmsId: call.id }),
        'agencyId',
      ),
    ).toEqual([SAME_AGENCY_MESSAGE]);
    const confirmation = await log({ personId, agencyId: null, confirmsId: call.id });
    expect(confirmation).toMatchObject({ agencyId: police, counterpartLabel: 'Northshire Police' });
    expect((await (await cw.call()).communications.get({ id: call.id })).confirmation).toBe('done');
  });
});

describe('something for the client themself', () => {
  it('is recorded as with the client: no other name can stand in for theirs', async () => {
    const personId = await newClient('Writes home');
    const toClient = {
      personId,
      agencyId: null,
      recipientCategory: 'client' as const,
      informationShared: [],
    };
    expect(
      await expectBadField(log({ ...toClient, counterpartName: 'Northshire Police' }), 'counterpartName'),
    ).toEqual([CLIENT_NAME_MESSAGE]);
    const letter = await log({ ...toClient, counterpartName: null });
    expect(letter).toMatchObject({ counterpartName: 'The client', counterpartLabel: 'The client' });
    expect(await disclosureOf(letter.id)).toMatchObject({
      recipientCategory: 'client',
      recipientLabel: 'The client',
    });
    expect((await log({ ...toClient, counterpartName: 'the client' })).counterpartLabel).toBe('The client');
    // Nor can it be renamed afterwards.
    const rename = (counterpartName: string) =>
      cw.call().then((call) =>
        call.communications.update({
          id: letter.id,
          version: letter.version,
          agencyId: null,
          contactId: null,
          counterpartName,
          occurredOn: letter.occurredOn,
          subject: 'Your appointment',
          body: null,
          replyDue: null,
        }),
      );
    expect(await expectBadField(rename('DC Amy Hart'), 'counterpartName')).toEqual([CLIENT_NAME_MESSAGE]);
    expect((await rename('The client')).subject).toBe('Your appointment');
  });
});

describe('what a supervisor approved', () => {
  it('cannot be changed afterwards, and is dated no earlier than the approval', async () => {
    const personId = await newClient('Approved');
    const request = await requestApprovalVia(cw, { personId, agencyId: police, expectsReply: true });
    const decided = await (
      await supervisor.call()
    ).disclosures.decide({
      id: request.id,
      version: request.version,
      decision: 'approve',
      reason: 'Needed.',
    });
    const id = decided.communicationId ?? '';
    const letter = await (await cw.call()).communications.get({ id });
    expect(letter.occurredOn).toBe('2026-11-23');
    // As if it had been approved (and logged) the Friday before.
    await api.handle.db
      .update(disclosures)
      .set({ decidedAt: new Date('2026-11-20T15:00:00Z') })
      .where(eq(disclosures.id, request.id));
    const edit = (changes: Record<string, unknown>) =>
      cw.call().then((call) =>
        call.communications.update({
          id,
          version: letter.version,
          agencyId: letter.agencyId,
          contactId: letter.contactId,
          counterpartName: letter.counterpartName,
          occurredOn: letter.occurredOn,
          subject: letter.subject,
          body: letter.body,
          replyDue: letter.replyDue,
          ...changes,
        }),
      );
    for (const [field, value] of [
      ['agencyId', prosecution],
      ['contactId', officer],
      ['counterpartName', 'DC Amy Hart'],
      ['subject', 'Something else'],
      ['body', 'Other text'],
    ] as const) {
      expect(await expectBadField(edit({ [field]: value }), field)).toEqual([APPROVED_MESSAGES[field]]);
    }
    expect(await expectBadField(edit({ occurredOn: '2026-11-19' }), 'occurredOn')).toEqual([
      APPROVED_MESSAGES.occurredOn,
    ]);
    const moved = await edit({ occurredOn: '2026-11-20', replyDue: '2026-12-18' });
    expect(moved).toMatchObject({
      occurredOn: '2026-11-20',
      replyDue: '2026-12-18',
      subject: letter.subject,
    });
    expect(await disclosureOf(id)).toMatchObject({ agencyId: police, recipientLabel: 'Northshire Police' });
  });
});

describe('a call or meeting received', () => {
  it('passes the firewall like one made: refused without consent, recorded with it', async () => {
    const personId = await newClient('Rang us');
    const call = {
      personId,
      channel: 'phone_call' as const,
      direction: 'incoming' as const,
      agencyId: police,
      subject: 'Officer rang about the statement',
    };
    const refused = firewall('police', [], new Date(), '2026-11-23');
    expect(await expectBadField(log(call), 'agencyId')).toEqual([
      refused.outcome === 'needs_approval' ? refused.explanation : '',
    ]);
    // A meeting, or someone outside the directory, too; who it was with must be said.
    await expectBadField(log({ ...call, channel: 'meeting' }), 'agencyId');
    await expectBadField(
      log({ ...call, agencyId: null, counterpartName: 'DC Amy Hart' }),
      'recipientCategory',
    );
    await expectBadField(
      log({ ...call, agencyId: null, counterpartName: 'DC Amy Hart', recipientCategory: 'police' }),
      'recipientCategory',
    );
    // A letter received shares nothing.
    expect((await log({ ...call, channel: 'letter' })).disclosure).toBeNull();
    // The client rang: nothing to approve.
    const fromClient = await log({
      ...call,
      agencyId: null,
      recipientCategory: 'client',
      informationShared: [],
    });
    expect(fromClient).toMatchObject({ counterpartLabel: 'The client', disclosure: { basis: 'client' } });

    await recordConsentVia(cw, personId, ['police']);
    const logged = await log({ ...call, informationShared: ['identity', 'case_details'] });
    expect(logged.disclosure).toMatchObject({ basis: 'consent', recipientCategory: 'police' });
    expect(await disclosureOf(logged.id)).toMatchObject({
      status: 'made',
      description: 'Phone call received',
      recipientLabel: 'Northshire Police',
    });
    // Its recipient is on record: it cannot be moved to another kind of agency.
    await expect(
      (await cw.call()).communications.update({
        id: logged.id,
        version: logged.version,
        agencyId: clinic,
        contactId: null,
        counterpartName: null,
        occurredOn: logged.occurredOn,
        subject: logged.subject,
        body: null,
        replyDue: null,
      }),
    ).rejects.toMatchObject({ message: RECIPIENT_FIXED_MESSAGE });
  });

  it('can be asked about and approved, logged on the day it took place and kept as approved', async () => {
    const personId = await newClient('Rang without consent');
    await expectBadField(
      requestApprovalVia(cw, { personId, agencyId: police, direction: 'incoming', expectsReply: false }),
      'direction',
    ).then((messages) => expect(messages).toEqual([NOTHING_SHARED]));
    const request = await requestApprovalVia(cw, {
      personId,
      agencyId: immigration,
      channel: 'phone_call',
      direction: 'incoming',
      expectsReply: false,
      subject: 'Immigration officer rang',
    });
    expect(request).toMatchObject({
      status: 'awaiting_approval',
      recipientCategory: 'immigration_enforcement',
      description: 'Phone call received',
    });
    const decided = await (
      await supervisor.call()
    ).disclosures.decide({
      id: request.id,
      version: request.version,
      decision: 'approve',
      reason: 'Required.',
    });
    const call = await (await cw.call()).communications.get({ id: decided.communicationId ?? '' });
    expect(call).toMatchObject({ direction: 'incoming', occurredOn: '2026-11-20', confirmation: 'needed' });
    expect(call.disclosure).toMatchObject({
      basis: 'legal_basis',
      recipientCategory: 'immigration_enforcement',
    });
    expect(
      await expectBadField(
        (await cw.call()).communications.update({
          id: call.id,
          version: call.version,
          agencyId: immigration,
          contactId: null,
          counterpartName: null,
          occurredOn: '2026-11-21',
          subject: call.subject,
          body: call.body,
          replyDue: null,
        }),
        'occurredOn',
      ),
    ).toEqual([APPROVED_CALL_DATE_MESSAGE]);
  });
});
