import { parseArgs } from 'node:util';
import {
  createDatabase,
  FieldCipher,
  openKeyring,
  sealLegacyValuesAtStart,
  type DatabaseHandle,
} from '@umbrella/db';
import { loadConfig, type ServerConfig } from '../config.ts';
import { auditVerify } from './audit-verify.ts';
import { createUserCommand } from './create-user.ts';
import { demo, demoRefusal } from './demo.ts';
import { demoLarge } from './demo-large.ts';
import { parseRotateArgs, rotateKeys } from './keys-rotate.ts';

/** What every command gets besides the database: the configuration and the cipher of its keyring. */
interface CommandContext {
  config: ServerConfig;
  cipher: FieldCipher;
  /** The keyring file was created by this run (keys-rotate only). */
  keyringCreated: boolean;
}

const COMMANDS: Record<
  string,
  { help: string; run: (db: DatabaseHandle, args: string[], ctx: CommandContext) => Promise<number> }
> = {
  migrate: { help: 'apply the committed database migrations', run: async () => 0 },
  demo: {
    help: 'load the fictional demo organisation into an empty database',
    run: (database, _args, { cipher }) => demo(database, cipher),
  },
  'demo-large': {
    help: 'load the demo organisation and a large fictional data set for the benchmark: [--scale 1] [--seed N]',
    run: (database, args, { cipher }) => demoLarge(database, cipher, args),
  },
  'create-user': {
    help: 'create a user: --email E --name N --role volunteer|caseworker|supervisor [--admin]',
    run: createUserCommand,
  },
  'audit-verify': { help: 'check the whole audit chain and name the first broken row', run: auditVerify },
  'keys-rotate': {
    help: 're-encrypt under a new key: [--continue] adds no key, [--prune] then drops unused keys',
    run: async (database, args, { config, cipher, keyringCreated }) => {
      const parsed = parseRotateArgs(args);
      if (typeof parsed === 'string') {
        console.error(parsed);
        return 2;
      }
      if (keyringCreated) console.log('No keyring file yet: created one, with a new key.');
      const result = await rotateKeys(database, cipher, config.encryption, {
        ...parsed,
        // A keyring just created holds a new key already.
        continue: parsed.continue || keyringCreated,
        now: new Date(),
        log: (line) => console.log(line),
      });
      return result.unreadable > 0 ? 1 : 0;
    },
  },
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
  const refusal = name === 'demo' || name === 'demo-large' ? demoRefusal(config) : null;
  if (refusal) {
    console.error(refusal);
    return 1;
  }
  // A named keyring file is never made up on start; `keys-rotate` may create it (for a new installation).
  const source =
    name === 'keys-rotate' && config.encryption.kind === 'file'
      ? { ...config.encryption, createIfMissing: true }
      : config.encryption;
  const { keyring, created } = openKeyring(source);
  const cipher = new FieldCipher(keyring);
  if (created && name !== 'keys-rotate') {
    console.log(
      `Generated a new encryption keyring in ${source.kind === 'file' ? source.path : ''}: back it up.`,
    );
  }
  const database = await createDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  });
  try {
    await database.migrate();
    // Values stored before encryption existed are encrypted.
    // `migrate` (run after an upgrade or a restore) sweeps every time; other commands as the server does.
    const sealed = await sealLegacyValuesAtStart(database.db, cipher, { always: name === 'migrate' });
    if (sealed && sealed.resealed > 0)
      console.log(`Encrypted ${sealed.resealed} values stored before encryption.`);
    if (name === 'migrate') console.log(`Migrations applied (${database.kind} database).`);
    return await command.run(database, process.argv.slice(3), { config, cipher, keyringCreated: created });
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
