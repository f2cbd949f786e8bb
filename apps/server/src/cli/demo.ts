import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS, loadDemoData, type DatabaseHandle } from '@umbrella/db';

export async function demo(database: DatabaseHandle): Promise<number> {
  const { users } = await loadDemoData(database.db);
  console.log(`Demo organisation loaded: ${users} users, all with the password "${DEMO_PASSWORD}".`);
  for (const user of DEMO_USERS) {
    const totp = user.isAdmin || user.role === 'supervisor' ? `  (TOTP secret ${DEMO_TOTP_SECRET})` : '';
    console.log(`  ${user.email.padEnd(24)} ${user.role}${user.isAdmin ? ' + admin' : ''}${totp}`);
  }
  console.log('Start Umbrella with `pnpm start` and sign in at http://localhost:3000');
  return 0;
}
