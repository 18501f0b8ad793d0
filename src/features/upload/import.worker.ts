/**
 * The upload page's Web Worker: reading, checking, comparing and saving an upload happen here, off
 * the main thread, so a 300,000-row file never freezes the page. It is started with
 * `new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })` (import-client.ts),
 * which Vite bundles as its own chunk with the spreadsheet reader, loaded only when an upload starts.
 * IndexedDB (through idb) works in a worker as on the page; this worker opens its own connection.
 */
import { fetchFrom } from '../../adapters/load-dataset';
import { openVersionStore } from '../../adapters/version-store';
import type { FromWorker, ToWorker } from './import-protocol';
import { createImportPipeline } from './import-pipeline';

// The project's TypeScript lib is the DOM's, so the worker scope is described by what is used of it.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  postMessage(message: FromWorker): void;
};

const pipeline = createImportPipeline({
  openStore: () => openVersionStore(),
  dataFolder: (dataUrl) => fetchFrom(new URL(dataUrl)),
});

// One request at a time, in the order sent: a save must never interleave with a check's awaits.
let queue = Promise.resolve();
scope.addEventListener('message', (event) => {
  queue = queue.then(() => pipeline.handle(event.data, (message) => scope.postMessage(message)));
});
