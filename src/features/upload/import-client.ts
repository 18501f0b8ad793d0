import type { SaveResult } from '../../adapters/version-store';
import { WorkerRequests, type Progress, type RequestWorker } from '../../shared/worker-requests';
import type { CheckOutcome, CheckRequest, FromWorker, ToWorker } from './import-protocol';

/** What the page needs of a worker: the real Web Worker, or an in-process stand-in in component tests. */
export type ImportWorker = RequestWorker<ToWorker, FromWorker>;

/**
 * The real worker. Vite sees `new Worker(new URL(…, import.meta.url), { type: 'module' })` and builds
 * import.worker.ts as its own chunk; nothing of it (papaparse's parse, the xlsx reader, the diff) is
 * fetched until the first file is checked. papaparse's own `worker: true` is not used: it breaks under
 * Vite builds, and the checks after parsing need a worker anyway.
 */
export function createImportWorker(): ImportWorker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'scorecard-import' });
}

export const WORKER_FAILED =
  'The file checker stopped unexpectedly, so nothing was checked or saved. Reload the page and try again; if it happens again, the browser may be short of memory: close other tabs or split the file.';

/**
 * Talks to the import worker (shared/worker-requests.ts: one id per request, progress along the
 * way). The worker is started on the first request, so opening the page loads nothing heavy, and
 * kept for the page's life (it keeps the figures of the last check, which Save saves).
 */
export class ImportClient {
  private readonly requests: WorkerRequests<ToWorker, FromWorker>;

  constructor(factory: () => ImportWorker) {
    this.requests = new WorkerRequests(factory, WORKER_FAILED);
  }

  check(
    input: Omit<CheckRequest, 'type' | 'requestId'>,
    onProgress?: Progress,
  ): Promise<{ checkId: number; outcome: CheckOutcome }> {
    // A newer check overtakes one still running: the old worker is stopped rather than left busy for seconds.
    if (this.requests.busyWith('check')) this.requests.stop();
    return this.requests
      .send((requestId) => ({ type: 'check', requestId, ...input }), [input.bytes], onProgress)
      .then((message) => {
        if (message.type !== 'checked') throw new Error(WORKER_FAILED);
        return { checkId: message.requestId, outcome: message.outcome };
      });
  }

  save(checkId: number, name: string, onProgress?: Progress): Promise<SaveResult> {
    return this.requests
      .send((requestId) => ({ type: 'save', requestId, checkId, name }), [], onProgress)
      .then((message) => {
        if (message.type !== 'saved') throw new Error(WORKER_FAILED);
        return message.result;
      });
  }

  problemsCsv(checkId: number): Promise<string> {
    return this.requests
      .send((requestId) => ({ type: 'problems-csv', requestId, checkId }), [])
      .then((message) => {
        if (message.type !== 'problems-csv') throw new Error(WORKER_FAILED);
        return message.csv;
      });
  }

  /** Stops whatever is running (e.g. Cancel). A save in progress is left to finish: stopping it would lose it. */
  cancelChecks(): void {
    if (this.requests.busyWith('save')) return;
    if (this.requests.waiting > 0) this.requests.stop();
  }

  /** The page is closing: stop the worker, but not in the middle of a save, which is let finish first. */
  dispose(): void {
    this.requests.dispose('save');
  }
}
