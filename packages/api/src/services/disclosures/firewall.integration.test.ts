import { auditLog, communications, disclosures } from '@umbrella/db';
import { createAgency, createTeam } from '@umbrella/db/testing';
import {
  decideDisclosure as firewall,
  IMMIGRATION_ENFORCEMENT_EXPLANATION,
  SHARING_CATEGORIES,
  type CreateCommunicationInput,
  type SharingCategory,
} from '@umbrella/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia, recordConsentVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi, type TestBrowser } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { RECIPIENT_FIXED_MESSAGE } from '../communications/update-communication.ts';

// The test clock: Mon 23 Nov 2026.
let api: TestApi;
let cw: SignedIn;
let offTeam: SignedIn;
let supervisor: SignedIn;
let restricted = '';

/** A directory agency of each kind the client may consent to (the directory's category, then the consent's). */
const AGENCY_OF: Record<SharingCategory, string> = {
  police: 'police',
  nrm: 'nrm_competent_authority',
  home_office_asylum: 'tribunal',
  social_services: 'local_authority',
  health: 'health',
  legal_representative: 'legal_representative',
  support_services: 'support_service',
  other: 'other',
};
const agencyOf = {} as Record<SharingCategory, string>;
let immigration = '';
let crownProsecution = '';

beforeAll(async () => {
  api = await createTestApi();
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker', displayName: 'Casey Worker' });
  offTeam = await signedIn(api, { email: 'off@x.test', role: 'caseworker' });
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  const north = await createTeam(api.handle.db, { name: 'North', memberIds: [cw.user.id] });
  await createTeam(api.handle.db, { name: 'South', memberIds: [offTeam.user.id] });
  for (const sharing of SHARING_CATEGORIES) {
    const category = AGENCY_OF[sharing] as 'police';
    agencyOf[sharing] = (await createAgency(api.handle.db, { name: `Agency ${sharing}`, category })).id;
  }
  immigration = (
    await createAgency(api.handle.db, { name: 'Immigration Compliance', category: 'immigration_enforcement' })
  ).id;
  crownProsecution = (
    await createAgency(api.handle.db, { name: 'Crown Prosecution', category: 'crown_prosecution' })
  ).id;
  restricted = (await createClientVia(cw, { displayName: 'Rana', restricted: true, teamId: north.id })).id;
});
afterAll(async () => {
  await api.close();
});

function send(who: TestBrowser, input: Partial<CreateCommunicationInput> & { personId: string }) {
  return who.call().then((call) =>
    call.communications.create({
      channel: 'letter',
      direction: 'outgoing',
      occurredOn: '2026-11-20',
      subject: 'Request for records',
      ...input,
    }),
  );
}

const rowsOf = async (personId: string) => ({
  communications: (
    await api.handle.db.select().from(communications).where(eq(communications.personId, personId))
  ).length,
  disclosures: (await api.handle.db.select().from(disclosures).where(eq(disclosures.personId, personId)))
    .length,
});

const disclosureOf = async (communicationId: string) => {
  const rows = await api.handle.db
    .select()
    .from(disclosures)
    .where(eq(disclosures.communicationId, communicationId));
  expect(rows).toHaveLength(1);
  return rows[0];
};

