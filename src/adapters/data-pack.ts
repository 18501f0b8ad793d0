/**
 * Reads a JSON data pack (written by dataPack in export.ts, described in docs/storage.md) back into
 * a catalogue and observations, with the same checks as the published CSV files: the catalogue goes
 * through readCatalogue and the observations through fromStoredRows. Never throws.
 */
import { KEY_QUESTION_COLUMNS, MEASURE_COLUMNS, readCatalogue } from '../domain/catalogue/catalogue';
import type { Catalogue } from '../domain/catalogue/measure';
import type { Observation } from '../domain/observations/observation';
import { fromStoredRows } from '../domain/observations/stored-rows';
import { checkPackFigures } from '../domain/dataset/pack-figures';
import type { Dataset } from '../domain/dataset/dataset';
import type { ParseResult, Problem, SourceTable } from '../domain/readers/result';
import { checkCommentary, type Commentary } from '../domain/commentary/commentary';
import type { BreakdownFigure } from '../domain/breakdowns/breakdown-figure';
import { fromStoredBreakdowns } from '../domain/breakdowns/stored-breakdowns';
import { DATA_PACK_FORMAT, DATA_PACK_FORMAT_VERSION } from './export';
import type { VersionMeta } from './version-store';
import { append } from '../domain/lists/append';
import { describeValue } from '../domain/text/quote';
import { readSavedHomes, type SavedHomes } from '../domain/homes/saved-homes';

