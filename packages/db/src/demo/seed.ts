import type { Role } from '@umbrella/domain';
import { count } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { Database } from '../client.ts';
import type { FieldCipher } from '../crypto/cipher.ts';
import { loadStarterDirectory } from '../directory/load.ts';
import { hashPassword } from '../passwords.ts';
import { agencies } from '../schema/agencies.ts';
import { instanceSettings } from '../schema/settings.ts';
import { teamMembers, teams } from '../schema/teams.ts';
import { users } from '../schema/users.ts';
import { DEMO_CLIENTS } from './clients.ts';
import { loadDemoClients, type DemoClientCounts } from './load-clients.ts';
import { loadDemoAppointments, loadDemoWorkProfiles } from './load-appointments.ts';
import { loadDemoDeadlines } from './load-deadlines.ts';
import { loadDemoDisclosures } from './load-disclosures.ts';
import { loadDemoSupervision } from './load-supervision.ts';
import { DEMO_STAFF, DEMO_TEAMS, type StaffKey, type TeamKey } from './story.ts';

export { DEMO_ANCHOR_DATE, DEMO_TEAMS } from './story.ts';

/** Documented in the README: every demo account signs in with this password. */
export const DEMO_PASSWORD = 'umbrella-demo';
/** Documented base32 TOTP secret of the demo supervisor and admin, so evaluators can pass the second factor. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  isAdmin: boolean;
}

// A fictional organisation: names chosen to be ordinary and belong to no one in particular.
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.test', displayName: 'Sam Reid', role: 'supervisor', isAdmin: true },
  { email: 'supervisor@demo.test', displayName: 'Priya Natarajan', role: 'supervisor', isAdmin: false },
  { email: 'caseworker@demo.test', displayName: 'Joanna Mensah', role: 'caseworker', isAdmin: false },
  { email: 'caseworker2@demo.test', displayName: 'Tomasz Nowak', role: 'caseworker', isAdmin: false },
  { email: 'volunteer@demo.test', displayName: 'Leila Haddad', role: 'volunteer', isAdmin: false },
  { email: 'volunteer2@demo.test', displayName: "Ciara O'Neill", role: 'volunteer', isAdmin: false },
];

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super(
      'This database already has users, so the demo organisation was not loaded. ' +
        'Load it into an empty database (for example DATA_DIR=./.data-demo pnpm demo).',
    );
    this.name = 'DatabaseNotEmptyError';
  }
}

export interface DemoCounts extends DemoClientCounts {
  users: number;
  agencies: number;
  teams: number;
  deadlines: number;
  appointments: number;
  accompanimentReports: number;
  supervisionReviews: number;
}

/**
 * Loads the demo organisation into an empty database, in one transaction: staff, the starter directory, two
 * teams, and fictional clients with their case files, matters, timelines, communications, consents and
 * disclosures. Legal names, aliases, dates of birth, contact details, references and sensitive notes are
 * sealed with `cipher`, as the application writes them.
 */
export async function loadDemoData(db: Database, cipher: FieldCipher): Promise<DemoCounts> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) throw new DatabaseNotEmptyError();
    const now = new Date();
    const inserted = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((user) => {
          const needsTotp = user.isAdmin || user.role === 'supervisor';
          return {
            ...user,
            passwordHash,
            totpSecret: needsTotp ? DEMO_TOTP_SECRET : null,
            totpEnabledAt: needsTotp ? now : null,
          };
        }),
      )
      .returning({ id: users.id, email: users.email });
    const userIds = new Map(inserted.map((user) => [user.email, user.id]));
    const staff = mapValues(DEMO_STAFF, (email) => userIds.get(email));

    const agencyCount = await loadStarterDirectory(tx, { withDemoExtras: true });
    const directory = await tx
      .select({ id: agencies.id, name: agencies.name, replyDays: agencies.replyExpectedWorkingDays })
      .from(agencies);

    const teamRows = await tx
      .insert(teams)
      .values(Object.values(DEMO_TEAMS).map((team) => ({ name: team.name })))
      .returning({ id: teams.id, name: teams.name });
    const teamIds = mapValues(DEMO_TEAMS, (team) => teamRows.find((row) => row.name === team.name)?.id);
    const members = (Object.keys(DEMO_TEAMS) as TeamKey[]).flatMap((team) =>
      DEMO_TEAMS[team].members.map((member: StaffKey) => ({ teamId: teamIds[team], userId: staff[member] })),
    );
    await tx.insert(teamMembers).values(members);

    const clients = await loadDemoClients(
      tx,
      DEMO_CLIENTS,
      {
        staff,
        teams: teamIds,
        agencies: new Map(directory.map((agency) => [agency.name, agency.id])),
        agencyReplyDays: new Map(directory.map((agency) => [agency.name, agency.replyDays])),
      },
      cipher,
    );
    const deadlineCount = await loadDemoDeadlines(tx);
    await loadDemoWorkProfiles(tx, userIds);
    const visits = await loadDemoAppointments(tx, userIds, now);
    const supervision = await loadDemoSupervision(tx, staff, now);
    const sharing = await loadDemoDisclosures(tx, staff, now, cipher);
    await tx.insert(instanceSettings).values({ key: 'demo', value: true });
    const counts: DemoCounts = {
      users: inserted.length,
      agencies: agencyCount,
      teams: teamRows.length,
      ...clients,
      timelineEvents:
        clients.timelineEvents +
        visits.accompanimentReports +
        supervision.timelineEvents +
        sharing.timelineEvents,
      communications: clients.communications + sharing.communications,
      disclosures: clients.disclosures + sharing.disclosures,
      deadlines: deadlineCount + visits.followUpDeadlines + supervision.actions,
      appointments: visits.appointments,
      accompanimentReports: visits.accompanimentReports,
      supervisionReviews: supervision.reviews,
    };
    await appendAudit(tx, {
      actorUserId: null,
      action: 'demo.load',
      outcome: 'success',
      details: { ...counts },
    });
    return counts;
  });
}

/** The same keys, each value mapped; a missing value is a bug in the demo set, so it throws. */
function mapValues<K extends string, V>(
  record: Readonly<Record<K, V>>,
  map: (value: V) => string | undefined,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(record) as K[]) {
    const value = map(record[key]);
    if (!value) throw new Error(`Demo data: nothing found for "${key}".`);
    out[key] = value;
  }
  return out;
}
