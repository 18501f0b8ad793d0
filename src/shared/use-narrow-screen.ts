import { useSyncExternalStore } from 'react';

/** Below this width (in CSS em, 16px each in a media query) the scorecard's table would not fit, so measures stack; never in print, which has the table. */
export const NARROW_QUERY = 'screen and (max-width: 59.99em)';

function query(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(NARROW_QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** True on a phone or a narrow window; false where the browser cannot tell (tests without layout), which shows the table. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
