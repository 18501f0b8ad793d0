import type { SaveResult } from '../../adapters/version-store';
import { WorkerRequests, type Progress, type RequestWorker } from '../../shared/worker-requests';
import type { ComputeOutcome, ComputeRequest, FromWorker, ReturnDownload, ToWorker } from './return-protocol';

export type ReturnWorker = RequestWorker<ToWorker, FromWorker>;

/** The real worker, built by Vite as its own chunk: nothing of the engine loads until the first return. */
export function createReturnWorker(): ReturnWorker {
  return new Worker(new URL('./return.worker.ts', import.meta.url), { type: 'module', name: 'scorecard-903' });
}

export const WORKER_FAILED =
  'The figures could not be worked out: the worker stopped unexpectedly, so nothing was saved. Reload the page and try again; if it happens again, the browser may be short of memory: close other tabs.';

/** The 903 worker's requests: work out a return, save its figures, and the downloads. */
export class ReturnClient {
  private readonly requests: WorkerRequests<ToWorker, FromWorker>;

  constructor(factory: () => ReturnWorker) {
    this.requests = new WorkerRequests(factory, WORKER_FAILED);
  }

  compute(
    input: Omit<ComputeRequest, 'type' | 'requestId'>,
    onProgress?: Progress,
  ): Promise<{ computeId: number; outcome: ComputeOutcome }> {
    // New files overtake a computation still running: its worker is stopped rather than left busy.
    if (this.requests.busyWith('compute')) this.requests.stop();
    return this.requests
      .send((requestId) => ({ type: 'compute', requestId, ...input }), [], onProgress)
      .then((message) => {
        if (message.type !== 'computed') throw new Error(WORKER_FAILED);
        return { computeId: message.requestId, outcome: message.outcome };
      });
  }

  save(computeId: number, name: string, onProgress?: Progress): Promise<SaveResult> {
    return this.requests
      .send((requestId) => ({ type: 'save', requestId, computeId, name }), [], onProgress)
      .then((message) => {
        if (message.type !== 'saved') throw new Error(WORKER_FAILED);
        return message.result;
      });
  }

  download(computeId: number, file: ReturnDownload, suppress: boolean): Promise<{ fileName: string; csv: string }> {
    return this.requests
      .send((requestId) => ({ type: 'download', requestId, computeId, file, suppress }), [])
      .then((message) => {
        if (message.type !== 'download') throw new Error(WORKER_FAILED);
        return { fileName: message.fileName, csv: message.csv };
      });
  }

  /** Start again: the worker and all it holds go now, unless a save is under way, which is let finish. */
  stopUnlessSaving(): void {
    if (!this.requests.busyWith('save')) this.requests.stop();
  }

  /** The page is closing: as stopUnlessSaving, and a save under way stops the worker when it ends. */
  dispose(): void {
    this.requests.dispose('save');
  }
}
