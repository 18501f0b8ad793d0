import { useEffect, useState } from 'react';

const PREFIX = 'scorecard.open.';

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function store(key: string, open: boolean): void {
  try {
    window.localStorage.setItem(PREFIX + key, open ? 'open' : 'closed');
  } catch {
    // A browser that keeps nothing opens it every time, which is the first visit's behaviour.
  }
}

/**
 * Whether a help section (`<details>`) starts open: open on a reader's first visit, then as they
 * left it. Kept in this browser (localStorage), not in the URL: it is a reading aid, not a view
 * anyone shares. Returns the initial state and the `onToggle` handler that remembers a change.
 */
export function useOpenOnFirstVisit(key: string): { open: boolean; onToggle: (open: boolean) => void } {
  const [open] = useState(() => stored(key) !== 'closed');
  useEffect(() => {
    // Later visits start closed unless the reader leaves it open (a toggle writes that).
    if (stored(key) === null) store(key, false);
  }, [key]);
  return { open, onToggle: (now) => store(key, now) };
}
