/**
 * A static server for the built app (dist/), shared by the browser tests (global-setup.ts) and the
 * benchmark (scripts/bench/), so both load the app exactly as the other does. Unknown paths without
 * an extension get index.html, as a static host configured for a single-page app would answer.
 * Every answer carries the security headers docs/deployment.md asks a web server to send.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SECURITY_HEADERS } from '../../scripts/security-headers';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/** The file to serve for a URL path, or null for 404. Unknown paths without an extension get index.html. */
async function fileFor(urlPath: string): Promise<string | null> {
  const file = path.join(DIST, path.normalize(urlPath));
  if (file !== DIST && !file.startsWith(DIST + path.sep)) return null;
  if (await isFile(file)) return file;
  const index = path.join(file, 'index.html');
  if (await isFile(index)) return index;
  if (path.extname(urlPath) === '') return path.join(DIST, 'index.html');
  return null;
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'Method not allowed');
  }
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(response, 400, 'Bad request');
  }
  const file = await fileFor(urlPath);
  if (!file) return send(response, 404, `Not found: ${urlPath}`);
  const info = await stat(file);
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

export interface DistServer {
  /** The server's address, ending in a slash, e.g. `http://127.0.0.1:41234/`. */
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves dist/ on a free localhost port. Throws when the app has not been built. */
export async function serveDist(): Promise<DistServer> {
  if (!(await isFile(path.join(DIST, 'index.html')))) {
    throw new Error(`The built app is missing (${path.join(DIST, 'index.html')}): run npm run build first.`);
  }
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, String(error));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
