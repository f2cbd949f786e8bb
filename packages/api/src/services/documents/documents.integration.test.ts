import { createHash } from 'node:crypto';
import { auditLog, documents } from '@umbrella/db';
import { createAgency, createTeam } from '@umbrella/db/testing';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../context.ts';
import { MAX_STAGED_PER_USER } from './stage-document.ts';
import { downloadFile, uploadFile } from '../../files.ts';
import { createClientVia } from '../../testing/clients.ts';
import { createTestApi, type TestApi, type TestBrowser } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';

let api: TestApi;
let cw: SignedIn;
let colleague: SignedIn;
let offTeam: SignedIn;
let volunteer: SignedIn;
let police: string;
const client = { open: '', restricted: '' };

const text = (s: string) => new TextEncoder().encode(s);
const PDF = text('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xde,
]);
const ZIP = Uint8Array.from([
  0x50,
  0x4b,
  0x03,
  0x04,
  0x14,
  0x00,
  0x00,
  0x00,
  0x08,
  0x00,
  ...new Array(40).fill(0),
]);
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, ...new Array(60).fill(0)]);

beforeAll(async () => {
  api = await createTestApi(); // the clock reads Mon 23 Nov 2026
  cw = await signedIn(api, { email: 'cw@x.test', role: 'caseworker' });
  colleague = await signedIn(api, { email: 'colleague@x.test', role: 'caseworker' });
  offTeam = await signedIn(api, { email: 'off@x.test', role: 'caseworker' });
  volunteer = await signedIn(api, { email: 'v@x.test', role: 'volunteer' });
  const team = await createTeam(api.handle.db, { name: 'North', memberIds: [cw.user.id, colleague.user.id] });
  police = (await createAgency(api.handle.db, { name: 'Northshire Police' })).id;
  client.open = (await createClientVia(cw, { displayName: 'File Client' })).id;
  client.restricted = (
    await createClientVia(cw, { displayName: 'Restricted Files', restricted: true, teamId: team.id })
  ).id;
});
afterAll(async () => {
  await api.close();
});

const contextOf = (who: TestBrowser) =>
  createContext(
    { db: api.handle.db, config: api.config, cipher: api.cipher, now: () => new Date(api.clock.now) },
    { meta: { requestId: 'documents-test', ip: '203.0.113.10' }, cookies: who.cookies },
  );

const upload = async (who: TestBrowser, filename: string, bytes: Uint8Array, personId = client.open) =>
  uploadFile(await contextOf(who), { personId, filename, bytes });

const download = async (who: TestBrowser, id: string) => downloadFile(await contextOf(who), id);

const storedCount = async () => (await api.handle.db.select({ n: count() }).from(documents))[0]?.n ?? 0;

async function attach(documentId: string) {
  return (await cw.call()).communications.create({
    personId: client.open,
    channel: 'letter',
    direction: 'incoming',
    agencyId: police,
    occurredOn: '2026-11-20',
    subject: 'Letter with a scan',
    attachmentIds: [documentId],
  });
}

