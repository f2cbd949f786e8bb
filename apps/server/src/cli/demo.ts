import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  DEMO_USERS,
  loadDemoData,
  type DatabaseHandle,
  type FieldCipher,
} from '@umbrella/db';
import { isSecondFactorRequired } from '@umbrella/domain';
import type { ServerConfig } from '../config.ts';

/** The demo's passwords and TOTP secret are public: never load them where real people work. */
export function demoRefusal(config: ServerConfig): string | null {
  if (config.env === 'production' || config.publicUrl?.protocol === 'https:') {
    return 'The demo organisation has public passwords, so it is never loaded in production (NODE_ENV=production or an https PUBLIC_URL).';
  }
  return null;
}

export async function demo(database: DatabaseHandle, cipher: FieldCipher): Promise<number> {
  const counts = await loadDemoData(database.db, cipher);
  console.log(`Demo organisation loaded: ${counts.users} users, all with the password "${DEMO_PASSWORD}".`);
  for (const user of DEMO_USERS) {
    const totp = isSecondFactorRequired(user) ? `  (TOTP secret ${DEMO_TOTP_SECRET})` : '';
    console.log(`  ${user.email.padEnd(24)} ${user.role}${user.isAdmin ? ' + admin' : ''}${totp}`);
  }
  console.log(
    `Also: ${counts.agencies} agencies in the starter directory, ${counts.contacts} contacts, ${counts.teams} teams, ` +
      `${counts.clients} fictional clients with ${counts.cases} case files, ${counts.matters} matters, ` +
      `${counts.timelineEvents} timeline events, ${counts.communications} communications ` +
      `(${counts.documents} with a file attached), ${counts.deadlines} deadlines, ` +
      `${counts.appointments} appointments (${counts.accompanimentReports} with an accompaniment report), ` +
      `${counts.supervisionReviews} supervision reviews, ${counts.consents} consents to share ` +
      `(${counts.consentForms} with a signed form) and ${counts.disclosures} disclosures.`,
  );
  console.log('Start Umbrella with `pnpm start` and sign in at http://localhost:3000');
  return 0;
}
