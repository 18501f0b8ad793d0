import type { AreaDirectory } from '../../domain/areas/area-directory';
import type { ChangeCounts, ObservationDiff } from '../../domain/observations/diff';
import { formatFigure, formatNumber, grouped } from '../../domain/text/figures';
import type { OpenDataRowCounts } from '../../domain/readers/read-import';
import type { BreakdownChangeCounts } from '../../domain/breakdowns/breakdown-diff';
import type { UploadLayout } from '../../domain/readers/detect-layout';
import type { Measure } from '../../domain/catalogue/measure';
import type { Observation } from '../../domain/observations/observation';
import { STATUS_LABEL } from '../../domain/observations/status';
import { newestPeriod } from '../../domain/dataset/data-sources';
import { summariseHomes } from '../../domain/homes/homes-summary';
import type { SavedHomes } from '../../domain/homes/saved-homes';
import { fullInspectionText, homesHeadline, interimInspectionText } from '../../domain/text/homes';

/** How many rows each preview table lists; the rest are counted. */
export const SHOWN_ROWS = 100;

/** A figure in words, as the scorecard prints it, with what qualifies it. */
export interface FigureText {
  /** "63.9% (53 of 83)", "90 (912 children)", or a status in words ("Reported annually"). */
  figure: string;
  /** "Provisional", "Revised" … for a number that is not final; "" otherwise (a status-only figure already says it). */
  status: string;
  /** The file's note, as text. */
  note: string;
}

export interface PreviewRow {
  /** Measure, area and period: unique within a list. */
  key: string;
  measure: string;
  area: string;
  period: string;
  /** The figure held now; null for a new figure. */
  before: FigureText | null;
  after: FigureText;
}

export interface PreviewList {
  total: number;
  /** The first rows, at most SHOWN_ROWS, in the order of compareObservations (measure id, area, period). */
  rows: PreviewRow[];
}

export interface UploadPreview {
  fileName: string;
  layout: UploadLayout;
  /** The one local authority the upload is about, for "see its scorecard"; null when it covers several or none. */
  localAuthority: { code: string; name: string } | null;
  /** The newest period the upload gives a figure for (for that authority, when there is one), which its scorecard opens on after a save. */
  newestPeriod: string | null;
  /** added, changed, unchanged; total = how many figures the new version would hold. */
  counts: ChangeCounts;
  added: PreviewList;
  changed: PreviewList;
  unchanged: PreviewList;
  /** Open-data figures left out because the council's own figure is held (before = the own figure kept, after = the DfE one). */
  kept: PreviewList;
  /** For a DfE open-data file: what became of each of its rows. */
  openDataRows: OpenDataRowCounts | null;
  /** For a file that gives breakdowns: how many of its breakdown figures are new, changed or the same; null when it gives none. */
  breakdownChanges: BreakdownChangeCounts | null;
  /** For a table of the council's children's homes: the homes it gives, and the table it replaces. */
  homes: HomesPreview | null;
}

export interface HomesPreview {
  /** "Our children's homes: 10 of 10 good or better at their latest full inspection". */
  headline: string;
  hasInterim: boolean;
  rows: { key: string; name: string; full: string; interim: string }[];
  /** The table held now for the same council, which saving replaces whole; null when none is. */
  replaces: { fileName: string; homes: number } | null;
}

/** What saving a table of a council's homes would show and replace, built in the worker. */
export function buildHomesPreview(table: SavedHomes, held: SavedHomes | null): HomesPreview {
  const summary = summariseHomes(table.homes, table.hasInterim);
  return {
    headline: summary ? homesHeadline(summary) : 'The table lists no homes.',
    hasInterim: table.hasInterim,
    rows: table.homes.map((home) => ({
      key: `${home.source.row}`,
      name: home.urn ? `${home.name} (URN ${home.urn})` : home.name,
      full: fullInspectionText(home.full),
      interim: interimInspectionText(home.interim),
    })),
    replaces: held ? { fileName: held.fileName, homes: held.homes.length } : null,
  };
}

export interface PreviewInput {
  fileName: string;
  layout: UploadLayout;
  openDataRows: OpenDataRowCounts | null;
  diff: ObservationDiff;
  /** How many figures are held now, so the preview can say how many the version would hold. */
  heldCount: number;
  measures: ReadonlyMap<string, Measure>;
  areas: AreaDirectory;
  breakdownChanges?: BreakdownChangeCounts | null;
  /** For a homes table: its preview and the council it is for (the figures' diff is then empty). */
  homes?: { preview: HomesPreview; localAuthority: { code: string; name: string } };
}

