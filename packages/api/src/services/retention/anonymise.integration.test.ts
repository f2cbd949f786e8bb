import {
  accompanimentReports,
  anonymisationRequests,
  appointmentFollowUps,
  appointmentVolunteers,
  appointments,
  asylumClaimDetails,
  auditLog,
  breakGlassGrants,
  CLIENT_TABLES,
  communications,
  ENCRYPTED_COLUMNS,
  consents,
  deadlines,
  disclosures,
  documents,
  matters,
  nrmReferralDetails,
  people,
  policeReportDetails,
  socialServicesDetails,
  subjectAccessRequests,
  supervisionReviewDrafts,
  supervisionReviews,
  timelineEvents,
} from '@umbrella/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientVia } from '../../testing/clients.ts';
import { createTestApi, type TestApi } from '../../testing/harness.ts';
import { signedIn, type SignedIn } from '../../testing/staff.ts';
import { ANONYMISATION_PLAN, clientRows, linkOf } from './anonymise-client.ts';

// Every identifying value of the client to be anonymised carries this mark; the other client's carry KEEP.
const MARK = 'Zqxv';
const KEEP = 'Qqkeep';
const DATE_OF_BIRTH = '1937-06-19';
const OTHER_DATE_OF_BIRTH = '1941-02-03';
const m = (label: string) => `${MARK}-${label}`;

let api: TestApi;
let supervisor: SignedIn;
let admin: SignedIn;
let alice: SignedIn;
let volunteer: SignedIn;
let subject = '';
let subjectCase = '';
let other = '';
let requestId = '';

const db = () => api.handle.db;

