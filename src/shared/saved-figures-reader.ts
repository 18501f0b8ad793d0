import type { OpenResult } from '../adapters/version-store';
import { packObservations, packedBuffers } from '../domain/observations/packed-observations';
import type { FromSavedFiguresWorker, LoadRequest } from './saved-figures-protocol';

/**
 * What the saved-figures worker does for one request: open the store, read the version's snapshot
 * once, and pack its figures for the hand-over. Apart from the worker's wiring so a test can run
 * it in process. Never rejects: a failure is a 'failed' answer with the reason.
 */
export async function answerLoad(
  request: LoadRequest,
  openStore: () => Promise<OpenResult>,
): Promise<{ answer: FromSavedFiguresWorker; transfer: Transferable[] }> {
  const { requestId, versionId } = request;
  try {
    const opened = await openStore();
    if (!opened.ok) return { answer: { type: 'failed', requestId, message: opened.reason }, transfer: [] };
    try {
      const { observations, breakdowns, homes } = await opened.store.loadSnapshot(versionId);
      const packed = packObservations(observations.value);
      return {
        answer: { type: 'loaded', requestId, packed, problems: observations.problems, breakdowns, homes },
        transfer: packedBuffers(packed),
      };
    } finally {
      opened.store.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : 'The saved figures could not be read.';
    return { answer: { type: 'failed', requestId, message }, transfer: [] };
  }
}
