import { disclosures, subjectAccessRequests } from '@umbrella/db';
import { INFORMATION_CATEGORIES, londonToday } from '@umbrella/domain';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { eq } from 'drizzle-orm';
import { badRequest, notFound } from '../../errors.ts';
import {
  auditClientChange,
  inClientTransaction,
  openClientRecord,
  type StaffContext,
} from '../access/client-record.ts';
import { loadCaseFile } from '../clients/profile.ts';
import { collectClientData } from './collect-client-data.ts';
import { readableCopy } from './readable-copy.ts';

export const SAR_BUNDLE_FORMAT = 'umbrella-subject-access/1';

const identityNotChecked = () =>
  badRequest(
    'identityChecked',
    'The client’s identity has not been checked for this request: record that it has been before exporting the bundle.',
  );

/** A file's place in the bundle: its id keeps two files of the same name apart; no folders from the name. */
function filePath(id: string, filename: string): string {
  return `files/${id}-${filename.replace(/[/\\]/g, '_')}`;
}

/**
 * The bundle for one request: bundle.json (every row of every client table, other clients' names
 * redacted), readable.html, and the files, zipped. Supervisors only (the route's policy), and only once the
 * requester's identity has been checked: everything we hold must not go to someone else. The export is a
 * disclosure to the client, recorded with its audit row in the transaction that read the data.
 */
export async function exportSarBundle(
  ctx: StaffContext,
  requestId: string,
): Promise<{ filename: string; bytes: Uint8Array }> {
  const now = ctx.now();
  return inClientTransaction(ctx, async (tx) => {
    const [request] = await tx
      .select()
      .from(subjectAccessRequests)
      .where(eq(subjectAccessRequests.id, requestId))
      .limit(1);
    if (!request) throw notFound('request');
    const person = await openClientRecord(tx, ctx, request.personId, 'sar.export');
    if (!request.identityChecked) throw identityNotChecked();
    const file = await loadCaseFile(tx, person.id);
    const data = await collectClientData(tx, ctx.cipher, person.id);
    const bundle = {
      format: SAR_BUNDLE_FORMAT,
      generatedAt: now.toISOString(),
      requestId: request.id,
      clientId: person.id,
      note: 'Other clients named in these records are shown as "[another client]". Column names are those of the database; ids are explained in "names".',
      sections: data.sections,
      names: data.names,
      files: data.files.map((f) => ({
        id: f.id,
        filename: f.filename,
        path: filePath(f.id, f.filename),
        contentType: f.contentType,
        sha256: f.sha256,
        size: f.content.byteLength,
      })),
    };
    const entries: Zippable = {
      'bundle.json': strToU8(JSON.stringify(bundle, null, 2)),
      'readable.html': strToU8(readableCopy(data, now)),
    };
    for (const f of data.files) entries[filePath(f.id, f.filename)] = [f.content, { level: 0 }];
    const bytes = zipSync(entries, { level: 6, mtime: now });
    const [disclosure] = await tx
      .insert(disclosures)
      .values({
        personId: person.id,
        caseId: file.id,
        kind: 'export',
        status: 'made',
        recipientCategory: 'client',
        recipientLabel: 'The client (subject access request)',
        informationShared: [...INFORMATION_CATEGORIES],
        basis: 'client',
        description: 'Subject access bundle exported',
        requestedById: ctx.session.user.id,
        madeAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: disclosures.id });
    await tx
      .update(subjectAccessRequests)
      .set({ lastExportedAt: now, updatedAt: now })
      .where(eq(subjectAccessRequests.id, request.id));
    await auditClientChange(tx, ctx, 'sar.export', person.id, {
      requestId: request.id,
      disclosureId: disclosure?.id,
      files: data.files.length,
      bytes: bytes.byteLength,
    });
    return { filename: `subject-access-${londonToday(now)}.zip`, bytes };
  });
}
