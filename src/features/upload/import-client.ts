import type { SaveResult } from '../../adapters/version-store';
import type { CheckOutcome, CheckRequest, FromWorker, ToWorker } from './import-protocol';

/** What the page needs of a worker: the real Web Worker, or an in-process stand-in in component tests. */
export interface ImportWorker {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * The real worker. Vite sees `new Worker(new URL(…, import.meta.url), { type: 'module' })` and builds
 * import.worker.ts as its own chunk; nothing of it (papaparse's parse, the xlsx reader, the diff) is
 * fetched until the first file is checked. papaparse's own `worker: true` is not used: it breaks under
 * Vite builds, and the checks after parsing need a worker anyway.
 */
export function createImportWorker(): ImportWorker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'scorecard-import' });
}

export type Progress = (stage: string, fraction: number) => void;

/** The request was overtaken (a new check, Cancel, leaving the page): not a failure to show. */
export class CancelledError extends Error {
  constructor() {
    super('The request was cancelled.');
    this.name = 'CancelledError';
  }
}

export const WORKER_FAILED =
  'The file checker stopped unexpectedly, so nothing was checked or saved. Reload the page and try again; if it happens again, the browser may be short of memory: close other tabs or split the file.';

interface Pending {
  kind: ToWorker['type'];
  onProgress: Progress | undefined;
  settle: (message: FromWorker | Error) => void;
}

/**
 * Talks to the import worker: one request at a time, each answered by its own id, with progress
 * along the way. The worker is started on the first request, so opening the page loads nothing
 * heavy, and kept for the page's life (it keeps the figures of the last check, which Save saves).
 */
export class ImportClient {
  private worker: ImportWorker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;

  constructor(private readonly factory: () => ImportWorker) {}

  check(
    input: Omit<CheckRequest, 'type' | 'requestId'>,
    onProgress?: Progress,
  ): Promise<{ checkId: number; outcome: CheckOutcome }> {
    // A newer check overtakes one still running: the old worker is stopped rather than left busy for seconds.
    if ([...this.pending.values()].some((request) => request.kind === 'check')) this.restart();
    return this.send((requestId) => ({ type: 'check', requestId, ...input }), [input.bytes], onProgress).then(
      (message) => {
        if (message.type !== 'checked') throw new Error(WORKER_FAILED);
        return { checkId: message.requestId, outcome: message.outcome };
      },
    );
  }

  save(checkId: number, name: string, onProgress?: Progress): Promise<SaveResult> {
    return this.send((requestId) => ({ type: 'save', requestId, checkId, name }), [], onProgress).then((message) => {
      if (message.type !== 'saved') throw new Error(WORKER_FAILED);
      return message.result;
    });
  }

  problemsCsv(checkId: number): Promise<string> {
    return this.send((requestId) => ({ type: 'problems-csv', requestId, checkId }), []).then((message) => {
      if (message.type !== 'problems-csv') throw new Error(WORKER_FAILED);
      return message.csv;
    });
  }

  /** Stops whatever is running (e.g. Cancel). A save in progress is left to finish: stopping it would lose it. */
  cancelChecks(): void {
    if ([...this.pending.values()].some((request) => request.kind === 'save')) return;
    if (this.pending.size > 0) this.restart();
  }

  /** The page is closing: stop the worker, but not in the middle of a save, which is let finish first. */
  dispose(): void {
    this.disposed = true;
    if (![...this.pending.values()].some((request) => request.kind === 'save')) this.stop(new CancelledError());
  }

  private restart(): void {
    this.stop(new CancelledError());
  }

  private stop(reason: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.settle(reason);
  }

  private start(): ImportWorker {
    if (this.worker) return this.worker;
    const worker = this.factory();
    worker.onmessage = (event) => this.receive(event.data);
    // The script failed to load, or something in it threw outside the pipeline's own catch.
    worker.onerror = (event) => {
      event.preventDefault();
      if (this.worker === worker) this.stop(new Error(WORKER_FAILED));
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: FromWorker): void {
    const request = this.pending.get(message.requestId);
    if (!request) return;
    if (message.type === 'progress') {
      request.onProgress?.(message.stage, message.fraction);
      return;
    }
    this.pending.delete(message.requestId);
    request.settle(message.type === 'failed' ? new Error(message.message) : message);
    if (this.disposed && this.pending.size === 0) this.stop(new CancelledError());
  }

  private send(
    build: (requestId: number) => ToWorker,
    transfer: Transferable[],
    onProgress?: Progress,
  ): Promise<FromWorker> {
    const requestId = this.nextId++;
    const message = build(requestId);
    return new Promise<FromWorker>((resolve, reject) => {
      this.pending.set(requestId, {
        kind: message.type,
        onProgress,
        settle: (answer) => (answer instanceof Error ? reject(answer) : resolve(answer)),
      });
      try {
        this.start().postMessage(message, transfer);
      } catch {
        this.pending.delete(requestId);
        reject(new Error(WORKER_FAILED));
      }
    });
  }
}
