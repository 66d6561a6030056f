import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The web app lives in src/web and is built into dist/web, which the server serves. */
export default defineConfig({
  root: here('./src/web'),
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // antd alone is larger than the default 500 kB warning; pages are split per route.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // API_URL lets the dev server talk to an API started on another port.
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
