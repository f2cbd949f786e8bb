import { defineConfig } from 'vitest/config';

// Browser journeys: one server and one Chromium per file, files one at a time. Each file gets a fresh
// embedded database; with TEST_DATABASE_URL set (CI), every journey runs a second time on PostgreSQL.
// eslint-disable-next-line no-restricted-properties -- the test switch is read where tests are configured
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    allowOnly: false,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'embedded', env: { E2E_POSTGRES_URL: '' } } },
      ...(postgresUrl
        ? [{ extends: true as const, test: { name: 'postgres', env: { E2E_POSTGRES_URL: postgresUrl } } }]
        : []),
    ],
  },
});
