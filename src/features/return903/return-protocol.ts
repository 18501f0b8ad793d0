/**
 * The messages between the 903 return page and its worker (return.worker.ts). Only aggregates cross:
 * the files go in as the File handles the officer chose (read only in the worker), and what comes
 * back is figures, breakdowns, what could not be worked out and the data-quality report located by
 * file and row. No child's identifier, date of birth or postcode is ever in a message (a finding's
 * `child` is dropped before posting).
 */
import type { SaveResult } from '../../adapters/version-store';
import type { Area } from '../../domain/areas/area';
import type { BreakdownChangeCounts } from '../../domain/breakdowns/breakdown-diff';
import type { Measure } from '../../domain/catalogue/measure';
import type { Problem } from '../../domain/readers/result';
import type { SavedHomes } from '../../domain/homes/saved-homes';
import type { BaseFigures } from '../../shared/base-figures';
import type { PreviewList, UploadPreview } from '../../shared/preview/preview-model';
import type { BreakdownTable } from './breakdown-tables';

export interface ReturnFile {
  name: string;
  /**
   * The chosen file itself (a File is a Blob): the worker reads its bytes, so the records are never
   * read on the page's thread.
   */
  file: Blob;
}

export interface ComputeRequest {
  type: 'compute';
  requestId: number;
  files: ReturnFile[];
  /** The council the return is for: its population gives the rates. */
  areaCode: string;
  /** The date of the figures, ISO. */
  asAt: string;
  /** The published data folder's address, where the worker reads the population table. */
  dataUrl: string;
  measures: readonly Measure[];
  areas: readonly Area[];
  base: BaseFigures;
  /**
   * The councils' tables of their children's homes the page shows (a few dozen homes): a save
   * carries them into the new version, as an upload's does, so working out a return never drops them.
   */
  homes: readonly SavedHomes[];
}

export interface SaveRequest {
  type: 'save';
  requestId: number;
  /** The computation whose figures to save: the worker keeps them, never the page. */
  computeId: number;
  name: string;
}

/** quality: the data-quality report; figures and breakdowns: every figure worked out, for publication. */
export type ReturnDownload = 'quality' | 'figures' | 'breakdowns';

export interface DownloadRequest {
  type: 'download';
  requestId: number;
  computeId: number;
  file: ReturnDownload;
  /** Small-number suppression (counts of 1 to 5) for publication. */
  suppress: boolean;
}

export type ToWorker = ComputeRequest | SaveRequest | DownloadRequest;

/** What one file was read as: "Episodes", "Postcode lookup", or null when it was not read. */
export interface FileRead {
  fileName: string;
  readAs: string | null;
}

/** One record breaking a rule, located in the council's own files; never a child's identifier. */
export interface QualityFindingText {
  table: string;
  file: string;
  row: number;
  column: string;
  message: string;
}

export interface QualityRuleText {
  number: number;
  title: string;
  codes: string;
  records: number;
  first: QualityFindingText[];
}

/** A measure or breakdown the files cannot give, and what to add for it. */
export interface Unavailable {
  id: string;
  title: string;
  reason: string;
}

export interface ReturnResult {
  /** The date in words (31/03/2022) and the period its figures are labelled with (2021/22). */
  asAt: { text: string; period: string; iso: string };
  /** The days the files cover, in words; null when they hold no usable episodes. */
  span: { from: string; to: string } | null;
  /** Children with episodes in the files. */
  children: number;
  unavailable: Unavailable[];
  quality: QualityRuleText[];
  /** The figures at the date, in the catalogue's order. */
  figures: PreviewList;
  breakdowns: BreakdownTable[];
  /** Every figure worked out (each quarter end, each month end) against those held. */
  preview: UploadPreview;
  breakdownChanges: BreakdownChangeCounts;
  /** How many quarter (or year) ends and month ends were worked out. */
  dates: { quarters: number; months: number };
}

export interface ComputeOutcome {
  files: FileRead[];
  /** Reading problems: an error means nothing could be worked out. At most 100 of each, with the totals. */
  errors: { total: number; shown: Problem[] };
  warnings: { total: number; shown: Problem[] };
  /** Null when a file could not be read as a 903 table. */
  result: ReturnResult | null;
}

export type FromWorker =
  | { type: 'progress'; requestId: number; stage: string; fraction: number }
  | { type: 'computed'; requestId: number; outcome: ComputeOutcome }
  | { type: 'saved'; requestId: number; result: SaveResult }
  | { type: 'download'; requestId: number; fileName: string; csv: string }
  | { type: 'failed'; requestId: number; message: string };
