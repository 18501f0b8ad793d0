import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * A page's flow (a pure reducer of its phases) beside the client of its worker: what the upload
 * page and the 903 return page both run. The worker's client is made on first use and disposed of
 * when the page closes, and with it goes everything the worker held.
 *
 * `send` moves the flow on and returns where it now is, so a handler can act on it across awaits
 * (the flow as it is now, not as the last render saw it). With `asTransition`, showing it is a
 * transition, which React renders in short slices: a preview of a few hundred rows is then not one
 * long task on the main thread.
 */
export function useWorkerFlow<Flow, Event, Client extends { dispose(): void }>(
  initial: () => Flow,
  reduce: (flow: Flow, event: Event) => Flow,
  createClient: () => Client,
) {
  const [flow, setFlow] = useState(initial);
  const latest = useRef(flow);
  const client = useRef<Client | null>(null);
  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );
  const send = (event: Event, { asTransition = false } = {}): Flow => {
    const next = reduce(latest.current, event);
    latest.current = next;
    if (asTransition) startTransition(() => setFlow(next));
    else setFlow(next);
    return next;
  };
  return {
    flow,
    send,
    /** The flow now, for a handler that awaited. */
    now: () => latest.current,
    worker: () => (client.current ??= createClient()),
    /** The client if the worker was started: stopping one never started is nothing to do. */
    started: () => client.current,
  };
}