describe('uploading a file', () => {
  it('stages it for the client with its type as sniffed, its size and SHA-256', async () => {
    const stored = await upload(cw, 'Police letter.pdf', PDF);
    expect(stored).toEqual({
      id: expect.any(String),
      filename: 'Police letter.pdf',
      contentType: 'application/pdf',
      size: PDF.byteLength,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const [row] = await api.handle.db.select().from(documents).where(eq(documents.id, stored.id));
    expect(row).toMatchObject({ personId: client.open, uploadedById: cw.user.id, communicationId: null });
    // Sealed at rest (a scan names the client): the bytes open to the file as uploaded.
    expect(
      Buffer.from(row?.content ?? [])
        .subarray(0, 7)
        .toString(),
    ).toBe('enc:v1:');
    expect(
      api.cipher.openBytes('documents.content', row?.content ?? new Uint8Array()).equals(Buffer.from(PDF)),
    ).toBe(true);
    const [audit] = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'documents.upload'));
    expect(audit).toMatchObject({
      entityId: client.open,
      details: { documentId: stored.id, size: PDF.byteLength },
    });
  });

  it('accepts plain text and images whose bytes match their names', async () => {
    expect(
      (await upload(cw, 'e-mail from the council.txt', text('Dear Ms Example,\r\nThank you.\n'))).contentType,
    ).toBe('text/plain');
    expect((await upload(cw, 'photo.png', PNG)).contentType).toBe('image/png');
  });

  it.each<[string, string, Uint8Array]>([
    ['a ZIP archive', 'letter.pdf', ZIP],
    ['a Windows program', 'letter.pdf', EXE],
    ['text', 'letter.pdf', text('Just some words, not a PDF at all.')],
    ['a web page', 'notes.txt', text('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['an SVG picture', 'notes.txt', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')],
    ['a PDF', 'photo.jpg', PDF],
  ])('refuses %s named %s, storing nothing', async (_what, filename, bytes) => {
    const before = await storedCount();
    await expect(upload(cw, filename, bytes)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: {
        file: [
          expect.stringMatching(
            /^The file’s name ends in \.\w+ \(.*\) but its content is not that kind of file/,
          ),
        ],
      },
    });
    expect(await storedCount()).toBe(before);
  });

  it('refuses an empty file and a kind that is never attached', async () => {
    await expect(upload(cw, 'empty.pdf', new Uint8Array())).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'The file is empty.',
    });
    await expect(upload(cw, 'setup.exe', EXE)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { file: [expect.stringMatching(/^Files of this kind cannot be attached/)] },
    });
  });

  it('removes uploads never attached after a day, and keeps attached ones', async () => {
    const stale = await upload(cw, 'stale.pdf', PDF);
    const kept = await upload(cw, 'kept.pdf', PDF);
    await attach(kept.id);
    const twoDaysAgo = new Date(api.clock.now.getTime() - 2 * 24 * 60 * 60 * 1000);
    await api.handle.db.update(documents).set({ createdAt: twoDaysAgo }).where(eq(documents.id, stale.id));
    await api.handle.db.update(documents).set({ createdAt: twoDaysAgo }).where(eq(documents.id, kept.id));
    await upload(cw, 'fresh.pdf', PDF);
    const ids = (await api.handle.db.select({ id: documents.id }).from(documents)).map((d) => d.id);
    expect(ids).not.toContain(stale.id);
    expect(ids).toContain(kept.id);
  });

  it('refuses more than 30 files waiting to be attached by one person, storing nothing', async () => {
    const busy = await signedIn(api, { email: 'busy@x.test', role: 'caseworker' });
    for (let i = 0; i < MAX_STAGED_PER_USER; i += 1) await upload(busy, `scan-${i}.pdf`, PDF);
    const before = await storedCount();
    await expect(upload(busy, 'one-too-many.pdf', PDF)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { file: [expect.stringContaining('30 files waiting')] },
    });
    expect(await storedCount()).toBe(before);
    // Someone else's uploads are not counted against them.
    await expect(upload(colleague, 'own.pdf', PDF)).resolves.toMatchObject({ filename: 'own.pdf' });
  });

  it('refuses a client that does not exist', async () => {
    await expect(upload(cw, 'x.pdf', PDF, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('downloading a file', () => {
  it('returns the same bytes, name and type, and audits the download', async () => {
    const stored = await upload(cw, 'Statement.pdf', PDF);
    const file = await download(cw, stored.id);
    expect(file).toMatchObject({
      filename: 'Statement.pdf',
      contentType: 'application/pdf',
      sha256: stored.sha256,
    });
    expect(Buffer.from(file.content).equals(Buffer.from(PDF))).toBe(true);
    const rows = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'documents.download'), eq(auditLog.actorUserId, cw.user.id)));
    expect(rows.at(-1)).toMatchObject({
      outcome: 'success',
      entityId: client.open,
      details: { documentId: stored.id, communicationId: null },
    });
  });

  it('gives a staged file only to its uploader, and an attached one to anyone who may open the client', async () => {
    const stored = await upload(cw, 'Staged.pdf', PDF);
    await expect(download(colleague, stored.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const letter = await attach(stored.id);
    expect(letter.attachments.map((a) => a.id)).toEqual([stored.id]);
    expect((await download(colleague, stored.id)).filename).toBe('Staged.pdf');
  });

  it('answers NOT_FOUND for an id that is not a file', async () => {
    await expect(download(cw, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('who may upload and download', () => {
  it('refuses a caseworker outside the team of a restricted client, both ways, and audits it', async () => {
    const stored = await upload(cw, 'Restricted.pdf', PDF, client.restricted);
    const before = await storedCount();
    await expect(upload(offTeam, 'Mine.pdf', PDF, client.restricted)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(download(offTeam, stored.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await storedCount()).toBe(before);
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, offTeam.user.id), eq(auditLog.outcome, 'denied')));
    expect(denied.map((r) => [r.action, r.entityId])).toEqual([
      ['documents.upload', client.restricted],
      ['documents.download', client.restricted],
    ]);
    expect(
      (await download(colleague, (await upload(colleague, 'Team.pdf', PDF, client.restricted)).id)).filename,
    ).toBe('Team.pdf');
  });

  it('refuses volunteers, with an access.denied audit row', async () => {
    const stored = await upload(cw, 'Any.pdf', PDF);
    await expect(upload(volunteer, 'v.pdf', PDF)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(download(volunteer, stored.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const denied = await api.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, volunteer.user.id), eq(auditLog.action, 'access.denied')));
    expect(denied.map((r) => r.entityId)).toEqual(['files.upload', 'files.download']);
  });

  it('asks someone signed out to sign in', async () => {
    const stored = await upload(cw, 'Any.pdf', PDF);
    const stranger = api.browser();
    await expect(upload(stranger, 'x.pdf', PDF)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(download(stranger, stored.id)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
