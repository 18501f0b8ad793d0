import { describeNeighbourBasis } from '../text/neighbours';
import { statNeighbourCode } from '../areas/area';
import type { AreaDirectory } from '../areas/area-directory';
import { publishedRowOf, type Observation } from '../observations/observation';
import { comparePeriods, samePeriod, type Period } from '../periods/period';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../readers/result';
import type { ObservationIndex } from '../observations/series';
import { cell, emptyFileProblem, missingColumns } from '../readers/table';

/*
 * DfE statistical neighbours: for each LA, the ten LAs most like it on a set of socio-economic
 * measures, ranked from the closest. DfE has published two models, April 2021 and 2025; both are
 * shipped (data/stat-neighbours-2021.csv and -2025.csv, built by scripts/build-stat-neighbours.ts)
 * so the user can choose, and the figure says which model it used.
 */

export interface StatNeighbour {
  rank: number;
  /**
   * The neighbour's ONS code, or null when the model names a council that no longer exists (the
   * April 2021 model names Cumbria, abolished in 2023). It still counts towards the ten, so a
   * figure says "9 of 10" rather than presenting nine as the whole group.
   */
  code: string | null;
  name: string;
  /** DfE's words for how alike the two LAs are: "Extremely close" to "Not close". */
  closeness: string;
  /**
   * The first day the neighbour existed, and the one council whose area it took over before then
   * (areas.csv from, replaces), when it replaced exactly one: North Northamptonshire's figures for
   * 2020/21 are Northamptonshire's. Absent for a council that has always existed here.
   */
  from?: string;
  before?: string;
}

/**
 * The council whose figures stand for a neighbour in a period ending on `day`: the neighbour itself,
 * or, before it existed, the one council it replaced; null when there is none (a neighbour the
 * model names that no area has, or one made from several councils).
 */
export function neighbourCodeOn(neighbour: StatNeighbour, day: string): string | null {
  if (neighbour.code === null) return null;
  if (neighbour.from !== undefined && day < neighbour.from) return neighbour.before ?? null;
  return neighbour.code;
}

export interface StatNeighbourModel {
  /** Which DfE model, as shown beside the figure: "2021" or "2025". */
  label: string;
  /** Each LA's neighbours, closest first. */
  neighboursOf: ReadonlyMap<string, readonly StatNeighbour[]>;
}

export const STAT_NEIGHBOUR_COLUMNS = [
  'model',
  'la_code',
  'old_la_code',
  'la_name',
  'rank',
  'neighbour_code',
  'neighbour_old_la_code',
  'neighbour_name',
  'closeness',
] as const;
const REQUIRED_COLUMNS = ['model', 'la_code', 'rank', 'neighbour_code'] as const;

