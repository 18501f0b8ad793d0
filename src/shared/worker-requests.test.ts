import { describe, expect, it, vi } from 'vitest';
import { CancelledError, WorkerRequests, type RequestWorker } from './worker-requests';

type To = { type: 'work' | 'save'; requestId: number };
type From =
  | { type: 'done'; requestId: number }
  | { type: 'progress'; requestId: number; stage: string; fraction: number }
  | { type: 'failed'; requestId: number; message: string };

/** A worker whose answers the test gives, and which says when it was stopped. */
function fakeWorker() {
  const sent: To[] = [];
  const worker: RequestWorker<To, From> & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage: (message) => void sent.push(message),
    terminate() {
      this.terminated = true;
    },
  };
  const answer = (data: From) => worker.onmessage?.(new MessageEvent('message', { data }));
  return { worker, sent, answer };
}

describe('WorkerRequests', () => {
  it('starts the worker on the first request, relays progress and resolves with the answer', async () => {
    const { worker, sent, answer } = fakeWorker();
    const factory = vi.fn(() => worker);
    const requests = new WorkerRequests<To, From>(factory, 'It stopped.');
    expect(factory).not.toHaveBeenCalled();
    const progress = vi.fn();
    const reply = requests.send((requestId) => ({ type: 'work', requestId }), [], progress);
    expect(requests.busyWith('work')).toBe(true);
    answer({ type: 'progress', requestId: 1, stage: 'Reading', fraction: 0.5 });
    answer({ type: 'done', requestId: 1 });
    await expect(reply).resolves.toEqual({ type: 'done', requestId: 1 });
    expect(progress).toHaveBeenCalledWith('Reading', 0.5);
    expect(sent).toEqual([{ type: 'work', requestId: 1 }]);
  });

  it('rejects with the worker’s words when a request failed, and with the given words when the worker stopped', async () => {
    const { worker, answer } = fakeWorker();
    const requests = new WorkerRequests<To, From>(() => worker, 'It stopped.');
    const failing = requests.send((requestId) => ({ type: 'work', requestId }), []);
    answer({ type: 'failed', requestId: 1, message: 'The file is damaged.' });
    await expect(failing).rejects.toThrow('The file is damaged.');
    const crashing = requests.send((requestId) => ({ type: 'work', requestId }), []);
    // Node has no ErrorEvent; the client only calls preventDefault on it.
    worker.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
    await expect(crashing).rejects.toThrow('It stopped.');
  });

  it('stops the worker and cancels what waits; on closing lets a save finish first', async () => {
    const { worker, answer } = fakeWorker();
    const requests = new WorkerRequests<To, From>(() => worker, 'It stopped.');
    const work = requests.send((requestId) => ({ type: 'work', requestId }), []);
    requests.stop();
    await expect(work).rejects.toBeInstanceOf(CancelledError);
    expect(worker.terminated).toBe(true);

    worker.terminated = false;
    const save = requests.send((requestId) => ({ type: 'save', requestId }), []);
    requests.dispose('save');
    expect(worker.terminated).toBe(false);
    answer({ type: 'done', requestId: 2 });
    await expect(save).resolves.toEqual({ type: 'done', requestId: 2 });
    expect(worker.terminated).toBe(true);
  });
});
