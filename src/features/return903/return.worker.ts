/**
 * The 903 return page's Web Worker: reading the files, the engine and saving happen here, off the
 * main thread, so a large council's five-year extract never freezes the page; and the children's
 * records live only in this worker's memory, for as long as one computation takes. Started by
 * return-client.ts as its own chunk; it reads the population table from the published data folder
 * with fetch and opens its own connection to the version store.
 */
import { fetchFrom } from '../../adapters/load-dataset';
import { openVersionStore } from '../../adapters/version-store';
import { createReturnPipeline } from './return-pipeline';
import type { FromWorker, ToWorker } from './return-protocol';

// The project's TypeScript lib is the DOM's, so the worker scope is described by what is used of it.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  postMessage(message: FromWorker): void;
};

const pipeline = createReturnPipeline({
  openStore: () => openVersionStore(),
  dataFolder: (dataUrl) => fetchFrom(new URL(dataUrl)),
});

// One request at a time, in the order sent: a save must never interleave with a computation's awaits.
let queue = Promise.resolve();
scope.addEventListener('message', (event) => {
  queue = queue.then(() => pipeline.handle(event.data, (message) => scope.postMessage(message)));
});
