/**
 * Files the scorecard hands out: the figures as an observations CSV, the JSON data pack, and blank
 * templates of both upload layouts. CSV files are written for Excel (see docs/storage.md):
 * - a UTF-8 byte-order mark first, or Excel reads £ and é as Windows-1252;
 * - CRLF line ends and RFC 4180 quoting;
 * - spreadsheet formulas neutralised: a text cell Excel would run as a formula (= + - @, or a tab
 *   or carriage return first) gets a leading apostrophe, so a note such as
 *   `=HYPERLINK("http://…")` is shown as text, never run. Numbers are written as numbers, so -2.5
 *   stays -2.5.
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

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell, made safe to open in a spreadsheet and quoted when it holds a comma, quote or line break. */
export function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
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
  };
}

/** Everything needed to publish the current data: the catalogue, every figure, and which version it is. */
export function dataPack(input: {
  catalogue: Catalogue;
  observations: readonly Observation[];
  version: VersionMeta | null;
  commentary?: readonly Commentary[];
  breakdowns?: readonly BreakdownFigure[];
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
  };
  return JSON.stringify(pack, null, 2);
}

export type TemplateLayout = 'observations' | 'scorecard';

/**
 * A blank file an officer fills in, in either upload layout, listing every measure in catalogue order.
 * - observations: the observations header and one row per measure id, the other cells blank;
 * - scorecard: `Measure`, the periods asked for, `England`, the region's name and `Stat Neighbour`,
 *   with one row per measure title, as the committee paper's table is laid out.
 */
export function blankTemplate(
  layout: TemplateLayout,
  catalogue: Catalogue,
  options: { periods: readonly string[]; regionName: string },
): string {
  if (layout === 'observations') {
    const blanks = ','.repeat(OBSERVATION_COLUMNS.length - 1);
    return csvFile([
      OBSERVATION_COLUMNS.join(','),
      ...catalogue.measures.map((measure) => textCell(measure.id) + blanks),
    ]);
  }
  const header = ['Measure', ...options.periods, 'England', options.regionName, 'Stat Neighbour'];
  const blanks = ','.repeat(header.length - 1);
  return csvFile([
    header.map(textCell).join(','),
    ...catalogue.measures.map((measure) => textCell(measure.title) + blanks),
  ]);
}