/** Reads a statistical-neighbour model in the long format of data/stat-neighbours-*.csv. */
export function readStatNeighbours(table: SourceTable, areas: AreaDirectory): ParseResult<StatNeighbourModel> {
  const problems: Problem[] = [...missingColumns(table, REQUIRED_COLUMNS), ...emptyFileProblem(table)];
  const lists = new Map<string, StatNeighbour[]>();
  let label = '';
  if (problems.length > 0) return { value: { label, neighboursOf: lists }, problems };

  const report = (
    record: SourceRecord,
    severity: Problem['severity'],
    column: string,
    rule: Problem['rule'],
    message: string,
  ): void => {
    problems.push({
      severity,
      rule,
      row: record.row,
      column,
      message: `${table.fileName} row ${record.row}, column ${column}: ${message}`,
    });
  };
  /**
   * The current council a row names, by its code (current or former) or, failing that, its DfE LA
   * number (the models' own key), through the one lookup (AreaDirectory.findLocalAuthority); null
   * when neither names one, as for Cumbria, abolished in 2023.
   */
  const councilOf = (record: SourceRecord, codeColumn: string, numberColumn: string): string | null =>
    (areas.findLocalAuthority(cell(record, codeColumn)) ?? areas.findLocalAuthority(cell(record, numberColumn)))?.area
      .code ?? null;
  for (const record of table.records) {
    const model = cell(record, 'model');
    if (label === '') label = model;
    if (model === '' || model !== label) {
      report(
        record,
        'error',
        'model',
        'mixed_models',
        `'${model}' is not the model of the rows above ('${label}'). Keep one model per file.`,
      );
      continue;
    }
    const laCode = councilOf(record, 'la_code', 'old_la_code');
    if (laCode === null) {
      report(
        record,
        'warning',
        'la_code',
        'unknown_local_authority',
        `'${cell(record, 'la_code')}' is not a local authority in areas.csv, so its neighbours are not used.`,
      );
      continue;
    }
    const rankText = cell(record, 'rank');
    const rank = Number(rankText);
    if (!/^\d+$/.test(rankText) || rank < 1) {
      report(
        record,
        'error',
        'rank',
        'invalid_rank',
        `'${rankText}' is not a rank: give 1 for the closest neighbour, 2 for the next, and so on.`,
      );
      continue;
    }
    const list = lists.get(laCode) ?? [];
    if (list.some((neighbour) => neighbour.rank === rank)) {
      report(
        record,
        'error',
        'rank',
        'duplicate_rank',
        `${laCode} already has a neighbour ranked ${rank}. Give each neighbour its own rank.`,
      );
      continue;
    }
    const neighbourText = cell(record, 'neighbour_code');
    const code = councilOf(record, 'neighbour_code', 'neighbour_old_la_code');
    if (code === laCode) {
      report(record, 'error', 'neighbour_code', 'self_neighbour', `${laCode} is listed as its own neighbour.`);
      continue;
    }
    if (code === null && neighbourText !== '') {
      report(
        record,
        'warning',
        'neighbour_code',
        'unknown_local_authority',
        `'${neighbourText}' is not a local authority in areas.csv. It is kept as a neighbour without figures.`,
      );
    }
    const neighbour: StatNeighbour = {
      rank,
      code,
      name: cell(record, 'neighbour_name'),
      closeness: cell(record, 'closeness'),
    };
    const area = code === null ? undefined : areas.find(code);
    if (area?.from !== undefined) neighbour.from = area.from;
    if (area?.replaces?.length === 1) neighbour.before = area.replaces[0];
    list.push(neighbour);
    lists.set(laCode, list);
  }
  for (const list of lists.values()) list.sort((a, b) => a.rank - b.rank);
  return { value: { label, neighboursOf: lists }, problems };
}

export type StatNeighbourMethod = 'mean' | 'median';

