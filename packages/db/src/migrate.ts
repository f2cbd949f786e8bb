import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './create-database.ts';

/** The committed SQL migrations (the packages run from source, so this path is stable). */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Applies every committed migration not yet applied. Safe to call from several servers at once. */
export function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  return handle.migrate();
}
