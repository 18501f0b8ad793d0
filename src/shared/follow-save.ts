import type { QueryClient } from '@tanstack/react-query';
import type { SaveResult, VersionMeta } from '../adapters/version-store';
import { CURRENT_DATA_QUERY_KEY, chooseFigures } from './use-dataset';

/** How a save ends, as the page's flow hears it (the upload's and the 903 return's alike). */
export type SaveOutcome =
  { type: 'saved'; attempt: number; version: VersionMeta } | { type: 'save-failed'; attempt: number; reason: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Feeds a worker's save back to the flow as it ends, and on success has every screen show the new
 * version, even where the published figures were chosen (not awaited: the version is saved
 * whatever the reload does).
 */
export function followSave(
  saving: Promise<SaveResult>,
  attempt: number,
  send: (event: SaveOutcome) => void,
  queryClient: QueryClient,
): void {
  saving
    .then((result) => {
      if (!result.ok) {
        send({ type: 'save-failed', attempt, reason: result.reason });
        return;
      }
      send({ type: 'saved', attempt, version: result.version });
      chooseFigures('latest');
      void queryClient.invalidateQueries({ queryKey: CURRENT_DATA_QUERY_KEY });
    })
    .catch((error: unknown) => send({ type: 'save-failed', attempt, reason: messageOf(error) }));
}
