import { eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { MatterKind } from '@umbrella/domain';
import { appendAudit } from '../audit/append.ts';
import type { Database, DbOrTx } from '../client.ts';
import type { FieldCipher } from '../crypto/cipher.ts';
import { hashPassword } from '../passwords.ts';
import { agencies } from '../schema/agencies.ts';
import { appointmentVolunteers, appointments } from '../schema/appointments.ts';
import { cases } from '../schema/cases.ts';
import { communications } from '../schema/communications.ts';
import { deadlines } from '../schema/deadlines.ts';
import {
  asylumClaimDetails,
  matters,
  nrmReferralDetails,
  policeReportDetails,
  socialServicesDetails,
} from '../schema/matters.ts';
import { people, personAliases } from '../schema/people.ts';
import { instanceSettings } from '../schema/settings.ts';
import { supervisionReviews } from '../schema/supervision.ts';
import { teamMembers, teams } from '../schema/teams.ts';
import { timelineEvents } from '../schema/timeline.ts';
import { users } from '../schema/users.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS, loadDemoData } from '../demo/seed.ts';
import { addClient } from './client-rows.ts';
import { emptyRows, type Agency, type LargeContext, type LargeRows } from './large-rows.ts';
import { SeededRandom } from './random.ts';
import { LARGE_TEAMS, ORIGINS } from './words.ts';

/** The full size (scale 1): about 20,000 clients and 500,000 communications. */
export const LARGE_CLIENTS = 20_000;
const STAFF = { supervisors: 10, caseworkers: 70, volunteers: 40 } as const;
/** Clients written per transaction: big enough for bulk inserts, small enough to show progress. */
const CLIENTS_PER_BATCH = 250;
/** PostgreSQL takes at most 65,535 parameters a statement. */
const MAX_PARAMETERS = 60_000;

export interface LargeOptions {
  /** 1 writes the full set; 0.1 a tenth of the clients (and so of everything else). */
  scale: number;
  seed: number;
  /** `YYYY-MM-DD`: the day the data set is written as of (today by default). */
  anchor: string;
  /** Called after each batch with the clients written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export type LargeCounts = Record<
  | 'users'
  | 'clients'
  | 'cases'
  | 'matters'
  | 'communications'
  | 'deadlines'
  | 'appointments'
  | 'timelineEvents',
  number
>;

export class LargeDataPresentError extends Error {
  constructor() {
    super('The large data set is already loaded in this database: load it into a new one.');
    this.name = 'LargeDataPresentError';
  }
}

/**
 * Writes the large fictional data set for the benchmark: the demo organisation first (if the database is
 * empty), then 120 more staff in regional teams and `scale` × 20,000 clients with their cases, matters,
 * communications, deadlines and appointments, in bulk inserts of a batch of clients per transaction.
 * Everything is drawn from a seeded random source: the same seed and date give the same data set.
 */
export async function loadLargeData(
  db: Database,
  cipher: FieldCipher,
  options: LargeOptions,
): Promise<LargeCounts> {
  const [loaded] = await db
    .select({ key: instanceSettings.key })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, 'demo_large'));
  if (loaded) throw new LargeDataPresentError();
  const [demo] = await db
    .select({ key: instanceSettings.key })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, 'demo'));
  if (!demo) await loadDemoData(db, cipher);

  const random = new SeededRandom(options.seed);
  const staff = await db.transaction((tx) => addStaff(tx, random));
  const ctx: LargeContext = {
    anchor: options.anchor,
    caseworkers: staff.caseworkers,
    supervisors: staff.supervisors,
    volunteers: staff.volunteers,
    agencies: await agenciesByKind(db),
    cipher,
  };
  const total = Math.max(1, Math.round(LARGE_CLIENTS * options.scale));
  const counts: LargeCounts = {
    users: staff.users,
    clients: 0,
    cases: 0,
    matters: 0,
    communications: 0,
    deadlines: 0,
    appointments: 0,
    timelineEvents: 0,
  };
  options.onProgress?.(0, total);
  for (let start = 0; start < total; start += CLIENTS_PER_BATCH) {
    const rows = emptyRows();
    for (let n = start; n < Math.min(total, start + CLIENTS_PER_BATCH); n++) {
      addClient(rows, random, ctx, n, communicationCount(random));
    }
    await db.transaction((tx) => insertRows(tx, rows));
    counts.clients += rows.people.length;
    counts.cases += rows.cases.length;
    counts.matters += rows.matters.length;
    counts.communications += rows.communications.length;
    counts.deadlines += rows.deadlines.length;
    counts.appointments += rows.appointments.length;
    counts.timelineEvents += rows.events.length;
    options.onProgress?.(counts.clients, total);
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(instanceSettings)
      .values({ key: 'demo_large', value: { ...options, onProgress: undefined, counts } });
    await appendAudit(tx, {
      actorUserId: null,
      action: 'demo.load_large',
      outcome: 'success',
      details: { ...counts },
    });
  });
  // Fresh statistics, so the planner sees the new sizes at once, and the visibility map set, so that index-only
  // scans need not visit the table (the stalled-cases dashboard ran 15% slower before the first autovacuum).
  await db.execute(sql`vacuum analyze`);
  return counts;
}

