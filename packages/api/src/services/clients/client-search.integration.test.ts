import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia, openMatterVia } from '../../testing/clients.ts';
import { expectBadField } from '../../testing/errors.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let cw: SignedIn;
let keyWorker: SignedIn;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await createTestApi();
  cw = await signedIn(api, { email: 'cw@x.test' });
  keyWorker = await signedIn(api, { email: 'kw@x.test', displayName: 'Kim Key' });

  ids.mohammed = (
    await createClientVia(cw, { displayName: 'Mohammed Al-Rashid', keyWorkerId: keyWorker.user.id })
  ).id;
  ids.grace = (
    await createClientVia(cw, { displayName: 'Grace Okafor', riskFlags: ['risk_of_detention'] })
  ).id;
  const lin = await createClientVia(cw, {
    displayName: 'Lin',
    aliases: [{ name: 'Zhang Wei Lin', kind: 'legal' }],
  });
  ids.lin = lin.id;
  const tomasz = await createClientVia(cw, { displayName: 'Tomasz Nowak' });
  ids.tomasz = tomasz.id;
  const amina = await createClientVia(cw, { displayName: 'Amina Yusuf', keyWorkerId: keyWorker.user.id });
  ids.amina = amina.id;
  ids.other = (await createClientVia(cw, { displayName: 'Dawit Haile' })).id;

  await openMatterVia(cw, {
    caseId: tomasz.caseId,
    kind: 'police_report',
    stage: 'reported',
    openedOn: '2026-10-01',
    details: { crimeReference: 'MET/12345/26', clientRole: 'victim' },
  });
  await openMatterVia(cw, {
    caseId: amina.caseId,
    kind: 'asylum_claim',
    stage: 'claimed',
    openedOn: '2026-09-01',
    details: { homeOfficeReference: 'H1234567', appealNumber: 'PA/01234/2026' },
  });
  await openMatterVia(cw, {
    caseId: lin.caseId,
    kind: 'nrm_referral',
    stage: 'referred',
    openedOn: '2026-08-01',
    details: { nrmReference: 'NRM-2026-0042', consentRecorded: true },
  });
  const { case: file } = await (await cw.call()).clients.get({ id: ids.other });
  await (
    await cw.call()
  ).cases.update({
    id: file.id,
    version: file.version,
    status: 'closed',
    leadCaseworkerId: null,
  });
});
afterAll(async () => {
  await api.close();
});

const search = async (text: string) =>
  (await (await cw.call()).clients.list({ search: text, limit: 20 })).items;

