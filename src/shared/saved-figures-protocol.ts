import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import type { SavedHomes } from '../domain/homes/saved-homes';
import type { PackedObservations } from '../domain/observations/packed-observations';
import type { ParseResult, Problem } from '../domain/readers/result';

/** The page asks the saved-figures worker for one version's figures. */
export interface LoadRequest {
  type: 'load';
  requestId: number;
  versionId: number;
}

export type ToSavedFiguresWorker = LoadRequest;

/**
 * The version read back and checked in the worker: its figures packed for the hand-over with what
 * their check found, and its breakdowns and homes tables (few, so sent as they are).
 */
export interface LoadedMessage {
  type: 'loaded';
  requestId: number;
  packed: PackedObservations;
  problems: Problem[];
  breakdowns: ParseResult<BreakdownFigure[]>;
  homes: ParseResult<SavedHomes[] | null>;
}

export type FromSavedFiguresWorker = LoadedMessage | { type: 'failed'; requestId: number; message: string };
