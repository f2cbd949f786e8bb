import {
  createDatabase,
  DataDirLockedError,
  FieldCipher,
  KeyringError,
  openKeyring,
  sealLegacyValuesAtStart,
} from '@umbrella/db';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { startStallSnapshotRefresh } from './jobs/stall-snapshot.ts';
import { startWeeklyDigest } from './jobs/weekly-digest.ts';
import { createLogger } from './logger.ts';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Before the database: without its keys the server could not read what it holds, so it does not start.
  const { keyring, created } = openKeyring(config.encryption);
  const cipher = new FieldCipher(keyring);
  if (created && config.encryption.kind === 'file') {
    logger.warn(
      { keyring: config.encryption.path },
      'generated a new encryption keyring: back it up with the database, or nothing encrypted can be read',
    );
  }
  const database = await createDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  await database.migrate();
  // Values written before encryption existed (an upgrade) are encrypted now; counts only, never values.
  const sealed = (await sealLegacyValuesAtStart(database.db, cipher)) ?? { resealed: 0, unreadable: 0 };
  if (sealed.resealed > 0)
    logger.info({ values: sealed.resealed }, 'encrypted values stored before encryption');
  if (sealed.unreadable > 0) {
    logger.error(
      { values: sealed.unreadable },
      'some encrypted values cannot be read with the configured keys: is the keyring complete?',
    );
  }
  const app = createApp(config, database, logger, cipher);
  // The weekly digest is e-mailed only when a mail server is configured (it is always shown in the app).
  const digest = config.mail ? startWeeklyDigest({ db: database.db, mail: config.mail, logger }) : null;
  const stallSnapshot = startStallSnapshotRefresh({ db: database.db, logger });
  // Express 5 calls this with the error when listening fails (handled by the 'error' listener below).
  const server = app.listen(config.port, config.host, (error?: Error) => {
    if (error) return;
    logger.info(
      { database: database.kind, port: config.port },
      `Umbrella is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
    );
  });
  server.on('error', async (error) => {
    logger.fatal({ err: { name: error.name, message: error.message } }, 'could not start the server');
    await database.close();
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    digest?.stop();
    stallSnapshot.stop();
    server.close(() => {
      void database.close().finally(() => process.exit(0));
    });
    server.closeAllConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (
    error instanceof DataDirLockedError ||
    error instanceof KeyringError ||
    (error instanceof Error && error.message.startsWith('Umbrella'))
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
