import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { bundleBudget } from './build/bundle-budget.ts';

// In development the API runs on :3000 behind Vite's proxy; in production apps/server serves `dist` itself.
// The Host header is passed through unchanged (changeOrigin: false), so the server's Origin check sees the
// browser's own origin (http://localhost:5173) on both headers and accepts state-changing requests.
const api: ProxyOptions = { target: 'http://localhost:3000', changeOrigin: false };

export default defineConfig({
  // The build reports the JavaScript needed before the first render and fails over its budget
  // (INITIAL_JS_BUDGET_KB in build/bundle-budget.ts).
  plugins: [react(), bundleBudget()],
  server: {
    proxy: {
      '/trpc': api,
      '/health': api,
      '/files': api,
      '/calendar': api,
    },
  },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      treeshake: {
        // @umbrella/domain is one barrel of modules that only declare (zod schemas, rules, labels): building a
        // schema is a call, so without this every schema would count as a side effect and the whole package
        // would ride in the first load. Anything else keeps its own package's `sideEffects` (undefined).
        moduleSideEffects: (id) => (id.includes('/packages/domain/src/') ? false : undefined),
      },
    },
  },
});
