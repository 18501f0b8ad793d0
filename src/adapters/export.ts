/**
 * Files the scorecard hands out: the figures as an observations CSV, the JSON data pack, and blank
 * templates of both upload layouts. CSV files are written for Excel (see docs/storage.md):
 * - a UTF-8 byte-order mark first, or Excel reads £ and é as Windows-1252;
 * - CRLF line ends and RFC 4180 quoting;
 * - spreadsheet formulas neutralised: a text cell Excel would run as a formula (= + - @, or a tab
 *   or carriage return first) gets a leading apostrophe, so a note such as
 *   `=HYPERLINK("http://…")` is shown as text, never run. So does one that becomes a formula once a
 *   spreadsheet skips what comes before it (spaces, invisible characters such as a zero-width space,
 *   or a list separator: `;=`) or folds a full-width or small look-alike (`＝`, `﹦`, `－`) to the
 *   character itself. Numbers are written as numbers, so -2.5 stays -2.5.
 */
import type { Catalogue, Measure } from '../domain/catalogue/measure';
import type { Observation } from '../domain/observations/observation';
import { toStoredRow, type StoredObservation } from '../domain/observations/stored-rows';
import type { MEASURE_COLUMNS } from '../domain/catalogue/catalogue';
import { OBSERVATION_COLUMNS } from '../domain/readers/observations-file';
import type { Commentary } from '../domain/commentary/commentary';
import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import { toStoredBreakdown, type StoredBreakdown } from '../domain/breakdowns/stored-breakdowns';
import type { VersionMeta } from './version-store';
import { INTERIM_OUTCOME_LABEL } from '../domain/homes/home';
import type { SavedHomes } from '../domain/homes/saved-homes';
import { GRADE_LABEL } from '../domain/readers/ofsted/grade';

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';
/** A formula's first character, with its full-width and small look-alikes and the minus sign. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/;
/** What a spreadsheet may pass over before a formula: white space, invisible characters and list separators. */
const SKIPPED_BEFORE_FORMULA = /^[\s\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u2064\u3000\uFEFF;,|]+/;

