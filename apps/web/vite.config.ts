import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// In development the API runs on :3000 behind Vite's proxy; in production apps/server serves `dist` itself.
// The Host header is passed through unchanged (changeOrigin: false), so the server's Origin check sees the
// browser's own origin (http://localhost:5173) on both headers and accepts state-changing requests.
const api: ProxyOptions = { target: 'http://localhost:3000', changeOrigin: false };

export default defineConfig({
  plugins: [react()],
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
  },
});
