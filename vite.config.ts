import { cp, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './scripts/security-headers';
import { FOLDER_FILES, MANIFEST_FILE } from './src/adapters/folder-files.ts';

const dataDir = path.resolve(import.meta.dirname, 'data');

/**
 * The app reads its figures from data/ at run time, so an officer can publish a new data pack by
 * replacing that folder on the web server without rebuilding. In development the folder is served
 * as it is; a build copies it next to the app.
 */
function dataFolder(): Plugin {
  return {
    name: 'scorecard-data-folder',
    configureServer(server) {
      server.middlewares.use('/data', (request, response, next) => {
        const relative = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
        const file = path.join(dataDir, path.normalize(relative));
        if (!file.startsWith(dataDir)) return next();
        stat(file)
          .then((info) => (info.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
          .then((body) => {
            response.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8');
            response.end(body);
          })
          .catch(() => next());
      });
    },
    // The manifest and the files every folder has are requested with the page, not after its code has
    // run: the app's fetch() of each takes the answer already on its way (docs/performance.md). Added
    // here rather than in index.html, where Vite would bundle them as assets under hashed names.
    transformIndexHtml: () =>
      [MANIFEST_FILE, ...FOLDER_FILES].map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      })),
    async writeBundle(options) {
      const outDir = options.dir ?? path.resolve(import.meta.dirname, 'dist');
      await cp(dataDir, path.join(outDir, 'data'), { recursive: true });
    },
  };
}

/**
 * The built page carries its Content-Security-Policy, so the app is protected on a web server that
 * sends no headers. Only in the build: the development server's hot reload runs an inline script.
 */
function securityPolicy(): Plugin {
  return {
    name: 'scorecard-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
      { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  // Relative base so the built app works from any folder of a council's web server.
  base: './',
  plugins: [react(), dataFolder(), securityPolicy()],
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