/**
 * A figure as text. Held figures from an older saved version may name a measure the catalogue no
 * longer has; such a figure is printed plainly rather than dropped.
 */
export function describeFigure(measure: Measure | undefined, observation: Observation): FigureText {
  const qualified = observation.value !== null && observation.status !== 'final';
  let figure: string;
  if (measure) figure = formatFigure(measure, observation);
  else figure = observation.value === null ? STATUS_LABEL[observation.status] : formatNumber(observation.value, 4);
  return { figure, status: qualified ? STATUS_LABEL[observation.status] : '', note: observation.note };
}

function rowOf(
  input: Pick<PreviewInput, 'measures' | 'areas'>,
  after: Observation,
  before: Observation | null,
): PreviewRow {
  const measure = input.measures.get(after.measureId);
  return {
    key: `${after.measureId}|${after.areaCode}|${after.period.label}`,
    measure: measure?.title ?? after.measureId,
    area: input.areas.find(after.areaCode)?.name ?? after.areaCode,
    period: after.period.label,
    before: before ? describeFigure(measure, before) : null,
    after: describeFigure(measure, after),
  };
}

function list<T>(items: readonly T[], toRow: (item: T) => PreviewRow, cap: number): PreviewList {
  return { total: items.length, rows: items.slice(0, cap).map(toRow) };
}

/**
 * Figures that are not a change, in the order given, as a preview list: the figures worked out from a
 * return at its date, shown in the catalogue's order before what saving them would change.
 */
export function figureList(
  observations: readonly Observation[],
  context: Pick<PreviewInput, 'measures' | 'areas'>,
  cap = SHOWN_ROWS,
): PreviewList {
  return list(observations, (after) => rowOf(context, after, null), cap);
}

/** The single local authority an upload's figures are for (its own figures or its statistical neighbours'), if there is one. */
function onlyLocalAuthority(input: PreviewInput): UploadPreview['localAuthority'] {
  const codes = new Set<string>();
  for (const observation of incomingOf(input)) {
    const area = input.areas.find(observation.areaCode);
    if (area?.type === 'local_authority') codes.add(area.code);
    if (codes.size > 1) return null;
  }
  const [code] = codes;
  const area = code === undefined ? undefined : input.areas.find(code);
  return area ? { code: area.code, name: area.name } : null;
}

function incomingOf(input: PreviewInput): Observation[] {
  return [...input.diff.added, ...input.diff.unchanged, ...input.diff.changed.map((change) => change.after)];
}

/**
 * What the preview shows before an upload is saved: how many figures are new, changed (old → new)
 * and unchanged, and the first rows of each in words. Built where the diff is made (the import
 * worker), so only this small object crosses to the page, however large the file.
 */
export function buildPreview(input: PreviewInput, cap = SHOWN_ROWS): UploadPreview {
  const { diff } = input;
  const localAuthority = input.homes?.localAuthority ?? onlyLocalAuthority(input);
  return {
    fileName: input.fileName,
    layout: input.layout,
    localAuthority,
    newestPeriod: newestPeriod(incomingOf(input), localAuthority?.code)?.label ?? null,
    counts: {
      added: diff.added.length,
      changed: diff.changed.length,
      unchanged: diff.unchanged.length,
      total: input.heldCount + diff.added.length,
    },
    added: list(diff.added, (after) => rowOf(input, after, null), cap),
    changed: list(diff.changed, ({ before, after }) => rowOf(input, after, before), cap),
    unchanged: list(diff.unchanged, (after) => rowOf(input, after, after), cap),
    kept: list(diff.kept, ({ held, incoming }) => rowOf(input, incoming, held), cap),
    openDataRows: input.openDataRows,
    breakdownChanges: input.breakdownChanges ?? null,
    homes: input.homes?.preview ?? null,
  };
}

/** "Showing the first 100 of 2,345." when a list is cut short, else "". */
export function shownOf(shown: number, total: number): string {
  return shown < total ? `Showing the first ${grouped(shown)} of ${grouped(total)}.` : '';
}