/** How many rows of every table of the database hold `needle` anywhere (every column as text, in any case). */
async function rowsHolding(needle: string): Promise<Record<string, number>> {
  const tables = await db().execute<{ table_name: string }>(sql`
    select table_name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const found: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const result = await db().execute<{ n: number | string }>(
      sql`select count(*)::int as n from ${sql.identifier(table_name)} t
            where strpos(lower(t::text), lower(${needle})) > 0`,
    );
    const n = Number(result.rows[0]?.n ?? 0);
    if (n > 0) found[table_name] = n;
  }
  return found;
}

/**
 * Every sealed value and blind index held about a client (ENCRYPTED_COLUMNS): ciphertexts never contain the
 * words they hide, so the search for the mark cannot see them; these are searched for as they are stored.
 */
async function sealedValuesOf(personId: string): Promise<string[]> {
  const values: string[] = [];
  for (const column of ENCRYPTED_COLUMNS) {
    const where = clientRows(linkOf(column.table), personId);
    const fields =
      column.how === 'json'
        ? (column.fields ?? []).map((f) => sql`${sql.identifier(column.column)} ->> ${f}`)
        : [sql`${sql.identifier(column.column)}`];
    if ('index' in column) fields.push(sql`${sql.identifier(column.index.column)}`);
    for (const field of fields) {
      const result = await db().execute<{ v: string | null }>(
        sql`select ${field} as v from ${sql.identifier(column.table)} where ${where}`,
      );
      values.push(...result.rows.flatMap((r) => (r.v ? [r.v] : [])));
    }
  }
  return values;
}

async function countsOf(personId: string) {
  const count = async (table: string) => {
    const result = await db().execute<{ n: number | string }>(
      sql`select count(*)::int as n from ${sql.identifier(table)} where person_id = ${personId}`,
    );
    return Number(result.rows[0]?.n ?? 0);
  };
  return {
    cases: await count('cases'),
    matters: await count('matters'),
    communications: await count('communications'),
    deadlines: await count('deadlines'),
    timeline_events: await count('timeline_events'),
    appointments: await count('appointments'),
    consents: await count('consents'),
    disclosures: await count('disclosures'),
  };
}

/** Fills every table a client can have rows in, each identifying column carrying `mark`. */
async function fillRecord(personId: string, caseId: string, mark: (label: string) => string) {
  const staff = alice.user.id;
  const [police, nrm, asylum, social] = await db()
    .insert(matters)
    .values(
      (['police_report', 'nrm_referral', 'asylum_claim', 'social_services'] as const).map((kind) => ({
        caseId,
        personId,
        kind,
        stage: 'closed',
        stageChangedOn: '2026-11-02',
        openedOn: '2026-11-01',
        reference: api.cipher.seal('matters.reference', mark(`reference-${kind}`)),
        referenceIndex: api.cipher.blindIndex('reference', mark(`reference-${kind}`)),
      })),
    )
    .returning({ id: matters.id });
  if (!police || !nrm || !asylum || !social) throw new Error('matters not created');
  await db()
    .insert(policeReportDetails)
    .values({
      matterId: police.id,
      crimeReference: api.cipher.seal('police_report_details.crime_reference', mark('crime-reference')),
      crimeReferenceIndex: api.cipher.blindIndex('reference', mark('crime-reference')),
      offence: mark('offence'),
      officerInCharge: mark('officer'),
      officerContact: mark('officer-contact'),
    });
  await db()
    .insert(nrmReferralDetails)
    .values({
      matterId: nrm.id,
      nrmReference: api.cipher.seal('nrm_referral_details.nrm_reference', mark('nrm-reference')),
      nrmReferenceIndex: api.cipher.blindIndex('reference', mark('nrm-reference')),
    });
  await db()
    .insert(asylumClaimDetails)
    .values({
      matterId: asylum.id,
      homeOfficeReference: api.cipher.seal(
        'asylum_claim_details.home_office_reference',
        mark('home-office-reference'),
      ),
      homeOfficeReferenceIndex: api.cipher.blindIndex('reference', mark('home-office-reference')),
      appealNumber: api.cipher.seal('asylum_claim_details.appeal_number', mark('appeal')),
      appealNumberIndex: api.cipher.blindIndex('reference', mark('appeal')),
      legalRepresentative: mark('legal-representative'),
      reportingConditions: mark('reporting'),
    });
  await db()
    .insert(socialServicesDetails)
    .values({
      matterId: social.id,
      socialWorker: mark('social-worker'),
      children: [{ firstName: mark('child'), age: 4 }],
    });
  await db()
    .insert(timelineEvents)
    .values({
      personId,
      caseId,
      matterId: police.id,
      kind: 'note',
      occurredOn: '2026-11-02',
      recordedById: staff,
      note: mark('timeline-note'),
      details: { said: mark('timeline-details') },
    });
  await db()
    .insert(timelineEvents)
    .values({
      personId,
      caseId,
      kind: 'note',
      occurredOn: '2026-11-03',
      recordedById: staff,
      // The note column is typed as text: sealed only where `sensitive`.
      note: api.cipher.seal('timeline_events.note', mark('sensitive-note')) as unknown as string,
      sensitive: true,
    });
  const [free] = await db()
    .insert(deadlines)
    .values({
      personId,
      caseId,
      source: 'manual',
      due: '2026-11-20',
      title: mark('deadline-title'),
      explanation: mark('deadline-explanation'),
      certainty: 'practice',
      status: 'waived',
      statusReason: mark('deadline-status-reason'),
      createdById: staff,
    })
    .returning({ id: deadlines.id });
  if (!free) throw new Error('deadline not created');
  await db().insert(deadlines).values({
    personId,
    caseId,
    source: 'manual',
    ruleId: 'sar.response',
    triggerDate: '2026-11-01',
    due: '2026-12-01',
    title: 'Answer a subject access request',
    explanation: 'One calendar month from the day the request was received.',
    certainty: 'statutory',
    createdById: staff,
  });
  const [letter] = await db()
    .insert(communications)
    .values({
      personId,
      caseId,
      direction: 'outgoing',
      channel: 'phone_call',
      counterpartName: mark('counterpart-name'),
      counterpartLabel: mark('counterpart-label'),
      occurredOn: '2026-11-02',
      subject: api.cipher.seal('communications.subject', mark('subject')),
      body: api.cipher.seal('communications.body', mark('body')),
      search: sql`to_tsvector('english', ${mark('search')})`,
      confirmation: 'needed',
      confirmationNote: mark('confirmation-note'),
      recordedById: staff,
    })
    .returning({ id: communications.id });
  if (!letter) throw new Error('communication not created');
  const [file] = await db()
    .insert(documents)
    .values({
      personId,
      communicationId: letter.id,
      uploadedById: staff,
      filename: `${mark('filename')}.pdf`,
      contentType: 'application/pdf',
      size: 20,
      sha256: 'a'.repeat(64),
      content: new TextEncoder().encode(`%PDF ${mark('file-content')}`),
      attachedAt: new Date('2026-11-02T10:00:00Z'),
    })
    .returning({ id: documents.id });
  if (!file) throw new Error('document not created');
  const [consent] = await db()
    .insert(consents)
    .values({
      personId,
      categories: ['police'],
      method: 'written',
      givenOn: '2026-11-02',
      documentId: file.id,
      scope: mark('consent-scope'),
      recordedById: staff,
      withdrawnAt: new Date('2026-11-03T10:00:00Z'),
      withdrawnById: staff,
      withdrawalNote: mark('withdrawal-note'),
    })
    .returning({ id: consents.id });
  await db()
    .insert(disclosures)
    .values({
      personId,
      caseId,
      kind: 'communication',
      status: 'refused',
      recipientCategory: 'police',
      recipientLabel: mark('recipient-label'),
      informationShared: ['contact_details'],
      basis: 'legal_basis',
      consentId: consent?.id ?? null,
      basisDetails: mark('basis-details'),
      description: 'Letter sent',
      communicationId: letter.id,
      documentId: file.id,
      requestedById: staff,
      decidedById: supervisor.user.id,
      decidedAt: new Date('2026-11-03T10:00:00Z'),
      decisionReason: mark('decision-reason'),
      pendingCommunication: { subject: mark('pending-subject'), body: mark('pending-body') },
    });
  const [appointment] = await db()
    .insert(appointments)
    .values({
      personId,
      caseId,
      type: 'police_interview',
      startsAt: new Date('2026-11-05T10:00:00Z'),
      endsAt: new Date('2026-11-05T11:00:00Z'),
      place: mark('place'),
      area: mark('area'),
      meetingPoint: mark('meeting-point'),
      interpreterLanguage: mark('interpreter-language'),
      notesForVolunteer: mark('notes-for-volunteer'),
      status: 'cancelled',
      cancelledReason: mark('cancelled-reason'),
      cancelledAt: new Date('2026-11-04T10:00:00Z'),
      createdById: staff,
    })
    .returning({ id: appointments.id });
  if (!appointment) throw new Error('appointment not created');
  await db()
    .insert(appointmentVolunteers)
    .values({
      appointmentId: appointment.id,
      userId: volunteer.user.id,
      status: 'declined',
      declineReason: mark('decline-reason'),
      assignedById: staff,
    });
  const [report] = await db()
    .insert(accompanimentReports)
    .values({
      appointmentId: appointment.id,
      volunteerId: volunteer.user.id,
      personId,
      status: 'filed',
      draft: { treatment: mark('report-draft') },
      outcome: 'attended',
      present: ['interpreter'],
      presentOther: mark('present-other'),
      treatment: mark('treatment'),
      concerns: ['other'],
      concernDetails: mark('concern-details'),
      promised: mark('promised'),
      promisedDates: [{ date: '2026-12-01', what: mark('promised-what') }],
      minutesSpent: 90,
      filedAt: new Date('2026-11-05T12:00:00Z'),
    })
    .returning({ id: accompanimentReports.id });
  if (!report) throw new Error('report not created');
  await db()
    .insert(appointmentFollowUps)
    .values({
      reportId: report.id,
      appointmentId: appointment.id,
      personId,
      caseId,
      description: mark('follow-up'),
      state: 'dismissed',
      dismissReason: mark('dismiss-reason'),
    });
  await db()
    .insert(supervisionReviews)
    .values({
      caseId,
      personId,
      reviewerId: supervisor.user.id,
      reviewedOn: '2026-11-04',
      notes: mark('review-notes'),
    });
  await db()
    .insert(supervisionReviewDrafts)
    .values({ caseId, personId, authorId: supervisor.user.id, draft: { notes: mark('review-draft') } });
  await db()
    .insert(breakGlassGrants)
    .values({
      userId: staff,
      personId,
      reason: mark('break-glass-reason'),
      expiresAt: new Date('2026-11-04T11:00:00Z'),
      reviewedById: supervisor.user.id,
      reviewedAt: new Date('2026-11-04T12:00:00Z'),
      reviewNote: mark('review-note'),
    });
  await db()
    .insert(subjectAccessRequests)
    .values({
      personId,
      caseId,
      receivedOn: '2026-11-01',
      receivedVia: 'letter',
      identityChecked: true,
      note: mark('sar-note'),
      deadlineId: free.id,
      status: 'completed',
      completedOn: '2026-11-10',
      completionNote: mark('sar-completion-note'),
      recordedById: staff,
    });
  // An earlier request, refused with a note.
  await db()
    .insert(anonymisationRequests)
    .values({
      personId,
      reason: mark('earlier-reason'),
      requestedById: supervisor.user.id,
      status: 'refused',
      decidedById: admin.user.id,
      decidedAt: new Date('2026-11-10T10:00:00Z'),
      decisionNote: mark('earlier-decision-note'),
    });
}

function clientWith(mark: (label: string) => string, dateOfBirth: string) {
  return {
    displayName: mark('display-name'),
    dateOfBirth,
    dateOfBirthPrecision: 'exact' as const,
    nationality: mark('nationality'),
    languages: [mark('language')],
    interpreterNeeded: true,
    interpreterLanguage: mark('interpreter'),
    pronouns: mark('pronouns'),
    safeContact: {
      call: true,
      text: true,
      voicemail: true,
      post: false,
      codeWord: mark('code-word'),
      safeTimes: mark('safe-times'),
      notes: mark('contact-notes'),
    },
    riskFlags: ['pregnant' as const],
    notes: mark('background'),
    aliases: [
      { name: mark('legal-name'), kind: 'legal' as const, notes: mark('alias-notes') },
      { name: mark('alias'), kind: 'alias' as const },
    ],
  };
}

beforeAll(async () => {
  api = await createTestApi();
  supervisor = await signedIn(api, { email: 'sup@x.test', role: 'supervisor', displayName: 'Sam Super' });
  admin = await signedIn(api, { email: 'admin@x.test', isAdmin: true, displayName: 'Ada Admin' });
  alice = await signedIn(api, { email: 'alice@x.test', displayName: 'Alice Caseworker' });
  volunteer = await signedIn(api, { email: 'vol@x.test', role: 'volunteer' });

  const created = await createClientVia(alice, clientWith(m, DATE_OF_BIRTH));
  subject = created.id;
  subjectCase = created.caseId;
  await fillRecord(subject, subjectCase, m);

  const kept = await createClientVia(
    alice,
    clientWith((label) => `${KEEP}-${label}`, OTHER_DATE_OF_BIRTH),
  );
  other = kept.id;
  await fillRecord(other, kept.caseId, (label) => `${KEEP}-${label}`);

  // A legal hold set and lifted leaves nothing behind either.
  const client = await (await supervisor.call()).retention.forClient({ personId: subject });
  const held = await (
    await supervisor.call()
  ).retention.setLegalHold({ personId: subject, version: client.version, reason: m('hold-reason') });
  await (await supervisor.call()).retention.clearLegalHold({ personId: subject, version: held.version });
  // Close the case file.
  const profile = await (await alice.call()).clients.get({ id: subject });
  await (
    await alice.call()
  ).cases.update({
    id: profile.case.id,
    version: profile.case.version,
    status: 'closed',
    leadCaseworkerId: null,
  });
});

afterAll(async () => {
  await api.close();
});

describe('what anonymising does to each column', () => {
  it('classifies every column of every client table as scrubbed, deleted with its table, or kept', async () => {
    const planned = ANONYMISATION_PLAN.map((p) => p.table).sort();
    expect(planned).toEqual(CLIENT_TABLES.map((t) => t.table).sort());
    const unclassified: string[] = [];
    const unknown: string[] = [];
    const both: string[] = [];
    for (const plan of ANONYMISATION_PLAN) {
      const result = await db().execute<{ column_name: string }>(sql`
        select column_name from information_schema.columns
         where table_schema = 'public' and table_name = ${plan.table}`);
      const columns = result.rows.map((r) => r.column_name);
      expect(columns.length, plan.table).toBeGreaterThan(0);
      if (plan.action === 'delete') continue;
      const scrubbed = plan.action === 'scrub' ? Object.keys(plan.set(new Date(), api.cipher)) : [];
      const classified = new Set([...scrubbed, ...plan.keep]);
      unclassified.push(...columns.filter((c) => !classified.has(c)).map((c) => `${plan.table}.${c}`));
      unknown.push(...[...classified].filter((c) => !columns.includes(c)).map((c) => `${plan.table}.${c}`));
      both.push(...scrubbed.filter((c) => plan.keep.includes(c)).map((c) => `${plan.table}.${c}`));
    }
    // Sealed columns and their blind indexes are never kept: the index is a keyed hash of the value.
    const sealedKept = ENCRYPTED_COLUMNS.flatMap((c) =>
      [c.column, ...('index' in c ? [c.index.column] : [])].map((column) => ({ table: c.table, column })),
    ).filter(({ table, column }) => {
      const plan = ANONYMISATION_PLAN.find((p) => p.table === table);
      return plan?.action !== 'delete' && plan?.action !== 'scrub'
        ? true
        : plan.action === 'scrub' && !Object.keys(plan.set(new Date(), api.cipher)).includes(column);
    });
    expect(sealedKept).toEqual([]);
    // A new column of a client table must be classified in ANONYMISATION_PLAN before this passes.
    expect(unclassified).toEqual([]);
    expect(unknown).toEqual([]);
    expect(both).toEqual([]);
  });
});

describe('anonymising a client', () => {
  let before: Awaited<ReturnType<typeof countsOf>>;
  let otherBefore: Awaited<ReturnType<typeof countsOf>>;
  let keptBefore: Record<string, number>;
  let sealed: string[] = [];

  beforeAll(async () => {
    sealed = await sealedValuesOf(subject);
    // Names, date of birth, notes and safe-contact words (sealed by the API), references and their indexes,
    // the sensitive note.
    expect(sealed.length).toBeGreaterThanOrEqual(20);
    expect(sealed.some((v) => v.startsWith('enc:v1:'))).toBe(true);
    // Every table the record touches holds the mark, or a sealed value, before (so the search is a real one).
    const holding = await rowsHolding(MARK);
    for (const value of sealed) {
      for (const [table, n] of Object.entries(await rowsHolding(value)))
        holding[table] = (holding[table] ?? 0) + n;
    }
    for (const link of CLIENT_TABLES) {
      if (link.table === 'audit_log' || link.table === 'cases') continue;
      expect(holding[link.table], link.table).toBeGreaterThan(0);
    }
    before = await countsOf(subject);
    otherBefore = await countsOf(other);
    keptBefore = await rowsHolding(KEEP);

    const requested = await (
      await supervisor.call()
    ).retention.request({ personId: subject, reason: m('request-reason') });
    requestId = requested.id;
    await (await admin.call()).retention.approve({ id: requested.id, version: requested.version });
  });

  it('leaves none of the original values anywhere in the database', async () => {
    expect(await rowsHolding(MARK)).toEqual({});
    expect(await rowsHolding(DATE_OF_BIRTH)).toEqual({});
    // The file's bytes, as bytea prints them.
    expect(await rowsHolding(Buffer.from(m('file-content')).toString('hex'))).toEqual({});
    const left = [];
    for (const value of sealed) {
      const found = await rowsHolding(value);
      if (Object.keys(found).length > 0) left.push(found);
    }
    expect(left).toEqual([]);
  });

  it('keeps the structure, so the counts are the same', async () => {
    expect(await countsOf(subject)).toEqual(before);
    const [person] = await db().select().from(people).where(eq(people.id, subject));
    expect(person).toMatchObject({
      displayName: 'Anonymised client',
      dateOfBirth: null,
      dateOfBirthPrecision: 'unknown',
      languages: [],
      riskFlags: [],
      notes: null,
      interpreterNeeded: true,
      safeContact: {
        call: false,
        text: false,
        voicemail: false,
        post: false,
        codeWord: null,
        safeTimes: null,
        notes: null,
      },
    });
    expect(person?.anonymisedAt?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(person?.archivedAt).not.toBeNull();
    // A catalogue rule's wording is kept; the free date's own words are not.
    const titles = await db()
      .select({ title: deadlines.title })
      .from(deadlines)
      .where(eq(deadlines.personId, subject));
    expect(titles.map((t) => t.title).sort()).toEqual(['Answer a subject access request', 'Removed']);
  });

  it('leaves the other client untouched', async () => {
    expect(await countsOf(other)).toEqual(otherBefore);
    expect(await rowsHolding(KEEP)).toEqual(keptBefore);
    const [person] = await db().select().from(people).where(eq(people.id, other));
    expect(person).toMatchObject({
      displayName: `${KEEP}-display-name`,
      anonymisedAt: null,
    });
    expect(api.cipher.openOrNull('people.date_of_birth', person?.dateOfBirth ?? null)).toBe(
      OTHER_DATE_OF_BIRTH,
    );
  });

  it('keeps the record of the act: the request (without its words) and an audit row, in the same transaction', async () => {
    const [request] = await db()
      .select()
      .from(anonymisationRequests)
      .where(eq(anonymisationRequests.id, requestId));
    expect(request).toMatchObject({
      status: 'approved',
      reason: 'Removed',
      requestedById: supervisor.user.id,
      decidedById: admin.user.id,
    });
    const [act] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'clients.anonymise'), eq(auditLog.entityId, subject)));
    expect(act).toMatchObject({ actorUserId: admin.user.id, outcome: 'success', entityType: 'person' });
    expect(act?.details).toMatchObject({
      requestId,
      requestedById: supervisor.user.id,
      approvedById: admin.user.id,
      rows: expect.objectContaining({
        people: 1,
        person_aliases: 2,
        documents: 1,
        matters: 4,
        communications: 1,
      }),
    });
    // Rows written by one transaction carry its id (xmin): the act, the request and the person together.
    const xmin = async (table: string, column: string, id: string) =>
      (
        await db().execute<{ x: string }>(
          sql`select xmin::text as x from ${sql.identifier(table)} where ${sql.identifier(column)} = ${id}`,
        )
      ).rows[0]?.x;
    const actTx = await xmin('audit_log', 'id', act?.id ?? '');
    expect(actTx).toBeDefined();
    expect(await xmin('people', 'id', subject)).toBe(actTx);
    expect(await xmin('anonymisation_requests', 'id', requestId)).toBe(actTx);
  });

  it('shows on the profile as anonymised, and cannot be asked again', async () => {
    const retention = await (await supervisor.call()).retention.forClient({ personId: subject });
    expect(retention).toMatchObject({
      anonymisedAt: '2026-11-23T10:00:00.000Z',
      legalHold: null,
      canRequest: false,
      canChangeLegalHold: false,
      blockedBy: "This client's record has already been anonymised.",
    });
    const profile = await (await alice.call()).clients.get({ id: subject });
    expect(profile).toMatchObject({ displayName: 'Anonymised client', aliases: [], notes: null });
  });
});
