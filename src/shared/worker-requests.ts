/**
 * Requests to a Web Worker, each answered by its own id, with progress along the way: what the
 * upload's import worker and the 903 return's worker both need of the page. The worker starts on
 * the first request; stopping it (a newer request overtaking, Cancel, leaving the page) settles
 * every request waiting with the reason, and lets go of all the worker held.
 */

/** What a page needs of a worker: the real Web Worker, or an in-process stand-in in component tests. */
export interface RequestWorker<ToWorker, FromWorker> {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface WorkerMessage {
  type: string;
  requestId: number;
}

interface ProgressMessage extends WorkerMessage {
  type: 'progress';
  stage: string;
  fraction: number;
}

interface FailedMessage extends WorkerMessage {
  type: 'failed';
  message: string;
}

export type Progress = (stage: string, fraction: number) => void;

/** The request was overtaken (a new request, Cancel, leaving the page): not a failure to show. */
export class CancelledError extends Error {
  constructor() {
    super('The request was cancelled.');
    this.name = 'CancelledError';
  }
}

interface Pending<FromWorker> {
  kind: string;
  onProgress: Progress | undefined;
  settle: (message: FromWorker | Error) => void;
}

const isProgress = (message: WorkerMessage): message is ProgressMessage => message.type === 'progress';
const isFailed = (message: WorkerMessage): message is FailedMessage => message.type === 'failed';

export class WorkerRequests<ToWorker extends WorkerMessage, FromWorker extends WorkerMessage> {
  private worker: RequestWorker<ToWorker, FromWorker> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending<FromWorker>>();
  private disposed = false;

  /** `failed`: what to say when the worker stops unexpectedly (its script failed, it ran out of memory). */
  constructor(
    private readonly factory: () => RequestWorker<ToWorker, FromWorker>,
    private readonly failed: string,
  ) {}

  /** Whether a request of this type is waiting for its answer. */
  busyWith(kind: ToWorker['type']): boolean {
    return [...this.pending.values()].some((request) => request.kind === kind);
  }

  get waiting(): number {
    return this.pending.size;
  }

  /** Sends a request; resolves with its answer (never a progress message), rejects when it failed or was stopped. */
  send(build: (requestId: number) => ToWorker, transfer: Transferable[], onProgress?: Progress): Promise<FromWorker> {
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
        reject(new Error(this.failed));
      }
    });
  }

  /** Stops the worker now; every request waiting is settled with `reason`. */
  stop(reason: Error = new CancelledError()): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.settle(reason);
  }

  /** The page is closing: stop the worker, but let a request of kind `finish` (a save) end first. */
  dispose(finish: ToWorker['type']): void {
    this.disposed = true;
    if (!this.busyWith(finish)) this.stop();
  }

  private start(): RequestWorker<ToWorker, FromWorker> {
    if (this.worker) return this.worker;
    const worker = this.factory();
    worker.onmessage = (event) => this.receive(event.data);
    // The script failed to load, or something in it threw outside the pipeline's own catch.
    worker.onerror = (event) => {
      event.preventDefault();
      if (this.worker === worker) this.stop(new Error(this.failed));
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: FromWorker): void {
    const request = this.pending.get(message.requestId);
    if (!request) return;
    if (isProgress(message)) {
      request.onProgress?.(message.stage, message.fraction);
      return;
    }
    this.pending.delete(message.requestId);
    request.settle(isFailed(message) ? new Error(message.message) : message);
    if (this.disposed && this.pending.size === 0) this.stop();
  }
}
