import { auditLog, matters, timelineEvents, verifyAuditChain } from '@umbrella/db';
import { createAgency } from '@umbrella/db/testing';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia, type OpenMatterInput } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let cw: SignedIn;
let personId: string;
let caseId: string;
let forceId: string;

beforeAll(async () => {
  api = await createTestApi();
  cw = await signedIn(api, { email: 'cw@x.test', displayName: 'Casey Worker' });
  ({ id: personId, caseId } = await createClientVia(cw, { displayName: 'Matter Client' }));
  forceId = (await createAgency(api.handle.db, { name: 'Greater Manchester Police' })).id;
});
afterAll(async () => {
  await api.close();
});

const open = async (input: Omit<OpenMatterInput, 'caseId'>) =>
  (await cw.call()).matters.open({ caseId, ...input } as OpenMatterInput);

const eventsOf = (matterId: string) =>
  api.handle.db.select().from(timelineEvents).where(eq(timelineEvents.matterId, matterId));

describe('matters', () => {
  it('opens a matter of each kind with its typed details', async () => {
    const police = await open({
      kind: 'police_report',
      stage: 'reported',
      openedOn: '2026-10-01',
      agencyId: forceId,
      details: {
        forceAgencyId: forceId,
        crimeReference: '06/123456/26',
        dateReported: '2026-10-01',
        offence: 'Assault',
        clientRole: 'victim',
        victimsCodeEntitlement: 'enhanced',
      },
    });
    expect(police).toMatchObject({
      kind: 'police_report',
      stage: 'reported',
      stageLabel: 'Reported',
      stageChangedOn: '2026-10-01',
      version: 1,
      closed: false,
      reference: '06/123456/26',
      agency: { id: forceId, name: 'Greater Manchester Police', category: 'police' },
      contact: null,
      details: { crimeReference: '06/123456/26', clientRole: 'victim', victimsCodeEntitlement: 'enhanced' },
    });
    expect(police.nextStages.map((s) => s.stage)).toEqual([
      'crime_recorded',
      'investigating',
      'no_further_action',
      'withdrawn',
      'closed',
    ]);

    const nrm = await open({
      kind: 'nrm_referral',
      stage: 'referred',
      openedOn: '2026-09-01',
      details: { nrmReference: 'NRM-1', consentRecorded: true, firstResponderOrganisation: 'Salvation Army' },
    });
    expect(nrm).toMatchObject({
      reference: 'NRM-1',
      details: { consentRecorded: true, reasonableGroundsDecision: null },
    });

    const social = await open({
      kind: 'social_services',
      stage: 'referral_received',
      openedOn: '2026-08-01',
      details: { localAuthority: 'Leeds', children: [{ firstName: 'Sara', age: 6 }] },
    });
    expect(social).toMatchObject({ reference: null, details: { children: [{ firstName: 'Sara', age: 6 }] } });

    const asylum = await open({
      kind: 'asylum_claim',
      stage: 'claimed',
      openedOn: '2026-07-01',
      note: 'Claimed at the screening unit.',
      details: { homeOfficeReference: 'H7777777', supportType: 's95', detained: false },
    });
    expect(asylum).toMatchObject({ reference: 'H7777777', details: { supportType: 's95' } });

    const profile = await (await cw.call()).clients.get({ id: personId });
    expect(profile.matters.map((m) => m.kind)).toEqual([
      'asylum_claim',
      'social_services',
      'nrm_referral',
      'police_report',
    ]);
    expect(await eventsOf(asylum.id)).toMatchObject([
      {
        kind: 'matter_opened',
        occurredOn: '2026-07-01',
        toStage: 'claimed',
        note: 'Claimed at the screening unit.',
      },
    ]);
  });

  it('opens a matter only at one of its kind’s starting stages, never dated in the future', async () => {
    const [message] = await expectBadField(
      open({ kind: 'asylum_claim', stage: 'refused', openedOn: '2026-11-01', details: {} }),
      'stage',
    );
    expect(message).toMatch(/cannot start at "Refused"/);
    await expectBadField(
      open({ kind: 'asylum_claim', stage: 'claimed', openedOn: '2026-11-24', details: {} }),
      'openedOn',
    );
    await expectBadField(
      open({
        kind: 'police_report',
        stage: 'reported',
        openedOn: '2026-11-01',
        details: { clientRole: 'bystander' },
      } as never),
      'details',
    );
  });

  it('moves a matter through an allowed stage, recording when, who and why', async () => {
    const m = await open({ kind: 'police_report', stage: 'reported', openedOn: '2026-10-01', details: {} });
    const moved = await (
      await cw.call()
    ).matters.changeStage({
      matterId: m.id,
      version: 1,
      toStage: 'crime_recorded',
      occurredOn: '2026-10-05',
      note: 'Letter from the force.',
    });
    expect(moved).toMatchObject({
      stage: 'crime_recorded',
      stageLabel: 'Crime recorded',
      stageChangedOn: '2026-10-05',
      version: 2,
    });
    const timeline = await (await cw.call()).clients.timeline({ personId, order: 'oldest' });
    expect(timeline.items.filter((e) => e.matterId === m.id)).toMatchObject([
      { kind: 'matter_opened', toStage: 'reported', toStageLabel: 'Reported' },
      {
        kind: 'stage_change',
        occurredOn: '2026-10-05',
        recordedBy: { id: cw.user.id, displayName: 'Casey Worker' },
        fromStage: 'reported',
        toStage: 'crime_recorded',
        fromStageLabel: 'Reported',
        toStageLabel: 'Crime recorded',
        note: 'Letter from the force.',
      },
    ]);
  });

  it('refuses a move the stage machine forbids, naming the stages, and writes nothing', async () => {
    const m = await open({ kind: 'asylum_claim', stage: 'claimed', openedOn: '2026-10-01', details: {} });
    const [message] = await expectBadField(
      (await cw.call()).matters.changeStage({
        matterId: m.id,
        version: 1,
        toStage: 'granted',
        occurredOn: '2026-10-02',
      }),
      'toStage',
    );
    expect(message).toBe(
      'A matter at "Claimed" cannot move to "Granted". From here it can move to: Screened, Withdrawn, Closed.',
    );
    await expectBadField(
      (await cw.call()).matters.changeStage({
        matterId: m.id,
        version: 1,
        toStage: 'no_such_stage',
        occurredOn: '2026-10-02',
      }),
      'toStage',
    );
    const [future] = await expectBadField(
      (await cw.call()).matters.changeStage({
        matterId: m.id,
        version: 1,
        toStage: 'screened',
        occurredOn: '2026-11-24',
      }),
      'occurredOn',
    );
    expect(future).toBe('The date it happened cannot be in the future.');
    const [row] = await api.handle.db.select().from(matters).where(eq(matters.id, m.id));
    expect(row).toMatchObject({ stage: 'claimed', version: 1 });
    expect(await eventsOf(m.id)).toHaveLength(1);
  });

  it('refuses a stage change at a stale version with a CONFLICT', async () => {
    const m = await open({ kind: 'nrm_referral', stage: 'referred', openedOn: '2026-10-01', details: {} });
    await (
      await cw.call()
    ).matters.changeStage({ matterId: m.id, version: 1, toStage: 'rg_positive', occurredOn: '2026-10-03' });
    await expect(
      (await cw.call()).matters.changeStage({
        matterId: m.id,
        version: 1,
        toStage: 'rg_negative',
        occurredOn: '2026-10-03',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await eventsOf(m.id)).toHaveLength(2);
  });

  it('records an asylum refusal with the decision and its date, late', async () => {
    const m = await open({
      kind: 'asylum_claim',
      stage: 'awaiting_decision',
      openedOn: '2026-06-01',
      details: {},
    });
    const refused = await (
      await cw.call()
    ).matters.changeStage({ matterId: m.id, version: 1, toStage: 'refused', occurredOn: '2026-11-02' });
    expect(refused).toMatchObject({
      stage: 'refused',
      stageChangedOn: '2026-11-02',
      details: { decision: 'refused', decisionDate: '2026-11-02' },
    });
    expect(refused.nextStages.map((s) => s.stage)).toEqual(['appeal_lodged', 'fresh_claim', 'closed']);
  });

  it('closes a matter from any stage and reopens it where it was', async () => {
    const m = await open({
      kind: 'social_services',
      stage: 'assessment',
      openedOn: '2026-06-01',
      details: {},
    });
    const closed = await (
      await cw.call()
    ).matters.changeStage({ matterId: m.id, version: 1, toStage: 'closed', occurredOn: '2026-11-01' });
    expect(closed).toMatchObject({ stage: 'closed', closed: true, nextStages: [], version: 2 });
    const [message] = await expectBadField(
      (await cw.call()).matters.changeStage({
        matterId: m.id,
        version: 2,
        toStage: 'assessment',
        occurredOn: '2026-11-02',
      }),
      'toStage',
    );
    expect(message).toMatch(/closed\. Reopen it/);
    const reopened = await (
      await cw.call()
    ).matters.reopen({ matterId: m.id, version: 2, occurredOn: '2026-11-10', note: 'New referral.' });
    expect(reopened).toMatchObject({
      stage: 'assessment',
      closed: false,
      stageChangedOn: '2026-11-10',
      version: 3,
    });
    await expectBadField(
      (await cw.call()).matters.reopen({ matterId: m.id, version: 3, occurredOn: '2026-11-10' }),
      'matterId',
    );
    const events = (await (await cw.call()).clients.timeline({ personId, order: 'oldest' })).items.filter(
      (e) => e.matterId === m.id,
    );
    expect(events.map((e) => [e.kind, e.fromStage, e.toStage])).toEqual([
      ['matter_opened', null, 'assessment'],
      ['stage_change', 'assessment', 'closed'],
      ['matter_reopened', 'closed', 'assessment'],
    ]);
    expect(events[1]?.toStageLabel).toBe('Closed');
  });

  it('edits a matter’s details at the version read, keeping its kind, and keeps the reference searchable', async () => {
    const m = await open({ kind: 'asylum_claim', stage: 'claimed', openedOn: '2026-10-01', details: {} });
    await expectBadField(
      (await cw.call()).matters.update({ id: m.id, version: 1, kind: 'police_report', details: {} }),
      'kind',
    );
    const updated = await (
      await cw.call()
    ).matters.update({
      id: m.id,
      version: 1,
      kind: 'asylum_claim',
      details: { homeOfficeReference: 'Z9999999', legalRepresentative: 'Duncan Lewis', detained: true },
    });
    expect(updated).toMatchObject({
      version: 2,
      stage: 'claimed',
      reference: 'Z9999999',
      details: { homeOfficeReference: 'Z9999999', detained: true, claimDate: null },
    });
    await expect(
      (await cw.call()).matters.update({ id: m.id, version: 1, kind: 'asylum_claim', details: {} }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const found = await (await cw.call()).clients.list({ limit: 5, search: 'z9999999' });
    expect(found.items.map((c) => c.id)).toEqual([personId]);
  });

  it('checks counterparts against the directory', async () => {
    const agency = await (
      await cw.call()
    ).agencies.create({ name: 'Leeds City Council', category: 'local_authority' });
    const other = await (
      await cw.call()
    ).agencies.create({ name: 'Bradford Council', category: 'local_authority' });
    const contact = await (
      await cw.call()
    ).agencies.createContact({ agencyId: other.id, name: 'A Social Worker' });
    await expectBadField(
      open({
        kind: 'social_services',
        stage: 'assessment',
        openedOn: '2026-10-01',
        agencyId: agency.id,
        contactId: contact.id,
        details: {},
      }),
      'contactId',
    );
    const ok = await open({
      kind: 'social_services',
      stage: 'assessment',
      openedOn: '2026-10-01',
      agencyId: other.id,
      contactId: contact.id,
      details: {},
    });
    expect(ok.contact).toEqual({ id: contact.id, name: 'A Social Worker' });
  });

  it('audited every change against the matter, with ids and field names only, in an intact chain', async () => {
    const rows = await api.handle.db.select().from(auditLog).where(like(auditLog.action, 'matters.%'));
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set(['matters.open', 'matters.update', 'matters.change_stage', 'matters.reopen']),
    );
    for (const row of rows) {
      expect(row).toMatchObject({ entityType: 'matter', outcome: 'success', actorUserId: cw.user.id });
      expect(row.details.personId).toBe(personId);
      expect(Object.keys(row.details).every((k) => k === 'personId' || k === 'changed')).toBe(true);
    }
    expect(await verifyAuditChain(api.handle.db)).toMatchObject({ ok: true });
  });
});
