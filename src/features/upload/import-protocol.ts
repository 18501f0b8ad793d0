/**
 * The messages between the upload page and its import worker (import.worker.ts). Everything here
 * is plain data that structured clone carries: measures, areas and observations are plain objects.
 */
import type { SaveResult } from '../../adapters/version-store';
import type { Area } from '../../domain/areas/area';
import type { BreakdownCatalogue } from '../../domain/breakdowns/breakdown-catalogue';
import type { DfeBreakdownMap } from '../../domain/breakdowns/dfe-breakdowns';
import type { DfeMeasureMap } from '../../domain/readers/dfe/dfe-measure-map';
import type { SavedHomes } from '../../domain/homes/saved-homes';
import type { Measure } from '../../domain/catalogue/measure';
import type { BaseFigures } from '../../shared/base-figures';
import type { UploadPreview } from '../../shared/preview/preview-model';
import type { UploadReport } from './upload-report';

export interface CheckRequest {
  type: 'check';
  requestId: number;
  fileName: string;
  /** The file's bytes, transferred (not copied) to the worker. */
  bytes: ArrayBuffer;
  /** The LA chosen on the page, for a scorecard-layout file. */
  areaCode: string;
  /** The period the officer gave for a scorecard-layout file's undated comparator columns ('2019/20'); '' when none. */
  comparatorPeriod: string;
  /** Today on the officer's computer, ISO date, for the "period after today" warning. */
  today: string;
  /**
   * The catalogue and areas as plain lists (a few hundred small objects): the worker rebuilds the
   * lookups (a Map, an AreaDirectory) from them. Sent with each check so the worker holds no
   * catalogue of its own that could drift from the page's.
   */
  measures: readonly Measure[];
  areas: readonly Area[];
  /** The data folder's DfE measure map (a few dozen plain lines), so DfE open-data files can be read; null when it has none. */
  dfeMeasureMap: DfeMeasureMap | null;
  /** The catalogue's breakdowns and the DfE breakdown map (small plain lists), for breakdown files and DfE breakdown rows. */
  breakdownCatalogue: BreakdownCatalogue;
  dfeBreakdownMap: DfeBreakdownMap | null;
  /** The figures the file is compared with and merged into (shared/base-figures.ts). */
  base: BaseFigures;
  /**
   * The councils' tables of their children's homes the page shows (a few dozen homes): a table of
   * homes replaces its council's, and any save carries them into the new version.
   */
  homes: readonly SavedHomes[];
}

export interface SaveRequest {
  type: 'save';
  requestId: number;
  /** The check whose figures to save: the worker keeps the last check's figures, never the page. */
  checkId: number;
  name: string;
}

export interface ProblemsCsvRequest {
  type: 'problems-csv';
  requestId: number;
  checkId: number;
}

export type ToWorker = CheckRequest | SaveRequest | ProblemsCsvRequest;

/** A scorecard-layout file's comparator columns whose figures give no period: the form asks for it once. */
export interface ComparatorPeriodAsk {
  columns: readonly string[];
  /** The period the file's other headings or cells suggest ('2019/20'), or ''. */
  suggested: string;
  /** The file has no other error, so it need not be chosen again: the period and Check the file are enough. */
  onlyThis: boolean;
}

export interface CheckOutcome {
  report: UploadReport;
  /** Null when the file has errors: nothing from it can be saved. */
  preview: UploadPreview | null;
  /** Null unless comparator columns need a period. */
  comparatorPeriod: ComparatorPeriodAsk | null;
}

export type FromWorker =
  | { type: 'progress'; requestId: number; stage: string; fraction: number }
  | { type: 'checked'; requestId: number; outcome: CheckOutcome }
  | { type: 'saved'; requestId: number; result: SaveResult }
  | { type: 'problems-csv'; requestId: number; csv: string }
  /** Something the pipeline did not expect (a bug, the browser running out of memory): said plainly, never thrown across. */
  | { type: 'failed'; requestId: number; message: string };