export interface StatNeighbourFigure {
  /** Null when none of the neighbours has a figure for the period. */
  value: number | null;
  /** How many neighbours had a figure. */
  used: number;
  /** How many neighbours the model gives the LA (ten, or none when the LA is not in the model). */
  of: number;
  method: StatNeighbourMethod;
  /** The model's label, shown with the figure. */
  model: string;
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * The statistical-neighbour figure of an LA: the mean (as DfE's LAIT) or the median (as DfE's
 * children's social care dashboard) of its neighbours' figures for exactly this period. Only
 * figures with a number count; a suppressed or missing one lowers `used`, never the value. The
 * period must match exactly, so a neighbour's older figure never stands in for a missing one.
 */
export function statNeighbourFigure(
  model: StatNeighbourModel,
  laCode: string,
  measureId: string,
  period: Period,
  index: ObservationIndex,
  method: StatNeighbourMethod,
): StatNeighbourFigure {
  const neighbours = model.neighboursOf.get(laCode) ?? [];
  const values: number[] = [];
  // Two neighbours that were one council in the period (North and West Northamptonshire in 2020/21)
  // give its figure once, and so do two that make one joint return (theirs since), whose one DfE
  // row each holds a copy of.
  const counted = new Set<string>();
  const rowsCounted = new Set<string>();
  for (const neighbour of neighbours) {
    const code = neighbourCodeOn(neighbour, period.end);
    if (code === null || counted.has(code)) continue;
    counted.add(code);
    const figure = index.seriesOf(measureId, code).find((observation) => samePeriod(observation.period, period));
    if (figure?.value == null) continue;
    const row = publishedRowOf(figure);
    if (row !== null) {
      if (rowsCounted.has(row)) continue;
      rowsCounted.add(row);
    }
    values.push(figure.value);
  }
  const base = { used: values.length, of: neighbours.length, method, model: model.label };
  if (values.length === 0) return { value: null, ...base };
  const value =
    method === 'mean'
      ? values.reduce((sum, figure) => sum + figure, 0) / values.length
      : median([...values].sort((a, b) => a - b));
  // Twelve significant figures drop binary noise (23.699999999999996 is 23.7) and keep every real digit.
  return { value: Number(value.toPrecision(12)), ...base };
}

/** Which model and statistic a computed statistical-neighbour comparator uses: the reader's choice. */
export interface NeighbourChoice {
  model: StatNeighbourModel;
  method: StatNeighbourMethod;
}

/** How a statistical-neighbour figure was arrived at, shown beside it. */
export type NeighbourBasis = { kind: 'supplied' } | ({ kind: 'computed' } & Omit<StatNeighbourFigure, 'value'>);

export interface NeighbourFigure {
  observation: Observation;
  basis: NeighbourBasis;
}

/**
 * The statistical-neighbour figures of an LA for one measure, oldest first: the figures supplied in
 * the data (area SN:<code>, as a council's own scorecard gives them) and, for every other period
 * in which at least one neighbour has a figure, the figure computed from the chosen model. A
 * supplied figure always wins over a computed one for the same period.
 *
 * A computed figure is an observation of the SN:<code> area so that every view shows it as it
 * shows a supplied one; its note says how it was computed, and its source row is 0 because no row
 * of any file holds it.
 */
export function neighbourFigures(
  measureId: string,
  laCode: string,
  index: ObservationIndex,
  choice: NeighbourChoice | null,
): NeighbourFigure[] {
  const areaCode = statNeighbourCode(laCode);
  const supplied: NeighbourFigure[] = index
    .seriesOf(measureId, areaCode)
    .map((observation) => ({ observation, basis: { kind: 'supplied' } }));
  const neighbours = choice?.model.neighboursOf.get(laCode);
  if (!choice || !neighbours) return supplied;

  const periods = new Map<string, Period>();
  for (const neighbour of neighbours) {
    for (const code of [neighbour.code, neighbour.before]) {
      if (code === null || code === undefined) continue;
      for (const observation of index.seriesOf(measureId, code)) {
        if (observation.value !== null) periods.set(observation.period.label, observation.period);
      }
    }
  }
  const suppliedPeriods = new Set(supplied.map((figure) => figure.observation.period.label));
  const computed: NeighbourFigure[] = [];
  for (const period of periods.values()) {
    if (suppliedPeriods.has(period.label)) continue;
    const { value, ...basis } = statNeighbourFigure(choice.model, laCode, measureId, period, index, choice.method);
    if (value === null) continue;
    const described: NeighbourBasis = { kind: 'computed', ...basis };
    computed.push({
      observation: {
        measureId,
        areaCode,
        period,
        value,
        numerator: null,
        denominator: null,
        status: 'final',
        note: `${describeNeighbourBasis(described)}.`,
        source: { file: `stat-neighbours-${choice.model.label}.csv`, row: 0 },
      },
      basis: described,
    });
  }
  return [...supplied, ...computed].sort((a, b) => comparePeriods(a.observation.period, b.observation.period));
}

/** The model a reader asked for by its label, or the newest when they asked for none (or one the folder lacks). */
export function chooseNeighbourModel(models: readonly StatNeighbourModel[], label: string): StatNeighbourModel | null {
  return models.find((model) => model.label === label) ?? models.at(-1) ?? null;
}