/**
 * How many communications a client has: most a dozen or two, a long tail of hundreds, and one in five
 * hundred a case running for years with one or two thousand (about 25 a client on average).
 */
function communicationCount(random: SeededRandom): number {
  if (random.chance(0.002)) return random.int(1_500, 3_000);
  return random.longTail(11, 1.1, 1, 1_200);
}

async function addStaff(
  tx: DbOrTx,
  random: SeededRandom,
): Promise<{
  users: number;
  caseworkers: { id: string; teamId: string }[];
  supervisors: string[];
  volunteers: string[];
}> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const teamRows = await tx
    .insert(teams)
    .values(LARGE_TEAMS.map((name) => ({ name })))
    .returning({ id: teams.id });
  const teamIds = teamRows.map((t) => t.id);
  const now = new Date();
  const staff = (['supervisor', 'caseworker', 'volunteer'] as const).flatMap((role) =>
    Array.from({ length: STAFF[`${role}s`] }, (_, i) => {
      const origin = random.pick(ORIGINS);
      const given = random.pick(origin.given);
      const family = random.pick(origin.family);
      return {
        id: random.uuid(),
        email: `${role}${i + 1}@large.demo.test`,
        displayName: `${given} ${family}`,
        role,
        passwordHash,
        totpSecret: role === 'supervisor' ? DEMO_TOTP_SECRET : null,
        totpEnabledAt: role === 'supervisor' ? now : null,
        teamId: teamIds[i % teamIds.length] as string,
      };
    }),
  );
  await tx.insert(users).values(staff.map(({ teamId: _, ...user }) => user));
  // The demo's caseworkers carry a share of the large caseload too, so the benchmark signs in as them.
  const demoCaseworkers = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_USERS.filter((u) => u.role === 'caseworker').map((u) => u.email),
      ),
    );
  const joined = [
    ...staff.filter((s) => s.role !== 'volunteer').map((s) => ({ teamId: s.teamId, userId: s.id })),
    ...demoCaseworkers.map((u, i) => ({ teamId: teamIds[i % teamIds.length] as string, userId: u.id })),
  ];
  await tx.insert(teamMembers).values(joined);
  return {
    users: staff.length,
    caseworkers: [
      ...staff.filter((s) => s.role === 'caseworker').map((s) => ({ id: s.id, teamId: s.teamId })),
      ...demoCaseworkers.map((u, i) => ({ id: u.id, teamId: teamIds[i % teamIds.length] as string })),
    ],
    supervisors: staff.filter((s) => s.role === 'supervisor').map((s) => s.id),
    volunteers: staff.filter((s) => s.role === 'volunteer').map((s) => s.id),
  };
}

const KIND_AGENCIES: Record<MatterKind, readonly (typeof agencies.$inferSelect)['category'][]> = {
  police_report: ['police'],
  nrm_referral: ['nrm_competent_authority'],
  asylum_claim: ['home_office_asylum', 'legal_representative'],
  social_services: ['local_authority'],
};

async function agenciesByKind(db: Database): Promise<Record<MatterKind, Agency[]>> {
  const all = await db
    .select({ id: agencies.id, name: agencies.name, category: agencies.category })
    .from(agencies)
    .orderBy(agencies.name);
  const byKind = {} as Record<MatterKind, Agency[]>;
  for (const kind of Object.keys(KIND_AGENCIES) as MatterKind[]) {
    byKind[kind] = all
      .filter((a) => KIND_AGENCIES[kind].includes(a.category))
      .map(({ id, name }) => ({ id, name }));
  }
  return byKind;
}

/** Inserts a batch's rows, parents first, each table in statements as large as PostgreSQL accepts. */
async function insertRows(tx: DbOrTx, rows: LargeRows): Promise<void> {
  await insertInChunks(tx, people, rows.people);
  await insertInChunks(tx, personAliases, rows.aliases);
  await insertInChunks(tx, cases, rows.cases);
  await insertInChunks(tx, matters, rows.matters);
  await insertInChunks(tx, policeReportDetails, rows.police);
  await insertInChunks(tx, nrmReferralDetails, rows.nrm);
  await insertInChunks(tx, asylumClaimDetails, rows.asylum);
  await insertInChunks(tx, socialServicesDetails, rows.social);
  await insertInChunks(tx, communications, rows.communications);
  await insertInChunks(tx, timelineEvents, rows.events);
  await insertInChunks(tx, deadlines, rows.deadlines);
  await insertInChunks(tx, appointments, rows.appointments);
  await insertInChunks(tx, appointmentVolunteers, rows.volunteers);
  await insertInChunks(tx, supervisionReviews, rows.reviews);
}

async function insertInChunks<T extends PgTable>(
  tx: DbOrTx,
  table: T,
  rows: PgInsertValue<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  // Drizzle writes a parameter (or `default`) for each column of the table in every row.
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size));
  }
}