describe('sending to an agency', () => {
  it.each(SHARING_CATEGORIES.map((c) => [c]))(
    '%s: refused without the client’s consent for it, logged with it',
    async (sharing) => {
      const personId = (await createClientVia(cw, { displayName: `Client ${sharing}` })).id;
      const agencyId = agencyOf[sharing];
      const explanation = firewall(sharing, [], new Date(), '2026-11-23');
      expect(explanation.outcome).toBe('needs_approval');
      // No consent at all, then a consent covering every other kind of agency.
      expect(await expectBadField(send(cw, { personId, agencyId }), 'agencyId')).toEqual([
        explanation.explanation,
      ]);
      await recordConsentVia(
        cw,
        personId,
        SHARING_CATEGORIES.filter((c) => c !== sharing),
      );
      await expectBadField(send(cw, { personId, agencyId }), 'agencyId');
      expect(await rowsOf(personId)).toEqual({ communications: 0, disclosures: 0 });
      // The firewall says the same before anything is typed.
      const check = await (await cw.call()).disclosures.check({ personId, agencyId });
      expect(check).toEqual({ recipientCategory: sharing, decision: explanation, limits: [] });

      const consent = await recordConsentVia(cw, personId, [sharing]);
      const letter = await send(cw, { personId, agencyId, informationShared: ['identity', 'health'] });
      expect(letter.disclosure).toEqual({
        id: expect.any(String),
        basis: 'consent',
        legalBasis: null,
        basisDetails: null,
        recipientCategory: sharing,
        informationShared: ['identity', 'health'],
        decidedBy: null,
        decisionReason: null,
        decidedAt: null,
      });
      expect(await disclosureOf(letter.id)).toMatchObject({
        personId,
        kind: 'communication',
        status: 'made',
        recipientCategory: sharing,
        agencyId,
        recipientLabel: `Agency ${sharing}`,
        basis: 'consent',
        consentId: consent.id,
        description: 'Letter sent',
        requestedById: cw.user.id,
        madeAt: api.clock.now,
        decidedById: null,
        pendingCommunication: null,
      });
      expect((await (await cw.call()).disclosures.check({ personId, agencyId })).decision).toMatchObject({
        outcome: 'consented',
        consentId: consent.id,
      });
      const [audit] = await api.handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'communications.create'), eq(auditLog.entityId, personId)));
      expect(audit?.details).toMatchObject({
        communicationId: letter.id,
        disclosureId: letter.disclosure?.id,
        basis: 'consent',
        recipientCategory: sharing,
      });
    },
  );

  it('takes the agency’s own kind: the Crown Prosecution Service is the police’s', async () => {
    const personId = (await createClientVia(cw, { displayName: 'Prosecution witness' })).id;
    await recordConsentVia(cw, personId, ['police']);
    // The form's own choice does not override the directory.
    const letter = await send(cw, { personId, agencyId: crownProsecution, recipientCategory: 'client' });
    expect(letter.disclosure).toMatchObject({ basis: 'consent', recipientCategory: 'police' });
  });

  it('names the recipient field when there is no directory agency', async () => {
    const personId = (await createClientVia(cw, { displayName: 'GP patient' })).id;
    const gp = {
      personId,
      agencyId: null,
      counterpartName: 'Dr Okafor',
      recipientCategory: 'health' as const,
      expectsReply: true,
    };
    const [message] = await expectBadField(send(cw, gp), 'recipientCategory');
    expect(message).toContain('health services');
    await expectBadField(send(cw, { ...gp, recipientCategory: null }), 'recipientCategory');
    await expectBadField(send(cw, { ...gp, recipientCategory: 'own_organisation' }), 'recipientCategory');
    await expectBadField(send(cw, { ...gp, informationShared: [] }), 'informationShared');
    expect(await rowsOf(personId)).toEqual({ communications: 0, disclosures: 0 });
    await recordConsentVia(cw, personId, ['health']);
    const letter = await send(cw, gp);
    expect(await disclosureOf(letter.id)).toMatchObject({
      recipientCategory: 'health',
      agencyId: null,
      recipientLabel: 'Dr Okafor',
      basis: 'consent',
    });
    // A chaser of it is drafted to the same kind of recipient, sharing the same.
    const draft = await (await cw.call()).communications.draftChaser({ id: letter.id });
    expect(draft).toMatchObject({
      recipientCategory: 'health',
      informationShared: ['identity', 'case_details'],
    });
  });

  it('needs no consent to write to the client, and records it', async () => {
    const personId = (await createClientVia(cw, { displayName: 'Writes home' })).id;
    const letter = await send(cw, {
      personId,
      agencyId: null,
      counterpartName: 'The client',
      recipientCategory: 'client',
      informationShared: [],
    });
    expect(letter.disclosure).toMatchObject({
      basis: 'client',
      recipientCategory: 'client',
      informationShared: [],
    });
    expect(await disclosureOf(letter.id)).toMatchObject({ status: 'made', consentId: null, basis: 'client' });
  });

  it('records nothing for what was received', async () => {
    const personId = (await createClientVia(cw, { displayName: 'Receives' })).id;
    const received = await send(cw, { personId, direction: 'incoming', agencyId: immigration });
    expect(received.disclosure).toBeNull();
    expect(await rowsOf(personId)).toEqual({ communications: 1, disclosures: 0 });
  });
});

describe('immigration enforcement', () => {
  it('is blocked even with every consent, and for a supervisor too, writing nothing', async () => {
    const personId = (await createClientVia(cw, { displayName: 'Worried' })).id;
    await recordConsentVia(cw, personId);
    for (const who of [cw, supervisor]) {
      expect(await expectBadField(send(who, { personId, agencyId: immigration }), 'agencyId')).toEqual([
        IMMIGRATION_ENFORCEMENT_EXPLANATION,
      ]);
      await expectBadField(
        send(who, {
          personId,
          agencyId: null,
          counterpartName: 'An enforcement officer',
          recipientCategory: 'immigration_enforcement',
        }),
        'recipientCategory',
      );
    }
    expect(await rowsOf(personId)).toEqual({ communications: 0, disclosures: 0 });
    const check = await (await cw.call()).disclosures.check({ personId, agencyId: immigration });
    expect(check).toMatchObject({
      recipientCategory: 'immigration_enforcement',
      decision: { outcome: 'needs_approval', reason: 'immigration_enforcement' },
    });
  });
});