describe('client search', () => {
  it('finds a display name despite a typo, best match first', async () => {
    const [first] = await search('Mohamed');
    expect(first).toMatchObject({
      id: ids.mohammed,
      match: { field: 'display_name', text: 'Mohammed Al-Rashid' },
      keyWorker: { id: keyWorker.user.id, displayName: 'Kim Key' },
    });
    expect((await search('Okafur'))[0]?.id).toBe(ids.grace);
    expect((await search('amina yusef'))[0]?.id).toBe(ids.amina);
  });

  it('finds a client by a legal name or alias, exactly in any case and spacing, saying so', async () => {
    for (const typed of ['Zhang Wei Lin', 'zhang  wei LIN ']) {
      expect(await search(typed)).toMatchObject([
        { id: ids.lin, displayName: 'Lin', match: { field: 'alias', text: 'Zhang Wei Lin' } },
      ]);
    }
  });

  it('never finds a legal name or alias by a part or a typo: they are encrypted, found by blind index', async () => {
    expect(await search('Zhang')).toEqual([]);
    expect(await search('Zhang Wei Lim')).toEqual([]);
  });

  it('finds a client by crime, Home Office, appeal or NRM reference, exactly but in any case', async () => {
    expect(await search('met/12345/26')).toMatchObject([
      { id: ids.tomasz, match: { field: 'reference', text: 'MET/12345/26' } },
    ]);
    expect(await search('h1234567')).toMatchObject([
      { id: ids.amina, match: { field: 'reference', text: 'H1234567' } },
    ]);
    expect(await search('PA/01234/2026')).toMatchObject([{ id: ids.amina }]);
    expect(await search('nrm-2026-0042')).toMatchObject([{ id: ids.lin }]);
    expect(await search('MET/12345')).toEqual([]);
  });

  it('finds a reference however its separators were typed (spaces, hyphens, slashes, dots)', async () => {
    for (const typed of ['MET 12345 26', 'met-12345-26', 'MET.12345.26', 'met1234526']) {
      expect(await search(typed)).toMatchObject([{ id: ids.tomasz, match: { field: 'reference' } }]);
    }
    expect(await search('NRM 2026 0042')).toMatchObject([
      { id: ids.lin, match: { field: 'reference', text: 'NRM-2026-0042' } },
    ]);
  });

  it('shows each client once, with the stage of each matter', async () => {
    const [row] = await search('H1234567');
    expect(row).toMatchObject({
      caseStatus: 'open',
      archived: false,
      restricted: false,
      matters: [{ kind: 'asylum_claim', stage: 'claimed', stageLabel: 'Claimed' }],
    });
  });

  it('filters by key worker, matter kind, stage, open or closed, and flag', async () => {
    const list = async (filters: Record<string, string>) =>
      (await (await cw.call()).clients.list({ limit: 50, ...filters })).items.map((c) => c.id).sort();
    expect(await list({ keyWorkerId: keyWorker.user.id })).toEqual([ids.amina, ids.mohammed].sort());
    expect(await list({ matterKind: 'police_report' })).toEqual([ids.tomasz]);
    expect(await list({ matterKind: 'nrm_referral', stage: 'referred' })).toEqual([ids.lin]);
    expect(await list({ matterKind: 'nrm_referral', stage: 'rg_positive' })).toEqual([]);
    expect(await list({ stage: 'claimed' })).toEqual([ids.amina]);
    expect(await list({ status: 'closed' })).toEqual([ids.other]);
    expect(await list({ status: 'open' })).not.toContain(ids.other);
    expect(await list({ flag: 'risk_of_detention' })).toEqual([ids.grace]);
    const filtered = await (
      await cw.call()
    ).clients.list({ limit: 50, search: 'Amina', keyWorkerId: cw.user.id });
    expect(filtered.items).toEqual([]);
  });

  it('pages through the list in name order, and through search results by score', async () => {
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await (await cw.call()).clients.list({ limit: 2, ...(cursor ? { cursor } : {}) });
      names.push(...page.items.map((c) => c.displayName));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toEqual([
      'Amina Yusuf',
      'Dawit Haile',
      'Grace Okafor',
      'Lin',
      'Mohammed Al-Rashid',
      'Tomasz Nowak',
    ]);

    for (const name of ['Sam Pager', 'Sam Pager', 'Sam Pagers', 'Samuel Page']) {
      await createClientVia(cw, { displayName: name });
    }
    const all = await search('Sam Pager');
    expect(all.length).toBeGreaterThanOrEqual(3);
    const paged: string[] = [];
    do {
      const page = await (
        await cw.call()
      ).clients.list({ search: 'Sam Pager', limit: 1, ...(cursor ? { cursor } : {}) });
      paged.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all.map((c) => c.id));
  });

  it('refuses a malformed or mismatched cursor with a 400, never a 500', async () => {
    const browsing = await (await cw.call()).clients.list({ limit: 1 });
    const searching = await (await cw.call()).clients.list({ limit: 1, search: 'a' });
    const tampered = [
      'garbage!',
      Buffer.from('["n","not-a-uuid"]').toString('base64url'),
      Buffer.from('["n","00000000-0000-4000-8000-000000000000"]').toString('base64url'),
      Buffer.from('["s","1; drop table people","00000000-0000-4000-8000-000000000000"]').toString(
        'base64url',
      ),
      Buffer.from('{"a":1}').toString('base64url'),
    ];
    for (const cursor of tampered) {
      await expectBadField((await cw.call()).clients.list({ limit: 5, cursor }), 'cursor');
      await expectBadField((await cw.call()).clients.list({ limit: 5, cursor, search: 'a' }), 'cursor');
    }
    await expectBadField(
      (await cw.call()).clients.list({ limit: 5, search: 'a', cursor: browsing.nextCursor ?? '' }),
      'cursor',
    );
    await expectBadField(
      (await cw.call()).clients.list({ limit: 5, cursor: searching.nextCursor ?? '' }),
      'cursor',
    );
  });

  it('an unknown search finds nobody', async () => {
    expect(await search('Xqzvbn')).toEqual([]);
  });
});
