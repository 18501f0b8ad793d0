/**
 * Reads a saved version off the page's thread. The browser rebuilds every stored object in the
 * thread that reads it, which for 225,000 saved figures was one task of 1.6 s on the page; here
 * that and the check of every row happen in the worker (saved-figures-reader.ts), and the page
 * receives the figures packed in columns (domain/observations/packed-observations.ts). Started by
 * saved-figures.ts for one load, and stopped after it.
 */
import { openVersionStore } from '../adapters/version-store';
import type { FromSavedFiguresWorker, ToSavedFiguresWorker } from './saved-figures-protocol';
import { answerLoad } from './saved-figures-reader';

// The project's TypeScript lib is the DOM's, so the worker scope is described by what is used of it.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToSavedFiguresWorker>) => void): void;
  postMessage(message: FromSavedFiguresWorker, transfer: Transferable[]): void;
};

scope.addEventListener('message', (event) => {
  void answerLoad(event.data, () => openVersionStore()).then(({ answer, transfer }) =>
    scope.postMessage(answer, transfer),
  );
});
