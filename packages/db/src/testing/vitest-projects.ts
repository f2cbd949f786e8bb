import type { ViteUserConfig } from 'vitest/config';

/**
 * The test projects of a package with integration tests: everything on PGlite, and, when
 * TEST_DATABASE_URL is set (CI sets it), the integration tests once more on PostgreSQL.
 */
export function databaseTestConfig(): ViteUserConfig {
  // eslint-disable-next-line no-restricted-properties -- the test switch is read where tests are configured
  const postgresUrl = process.env.TEST_DATABASE_URL;
  return {
    test: {
      allowOnly: false,
      testTimeout: 30_000,
      hookTimeout: 120_000,
      maxWorkers: 2,
      projects: [
        {
          extends: true as const,
          test: { name: 'pglite', include: ['src/**/*.test.ts'], env: { TEST_DATABASE_URL: '' } },
        },
        ...(postgresUrl
          ? [
              {
                extends: true as const,
                test: {
                  name: 'postgres',
                  include: ['src/**/*.integration.test.ts'],
                  env: { TEST_DATABASE_URL: postgresUrl },
                },
              },
            ]
          : []),
      ],
    },
  };
}
