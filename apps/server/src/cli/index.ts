import { parseArgs } from 'node:util';
import { createDatabase, type DatabaseHandle } from '@umbrella/db';
import { loadConfig } from '../config.ts';
import { auditVerify } from './audit-verify.ts';
import { createUserCommand } from './create-user.ts';
import { demo, demoRefusal } from './demo.ts';

const COMMANDS: Record<
  string,
  { help: string; run: (db: DatabaseHandle, args: string[]) => Promise<number> }
> = {
  migrate: { help: 'apply the committed database migrations', run: async () => 0 },
  demo: { help: 'load the fictional demo organisation into an empty database', run: demo },
  'create-user': {
    help: 'create a user: --email E --name N --role volunteer|caseworker|supervisor [--admin]',
    run: createUserCommand,
  },
  'audit-verify': { help: 'check the whole audit chain and name the first broken row', run: auditVerify },
};

/**
 * The command line. Each command opens the database the server would (so it refuses to run while the
 * server holds the embedded database), applies migrations, does its work and closes.
 */
async function main(): Promise<number> {
  const { positionals } = parseArgs({
    args: process.argv.slice(2, 3),
    allowPositionals: true,
    strict: false,
  });
  const name = positionals[0];
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(
      `Usage: pnpm --filter @umbrella/server cli <command>\n\n${Object.entries(COMMANDS)
        .map(([n, c]) => `  ${n.padEnd(13)} ${c.help}`)
        .join('\n')}`,
    );
    return 2;
  }
  const config = loadConfig();
  const refusal = name === 'demo' ? demoRefusal(config) : null;
  if (refusal) {
    console.error(refusal);
    return 1;
  }
  const database = await createDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  });
  try {
    await database.migrate();
    if (name === 'migrate') console.log(`Migrations applied (${database.kind} database).`);
    return await command.run(database, process.argv.slice(3));
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
