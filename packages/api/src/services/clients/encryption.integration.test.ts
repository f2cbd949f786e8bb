import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '@umbrella/db/testing';
import { collectClientData } from '../sar/collect-client-data.ts';
import { createClientVia, openMatterVia } from '../../testing/clients.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

// Issue 7 §6: a database dump (pg_dump, or the PGlite data directory) must not reveal the encrypted values of
// a client written through the API, and everything still works: the profile, search, the timeline, the SAR.
const CLEAR = {
  legalName: 'Oyelaran Quisbert-Nakamura',
  alias: 'Tiwalade Zephyrine',
  dateOfBirth: '1987-09-23',
  codeWord: 'periwinkle-lantern',
  safeTimes: 'Weekday mornings before the school run',
  contactNotes: 'Never call the landline at her sister’s flat',
  notes: 'Moved to a refuge in Walthamstow in October',
  crimeReference: 'XQ/771930/26',
  nrmReference: 'NRM-26-883417',
  homeOfficeReference: 'Q8842913',
  appealNumber: 'PA/07719/2026',
  sensitiveNote: 'She named the gangmaster: Barnaby Fothergill-Prynne',
};

let api: TestApi;
let caseworker: SignedIn;
let client: { id: string; caseId: string };

beforeAll(async () => {
  api = await createTestApi();
  caseworker = await signedIn(api, { email: 'cw@x.test' });
  const homeOffice = await createAgency(api.handle.db, {
    name: 'Home Office',
    category: 'home_office_asylum',
  });
  client = await createClientVia(caseworker, {
    displayName: 'Oye',
    dateOfBirth: CLEAR.dateOfBirth,
    dateOfBirthPrecision: 'exact',
    notes: CLEAR.notes,
    safeContact: {
      call: true,
      text: false,
      voicemail: false,
      post: false,
      codeWord: CLEAR.codeWord,
      safeTimes: CLEAR.safeTimes,
      notes: CLEAR.contactNotes,
    },
    aliases: [
      { name: CLEAR.legalName, kind: 'legal', knownToAgencyIds: [homeOffice.id] },
      { name: CLEAR.alias, kind: 'alias' },
    ],
  });
  await openMatterVia(caseworker, {
    caseId: client.caseId,
    kind: 'police_report',
    stage: 'reported',
    openedOn: '2026-10-01',
    details: { crimeReference: CLEAR.crimeReference },
  });
  await openMatterVia(caseworker, {
    caseId: client.caseId,
    kind: 'nrm_referral',
    stage: 'referred',
    openedOn: '2026-10-02',
    details: { nrmReference: CLEAR.nrmReference, consentRecorded: true },
  });
  await openMatterVia(caseworker, {
    caseId: client.caseId,
    kind: 'asylum_claim',
    stage: 'claimed',
    openedOn: '2026-10-03',
    details: { homeOfficeReference: CLEAR.homeOfficeReference, appealNumber: CLEAR.appealNumber },
  });
  await (
    await caseworker.call()
  ).clients.addNote({
    personId: client.id,
    occurredOn: '2026-11-20',
    note: CLEAR.sensitiveNote,
    sensitive: true,
  });
});
afterAll(async () => {
  await api.close();
});

describe('a dump of the database', () => {
  it(`reveals none of a client's encrypted values (${process.env.TEST_DATABASE_URL ? 'pg_dump' : 'PGlite data directory'})`, async () => {
    const dump = (await api.handle.dump()).toString('latin1');
    // The dump is real: the client's display name (not encrypted) and sealed values are in it.
    expect(dump).toContain('Oye');
    expect(dump).toContain('enc:v1:test-key-1:');
    const shown = Object.entries(CLEAR).filter(([, value]) => dump.includes(value));
    expect(shown).toEqual([]);
    // Nor a value's distinctive parts (a surname, the digits of a reference).
    for (const part of [
      'Quisbert',
      'Nakamura',
      'Zephyrine',
      'periwinkle',
      '771930',
      '883417',
      '8842913',
      'Fothergill',
    ]) {
      expect(dump).not.toContain(part);
    }
  });
});

describe('the same client, read back through the API', () => {
  it('shows every value in clear on the profile and the timeline', async () => {
    const call = await caseworker.call();
    const profile = await call.clients.get({ id: client.id });
    expect(profile).toMatchObject({
      dateOfBirth: CLEAR.dateOfBirth,
      notes: CLEAR.notes,
      safeContact: { codeWord: CLEAR.codeWord, safeTimes: CLEAR.safeTimes, notes: CLEAR.contactNotes },
      aliases: [{ name: CLEAR.legalName }, { name: CLEAR.alias }],
    });
    expect(profile.matters.map((m) => [m.kind, m.reference, m.details])).toEqual([
      [
        'police_report',
        CLEAR.crimeReference,
        expect.objectContaining({ crimeReference: CLEAR.crimeReference }),
      ],
      ['nrm_referral', CLEAR.nrmReference, expect.objectContaining({ nrmReference: CLEAR.nrmReference })],
      [
        'asylum_claim',
        CLEAR.homeOfficeReference,
        expect.objectContaining({
          homeOfficeReference: CLEAR.homeOfficeReference,
          appealNumber: CLEAR.appealNumber,
        }),
      ],
    ]);
    // No blind index reaches the screens.
    expect(JSON.stringify(profile)).not.toMatch(/Index"/);
    const timeline = await call.clients.timeline({ personId: client.id });
    expect(timeline.items.find((e) => e.sensitive)).toMatchObject({ note: CLEAR.sensitiveNote });
  });

  it('finds the client by each reference and legal name, through the blind indexes', async () => {
    const call = await caseworker.call();
    for (const search of [
      'xq 771930 26',
      CLEAR.nrmReference.toLowerCase(),
      CLEAR.homeOfficeReference,
      'pa-07719-2026',
      'oyelaran  QUISBERT-nakamura',
      CLEAR.alias,
    ]) {
      const { items } = await call.clients.list({ search, limit: 5 });
      expect(
        items.map((c) => c.id),
        search,
      ).toEqual([client.id]);
    }
  });

  it('gives the subject access bundle every value decrypted, without the blind indexes', async () => {
    const data = await api.handle.db.transaction((tx) => collectClientData(tx, api.cipher, client.id));
    const text = JSON.stringify(data.sections);
    for (const value of Object.values(CLEAR)) expect(text).toContain(JSON.stringify(value).slice(1, -1));
    expect(text).not.toContain('enc:v1:');
    expect(text).not.toMatch(/_index"/);
    expect(data.sections.people?.[0]).toMatchObject({ date_of_birth: CLEAR.dateOfBirth });
    expect(data.sections.timeline_events?.find((e) => e.sensitive === true)).toMatchObject({
      note: CLEAR.sensitiveNote,
    });
  });
});