function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) || FORMULA_START.test(text.replace(SKIPPED_BEFORE_FORMULA, ''));
}
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell, made safe to open in a spreadsheet and quoted when it holds a comma, quote or line break. */
export function textCell(text: string): string {
  const safe = looksLikeFormula(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const EXPONENT_FORM = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * A number as plain digits: JavaScript writes 0.0000001 as 1e-7, which neither Excel's "General"
 * cells nor our readers take as the same figure. The shortest digits that give the number back are
 * kept; only the decimal point moves. A missing number is a blank cell.
 */
export function numberCell(value: number | null): string {
  if (value === null) return '';
  const text = String(value);
  const match = EXPONENT_FORM.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function csvFile(lines: readonly string[]): string {
  return BYTE_ORDER_MARK + lines.map((line) => line + LINE_END).join('');
}

/** A cell of a table handed out as a file: text, a number (kept a number), or blank. */
export type TableCell = string | number | null;

/** Any table as a CSV for Excel: the header, then one line per row, text made safe and numbers as numbers. */
export function tableToCsv(header: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  const line = (cells: readonly TableCell[]) =>
    cells.map((cell) => (typeof cell === 'number' || cell === null ? numberCell(cell) : textCell(cell))).join(',');
  return csvFile([line(header), ...rows.map(line)]);
}

/**
 * The figures as an observations CSV (docs/data-format.md), in the order given, which our own
 * reader and `npx scorecard validate` read back as the same observations (apart from a note that
 * had to be neutralised, which keeps its apostrophe). A final figure has a blank status, as in the
 * published files.
 */
export function observationsToCsv(observations: readonly Observation[]): string {
  const lines = observations.map((observation) =>
    [
      textCell(observation.measureId),
      textCell(observation.areaCode),
      textCell(observation.period.label),
      numberCell(observation.value),
      numberCell(observation.numerator),
      numberCell(observation.denominator),
      observation.status === 'final' ? '' : textCell(observation.status),
      textCell(observation.note),
    ].join(','),
  );
  return csvFile([OBSERVATION_COLUMNS.join(','), ...lines]);
}

export const COMMENTARY_COLUMNS = ['measure', 'measure_title', 'area', 'period', 'commentary', 'updated_at'] as const;

/** The officers' notes as a CSV for the committee report, ordered by area, period and the catalogue's order of measures. */
export function commentaryToCsv(notes: readonly Commentary[], catalogue: Catalogue): string {
  const order = new Map(catalogue.measures.map((measure, position) => [measure.id, position]));
  const sorted = [...notes].sort(
    (a, b) =>
      a.areaCode.localeCompare(b.areaCode) ||
      a.period.localeCompare(b.period) ||
      (order.get(a.measureId) ?? Infinity) - (order.get(b.measureId) ?? Infinity),
  );
  const titles = new Map(catalogue.measures.map((measure) => [measure.id, measure.title]));
  const lines = sorted.map((note) =>
    [note.measureId, titles.get(note.measureId) ?? '', note.areaCode, note.period, note.text, note.updatedAt]
      .map(textCell)
      .join(','),
  );
  return csvFile([COMMENTARY_COLUMNS.join(','), ...lines]);
}

export const DATA_PACK_FORMAT = 'scorecard-data-pack';
export const DATA_PACK_FORMAT_VERSION = 1;

/** A measure as a row of measures.csv: the pack's catalogue converts to the published files column for column. */
export type PackMeasure = Record<(typeof MEASURE_COLUMNS)[number], string | number | null>;

/** The JSON data pack, formatVersion 1. docs/storage.md describes each field. */
export interface DataPack {
  format: typeof DATA_PACK_FORMAT;
  formatVersion: typeof DATA_PACK_FORMAT_VERSION;
  exportedAt: string;
  version: VersionMeta | null;
  keyQuestions: { id: string; title: string; note: string }[];
  measures: PackMeasure[];
  observations: StoredObservation[];
  /** The officers' notes; added in format version 1 without a new number, as a pack without them reads as no notes. */
  commentary: Commentary[];
  /** The breakdown figures (docs/storage.md, StoredBreakdown); added in format version 1, as a pack without them reads as none. */
  breakdowns: StoredBreakdown[];
  /** The councils' tables of their own children's homes; added the same way, absent when none are held. */
  homes?: SavedHomes[];
}

export function packMeasure(measure: Measure): PackMeasure {
  return {
    id: measure.id,
    title: measure.title,
    short_title: measure.shortTitle,
    key_question: measure.keyQuestionId,
    unit: measure.unit,
    polarity: measure.polarity,
    decimal_places: measure.decimalPlaces,
    frequency: measure.frequency,
    definition: measure.definition,
    what_this_shows: measure.whatThisShows,
    why_it_matters: measure.whyItMatters,
    source: measure.source,
    similar_tolerance: measure.similarTolerance,
    numerator_label: measure.numeratorLabel,
    note: measure.note,
    also_known_as: measure.aliases.join('|'),
    target: measure.target,
    accumulation: measure.accumulation,
  };
}

/** Everything needed to publish the current data: the catalogue, every figure, and which version it is. */
export function dataPack(input: {
  catalogue: Catalogue;
  observations: readonly Observation[];
  version: VersionMeta | null;
  commentary?: readonly Commentary[];
  breakdowns?: readonly BreakdownFigure[];
  homes?: readonly SavedHomes[];
  exportedAt?: Date;
}): string {
  const pack: DataPack = {
    format: DATA_PACK_FORMAT,
    formatVersion: DATA_PACK_FORMAT_VERSION,
    exportedAt: (input.exportedAt ?? new Date()).toISOString(),
    version: input.version,
    keyQuestions: input.catalogue.keyQuestions.map(({ id, title, note }) => ({ id, title, note })),
    measures: input.catalogue.measures.map(packMeasure),
    observations: input.observations.map(toStoredRow),
    commentary: [...(input.commentary ?? [])],
    breakdowns: (input.breakdowns ?? []).map(toStoredBreakdown),
    ...(input.homes && input.homes.length > 0 ? { homes: [...input.homes] } : {}),
  };
  return JSON.stringify(pack, null, 2);
}

export type TemplateLayout = 'observations' | 'scorecard';

/**
 * A blank table an officer fills in, in either upload layout, listing every measure in catalogue order.
 * - observations: the observations header and one row per measure id, the other cells blank;
 * - scorecard: `Measure`, the periods asked for, `England`, the region's name and `Stat Neighbour`,
 *   with one row per measure title, as the committee paper's table is laid out.
 */
export function templateTable(
  layout: TemplateLayout,
  catalogue: Catalogue,
  options: { periods: readonly string[]; regionName: string },
): { header: string[]; rows: TableCell[][] } {
  const header =
    layout === 'observations'
      ? [...OBSERVATION_COLUMNS]
      : ['Measure', ...options.periods, 'England', options.regionName, 'Stat Neighbour'];
  const blanks = (): TableCell[] => Array.from({ length: header.length - 1 }, () => null);
  return {
    header,
    rows: catalogue.measures.map((measure) => [layout === 'observations' ? measure.id : measure.title, ...blanks()]),
  };
}

/** The blank template as a CSV for Excel. */
export function blankTemplate(
  layout: TemplateLayout,
  catalogue: Catalogue,
  options: { periods: readonly string[]; regionName: string },
): string {
  const { header, rows } = templateTable(layout, catalogue, options);
  return tableToCsv(header, rows);
}

/** Durham's headings (seed 000) and Ofsted's URN: the upload reads them back as the same homes. */
export const HOMES_COLUMNS = [
  'Name',
  'URN',
  'Full inspection date',
  'Full inspection overall judgement',
  'Interim inspection date',
  'Interim inspection overall outcome',
] as const;

/** dd.mm.yyyy, as councils' papers write a day and the homes reader reads it. */
function typedDay(iso: string | undefined): string {
  return iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '';
}

/** A council's table of its children's homes as a CSV for Excel, in the layout the upload reads back as the same homes. */
export function homesToCsv(table: SavedHomes): string {
  const lines = table.homes.map((home) =>
    [
      textCell(home.name),
      textCell(home.urn ?? ''),
      typedDay(home.full?.date),
      home.full ? textCell(GRADE_LABEL[home.full.grade]) : '',
      typedDay(home.interim?.date),
      home.interim ? textCell(INTERIM_OUTCOME_LABEL[home.interim.outcome]) : '',
    ].join(','),
  );
  return csvFile([HOMES_COLUMNS.join(','), ...lines]);
}
