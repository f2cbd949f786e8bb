import { defineConfig } from 'vitest/config';

// Browser journeys: one server (fresh embedded database) and one Chromium per file, files one at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    allowOnly: false,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
