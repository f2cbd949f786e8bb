import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on :3000 in development; the built app is served by apps/server from `dist`.
const API = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': API,
      '/health': API,
    },
  },
  build: {
    outDir: 'dist',
  },
});
