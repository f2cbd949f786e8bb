import { defineConfig } from 'drizzle-kit';

// Generates the committed SQL migrations from the schema: `pnpm --filter @umbrella/db generate`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  casing: 'snake_case',
});
