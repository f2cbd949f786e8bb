import { defineConfig } from 'vitest/config';
import { databaseTestConfig } from './src/testing/vitest-projects.ts';

export default defineConfig(databaseTestConfig());