export interface DataPackContents {
  exportedAt: string;
  /** The saved version the pack was exported from; null for data that was never saved as a version. */
  version: VersionMeta | null;
  catalogue: Catalogue;
  /** Checked against the pack's own catalogue; area codes are for the caller to check against areas.csv. */
  observations: Observation[];
  /** The officers' notes; none for a pack exported before notes existed. */
  commentary: Commentary[];
  /** The breakdown figures; none for a pack exported before they were kept. */
  breakdowns: BreakdownFigure[];
  /** The councils' tables of their children's homes, checked as a saved version's are; none when the pack holds none. */
  homes: SavedHomes[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A list or object where text belongs: shown a few levels deep, as a pack may nest it without end.
  return describeValue(value);
}

/** A list of pack objects as the table the CSV reader would have made of the same file, item 1 as row 1. */
function asTable(fileName: string, columns: readonly string[], items: unknown): SourceTable {
  const list: unknown[] = Array.isArray(items) ? items : [];
  return {
    fileName,
    header: columns,
    records: list.map((item, index) => ({
      row: index + 1,
      cells: Object.fromEntries(columns.map((column) => [column, isRecord(item) ? cellText(item[column]) : ''])),
    })),
  };
}

function packProblem(fileName: string, message: string): Problem {
  return { severity: 'error', rule: 'invalid_data_pack', message: `${fileName}: ${message}` };
}

function asVersion(value: unknown): VersionMeta | null {
  return isRecord(value) && typeof value.id === 'number' && typeof value.name === 'string'
    ? (value as unknown as VersionMeta)
    : null;
}

/** The pack's notes that can be shown; any other entry is passed over with a warning, as it holds no figure. */
function readCommentary(value: unknown, fileName: string, problems: Problem[]): Commentary[] {
  if (value === undefined) return [];
  const warn = (message: string) => problems.push({ ...packProblem(fileName, message), severity: 'warning' });
  if (!Array.isArray(value)) {
    warn('"commentary" is not a list; the notes are left out.');
    return [];
  }
  return value.flatMap((item: unknown, position): Commentary[] => {
    const fields = isRecord(item) ? [item.measureId, item.areaCode, item.period, item.text] : [];
    if (!isRecord(item) || fields.some((field) => typeof field !== 'string')) {
      warn(
        `commentary entry ${position + 1} is not a note (it needs measureId, areaCode, period and text); it is left out.`,
      );
      return [];
    }
    const checked = checkCommentary(cellText(item.text));
    if (!checked.ok) {
      warn(`commentary entry ${position + 1}: ${checked.reason} It is left out.`);
      return [];
    }
    return [
      {
        measureId: cellText(item.measureId),
        areaCode: cellText(item.areaCode),
        period: cellText(item.period),
        text: checked.text,
        updatedAt: typeof item.updatedAt === 'string' ? item.updatedAt : '',
      },
    ];
  });
}

export function readDataPack(text: string, fileName = 'data-pack.json'): ParseResult<DataPackContents | null> {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return {
      value: null,
      problems: [
        packProblem(
          fileName,
          'this is not a data pack: it is not valid JSON. Export the pack again from the scorecard.',
        ),
      ],
    };
  }
  if (!isRecord(json) || json.format !== DATA_PACK_FORMAT) {
    return {
      value: null,
      problems: [
        packProblem(
          fileName,
          `this is not a scorecard data pack ("format" is not "${DATA_PACK_FORMAT}"). Export the pack again from the scorecard.`,
        ),
      ],
    };
  }
  if (json.formatVersion !== DATA_PACK_FORMAT_VERSION) {
    return {
      value: null,
      problems: [
        packProblem(
          fileName,
          `the pack is format version ${cellText(json.formatVersion)}, but this app reads version ${DATA_PACK_FORMAT_VERSION}. Use the app that exported it, or export it again.`,
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  const lists = ['keyQuestions', 'measures', 'observations'].filter((key) => !Array.isArray(json[key]));
  if (lists.length > 0)
    problems.push(packProblem(fileName, `${lists.map((key) => `"${key}"`).join(', ')} must be a list.`));
  const catalogue = readCatalogue(
    asTable(`${fileName} (keyQuestions)`, KEY_QUESTION_COLUMNS, json.keyQuestions),
    asTable(`${fileName} (measures)`, MEASURE_COLUMNS, json.measures),
  );
  append(problems, catalogue.problems);
  const read = fromStoredRows(json.observations ?? [], `${fileName} (observations)`);
  append(problems, read.problems);
  const measureIds = new Set(catalogue.value.measures.map((measure) => measure.id));
  const observations = read.value.filter((observation) => {
    if (measureIds.has(observation.measureId)) return true;
    problems.push({
      severity: 'error',
      rule: 'unknown_measure',
      column: 'measure',
      message: `${fileName} (observations): '${observation.measureId}' (${observation.areaCode}, ${observation.period.label}) is not a measure in the pack's catalogue. Add the measure or remove its figures.`,
    });
    return false;
  });
  const version = asVersion(json.version);
  if (json.version !== null && json.version !== undefined && !version)
    problems.push({
      ...packProblem(fileName, '"version" is not a saved version; it is ignored.'),
      severity: 'warning',
    });
  const exportedAt = typeof json.exportedAt === 'string' ? json.exportedAt : '';
  const commentary = readCommentary(json.commentary, fileName, problems);
  // A bad breakdown entry is left out with a warning, as a bad note is: the figures still load.
  const breakdowns = fromStoredBreakdowns(json.breakdowns, `${fileName} (breakdowns)`);
  for (const problem of breakdowns.problems) problems.push({ ...problem, severity: 'warning' });
  const homes = readSavedHomes(json.homes, fileName);
  // A damaged homes table holds no figure, so it is passed over with a warning, as a note would be.
  if (homes.problems.length > 0)
    problems.push({
      ...packProblem(fileName, '"homes" is not a list of tables of children\'s homes; the homes are left out.'),
      severity: 'warning',
    });
  return {
    value: {
      exportedAt,
      version,
      catalogue: catalogue.value,
      observations,
      commentary,
      breakdowns: breakdowns.value,
      homes: homes.value ?? [],
    },
    problems,
  };
}

/**
 * The figures of a data pack, read (readDataPack) and checked against the published catalogue and
 * areas (checkPackFigures, in the domain).
 */
export function readPackObservations(
  text: string,
  fileName: string,
  reference: Pick<Dataset, 'measuresById' | 'areas'>,
): ParseResult<Observation[]> {
  return checkPackFigures(readDataPack(text, fileName), fileName, reference);
}
