import { databaseTestConfig } from '@umbrella/db/testing/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig(databaseTestConfig());