describe('withdrawing consent', () => {
  it('stops the next letter at once', async () => {
    const personId = (await createClientVia(cw, { displayName: 'Changed mind' })).id;
    const consent = await recordConsentVia(cw, personId, ['police']);
    await send(cw, { personId, agencyId: agencyOf.police });
    await (await cw.call()).consents.withdraw({ id: consent.id, version: consent.version });
    // Same moment on the clock: withdrawn now is withdrawn.
    await expectBadField(send(cw, { personId, agencyId: agencyOf.police }), 'agencyId');
    expect(await rowsOf(personId)).toEqual({ communications: 1, disclosures: 1 });
  });

  it('shows the limits of the consents in force before anything is written, and not those withdrawn', async () => {
    const personId = (await createClientVia(cw, { displayName: 'Limits' })).id;
    const c = await cw.call();
    const narrow = await c.consents.record({
      personId,
      categories: ['legal_representative', 'support_services'],
      method: 'verbal',
      givenOn: '2026-11-01',
      scope: 'Nothing to the Home Office from us: her solicitor deals with them.',
    });
    await c.consents.record({
      personId,
      categories: ['health'],
      method: 'verbal',
      givenOn: '2026-11-02',
      scope: 'Only her GP, not the hospital.',
    });
    const check = await c.disclosures.check({ personId, agencyId: immigration });
    expect(check.limits).toEqual([
      'Nothing to the Home Office from us: her solicitor deals with them.',
      'Only her GP, not the hospital.',
    ]);
    await c.consents.withdraw({ id: narrow.id, version: narrow.version });
    expect((await c.disclosures.check({ personId, agencyId: immigration })).limits).toEqual([
      'Only her GP, not the hospital.',
    ]);
  });
});

describe('checking before sending', () => {
  it('refuses an unknown agency and a missing recipient, naming the field', async () => {
    const personId = (await createClientVia(cw, { displayName: 'Checked' })).id;
    await expectBadField(
      (await cw.call()).disclosures.check({ personId, agencyId: '00000000-0000-4000-8000-000000000000' }),
      'agencyId',
    );
    await expectBadField((await cw.call()).disclosures.check({ personId }), 'agencyId');
    expect(
      (await (await cw.call()).disclosures.check({ personId, recipientCategory: 'client' })).decision,
    ).toMatchObject({ outcome: 'free', basis: 'client' });
    const reads = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.read'), eq(auditLog.entityId, personId)));
    expect(reads.map((r) => r.details)).toContainEqual({ view: 'consents' });
  });

  it('is refused on a restricted client outside the team, and the refusal audited', async () => {
    await expect(
      (await offTeam.call()).disclosures.check({ personId: restricted, agencyId: agencyOf.police }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [denied] = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, offTeam.user.id), eq(auditLog.outcome, 'denied')));
    expect(denied).toMatchObject({ action: 'disclosures.check', entityId: restricted });
  });
});

describe('correcting something sent', () => {
  it('never moves it to another kind of recipient; another agency of the same kind is named on its disclosure', async () => {
    const personId = (await createClientVia(cw, { displayName: 'Corrected' })).id;
    await recordConsentVia(cw, personId);
    const letter = await send(cw, { personId, agencyId: agencyOf.police });
    const edit = (agencyId: string | null, counterpartName: string | null = null) =>
      cw.call().then((call) =>
        call.communications.update({
          id: letter.id,
          version: letter.version,
          agencyId,
          contactId: null,
          counterpartName,
          occurredOn: letter.occurredOn,
          subject: letter.subject,
          body: letter.body,
          replyDue: null,
        }),
      );
    expect(await expectBadField(edit(agencyOf.health), 'agencyId')).toEqual([RECIPIENT_FIXED_MESSAGE]);
    expect(await expectBadField(edit(immigration), 'agencyId')).toEqual([RECIPIENT_FIXED_MESSAGE]);
    expect((await disclosureOf(letter.id))?.agencyId).toBe(agencyOf.police);
    // The Crown Prosecution Service is of the police's kind; so is a name typed instead of the agency.
    const moved = await edit(crownProsecution);
    expect(moved.counterpartLabel).toBe('Crown Prosecution');
    expect(await disclosureOf(letter.id)).toMatchObject({
      agencyId: crownProsecution,
      recipientLabel: 'Crown Prosecution',
      recipientCategory: 'police',
      version: 2,
    });
    const named = await (
      await cw.call()
    ).communications.update({
      id: letter.id,
      version: moved.version,
      agencyId: null,
      contactId: null,
      counterpartName: 'DC Amy Hart',
      occurredOn: letter.occurredOn,
      subject: letter.subject,
      body: letter.body,
      replyDue: null,
    });
    expect(named.disclosure?.recipientCategory).toBe('police');
    expect(await disclosureOf(letter.id)).toMatchObject({ agencyId: null, recipientLabel: 'DC Amy Hart' });
  });

  it('lets something received move to any agency', async () => {
    const personId = (await createClientVia(cw, { displayName: 'Received and corrected' })).id;
    const received = await send(cw, { personId, direction: 'incoming', agencyId: agencyOf.police });
    const moved = await (
      await cw.call()
    ).communications.update({
      id: received.id,
      version: received.version,
      agencyId: immigration,
      contactId: null,
      counterpartName: null,
      occurredOn: received.occurredOn,
      subject: received.subject,
      body: null,
      replyDue: null,
    });
    expect(moved.agencyId).toBe(immigration);
  });
});
