import type { AreaDirectory } from '../../areas/area-directory';
import type { Measure } from '../../catalogue/measure';
import { checkPercentCounts, workedPercent } from '../../observations/count-check';
import { KeyedMerge, collisionProblems } from '../../observations/merge';
import type { Observation } from '../../observations/observation';
import type { ParseResult, Problem, SourceTable } from '../result';
import { emptyFileProblem } from '../table';
import { dfeAreaOf } from './dfe-area';
import { Columns, DFE_REQUIRED_COLUMNS, rememberedValueKey } from './dfe-columns';
import { DFE_PUBLISHER, joinNotes, readDfeFigure } from './dfe-figure';
import { mappingAppliesTo, type DfeMeasureMap, type DfeMeasureMapping } from './dfe-measure-map';
import { rememberedDfePeriod } from './dfe-period';
import { DfeRows } from './dfe-rows';
import { rateOfPopulation, type PopulationRate } from './dfe-population';
import type { PopulationTable } from '../../ssda903/population';
import { append } from '../../lists/append';
import { rowsText } from '../../text/rows';
import { quoted } from '../../text/quote';
import { jointReturnNote } from '../../text/councils-over-time';

/*
 * DfE open-data files (Explore Education Statistics format) hold one row per time period, area and
 * combination of filters, with one column per indicator. Which row and column gives which of our
 * measures is data (data/dfe-measure-map.csv, read by dfe-measure-map.ts), not code.
 */

export interface DfeImportContext {
  areas: AreaDirectory;
  measures: ReadonlyMap<string, Measure>;
  /** The ONS population (data/population-0-17.csv), for a map line whose figure is a count per population. */
  population?: PopulationTable | null;
}

/**
 * What a DfE file gave. Every data row is counted exactly once, in usedRows, skipped,
 * unmatchedRows or rejectedRows, so no row is dropped without being counted.
 */
export interface DfeImport {
  observations: Observation[];
  /** Rows of geographic levels the scorecard does not show (and London's sub-regions), by level. */
  skipped: { level: string; rows: number }[];
  /** Rows whose filters match no line of the measure map (breakdowns the catalogue has no measure for). */
  unmatchedRows: number;
  /** Rows that gave at least one observation. */
  usedRows: number;
  /** Rows that matched the map but gave no observation; each is behind a problem (unknown area, period or value). */
  rejectedRows: number;
  /** Set when no line of the map applies to the file (its columns, or its name), so its rows are unmatched for that reason. */
  noMapping?: true;
}

/** The same problem found on many rows (a council that no longer exists) is reported once, with a count. */
class RepeatedProblems {
  private readonly byKey = new Map<
    string,
    { problem: Omit<Problem, 'message'>; message: (rows: string) => string; rows: number[] }
  >();

  add(key: string, problem: Omit<Problem, 'message'>, message: (rows: string) => string, row: number): void {
    const found = this.byKey.get(key);
    // A row that gives several figures (one per mapping) has the same fault once.
    if (found) {
      if (found.rows.at(-1) !== row) found.rows.push(row);
    } else this.byKey.set(key, { problem: { ...problem, row }, message, rows: [row] });
  }

  problems(): Problem[] {
    return [...this.byKey.values()].map(({ problem, message, rows }) => ({
      ...problem,
      message: message(rowsText(rows, 5)),
    }));
  }
}

/**
 * Reads a DfE open-data file through the measure map. Columns are found by name, in any order;
 * National rows are England (country_code), Regional rows their region (region_code) and Local
 * authority rows their LA (new_la_code, current or former, or old_la_code when the E-code is neither,
 * through AreaDirectory.findLocalAuthority: dfe-area.ts). Rows of other levels are skipped and
 * counted; rows whose filters match no mapping (dfe-rows.ts) are counted as unmatched. Each figure
 * is read by dfe-figure.ts and its period by dfe-period.ts.
 */
export function readDfeFile(table: SourceTable, map: DfeMeasureMap, context: DfeImportContext): ParseResult<DfeImport> {
  const columns = new Columns(table.header);
  const problems: Problem[] = [];
  const result: DfeImport = { observations: [], skipped: [], unmatchedRows: 0, usedRows: 0, rejectedRows: 0 };

  for (const column of DFE_REQUIRED_COLUMNS) {
    if (!columns.has(column)) {
      problems.push({
        severity: 'error',
        rule: 'missing_column',
        row: 1,
        column,
        message: `${table.fileName}: the header has no ${quoted(column)} column. A DfE open-data file names the columns ${DFE_REQUIRED_COLUMNS.join(', ')}.`,
      });
    }
  }
  append(problems, emptyFileProblem(table));
  if (problems.length > 0) return { value: result, problems };

  const mappings = applicableMappings(table, columns, map, context, problems);
  if (mappings.length === 0) {
    problems.push(noMappingProblem(table, columns, map));
    result.noMapping = true;
  }

  const keyOf = rememberedValueKey();
  const rows = new DfeRows(table, columns, mappings, keyOf);
  const skipped = new Map<string, number>();
  const repeated = new RepeatedProblems();
  const periodOf = rememberedDfePeriod();
  // Every figure of one file is the DfE's, so two for one key are a repeat or a conflict.
  const merge = new KeyedMerge('combine');

  for (const record of table.records) {
    const areaLookup = dfeAreaOf(record, columns, context.areas, keyOf);
    if (areaLookup.kind === 'skip') {
      skipped.set(areaLookup.level, (skipped.get(areaLookup.level) ?? 0) + 1);
      const { level, nearLevel } = areaLookup;
      if (nearLevel !== undefined) {
        const column = columns.nameOf('geographic_level');
        repeated.add(
          `level|${level}`,
          { severity: 'warning', rule: 'unknown_geographic_level', column },
          (rows) =>
            `${table.fileName} ${rows}, column ${column}: ${quoted(level)} is not a geographic level DfE writes, so the row is skipped. Did you mean ${quoted(nearLevel)}? Correct the level to read its figures.`,
          record.row,
        );
      }
      continue;
    }
    const matching = rows.matching(record);
    if (matching.length === 0) {
      result.unmatchedRows += 1;
      continue;
    }
    if (areaLookup.kind === 'unknown') {
      repeated.add(
        areaLookup.key,
        {
          severity: 'warning',
          rule: areaLookup.column === 'new_la_code' ? 'unknown_local_authority' : 'unknown_area',
          column: columns.nameOf(areaLookup.column),
        },
        (rows) =>
          `${table.fileName} ${rows}, column ${columns.nameOf(areaLookup.column)}: ${areaLookup.what}. Its figures are left out.`,
        record.row,
      );
      result.rejectedRows += 1;
      continue;
    }

    let gave = 0;
    const timePeriod = columns.text(record, 'time_period');
    const timeIdentifier = columns.text(record, 'time_identifier');
    for (const mapping of matching) {
      const period = periodOf(timePeriod, timeIdentifier, mapping.reportingYear);
      if (!period.ok) {
        const periodKey = `${timePeriod}|${timeIdentifier}|${mapping.reportingYear}`;
        const reason = period.reason;
        // The column at fault, as the file names it: a year written wrong is time_period's.
        const column = columns.nameOf(period.column);
        repeated.add(
          `period|${periodKey}`,
          { severity: 'error', rule: 'invalid_period', column },
          (rows) => `${table.fileName} ${rows}, column ${column}: ${reason}.`,
          record.row,
        );
        continue;
      }

      const read = readDfeFigure(table, columns, record, mapping, problems);
      if (!read) continue;
      // A joint return is one figure for its councils together, as DfE publishes it: each council
      // shows it, saying so, and a ranking counts it once (ranking.ts).
      const councils = areaLookup.kind === 'joint' ? areaLookup.areas : [areaLookup.area];
      let figure = read;
      let rate: PopulationRate | null = null;
      if (mapping.perPopulation && read.value !== null && context.population) {
        rate = rateOfPopulation(read.value, mapping.unitScale, councils, period.period, context.population);
        if (!rate) {
          const names = councils.map((council) => council.name).join(' and ');
          const label = period.period.label;
          repeated.add(
            `population|${names}|${label}`,
            { severity: 'warning', rule: 'missing_population', column: columns.nameOf(mapping.indicator) },
            (rows) =>
              `${table.fileName} ${rows}: the population table (population-0-17.csv) has no estimate of children aged 0 to 17 in ${names} for ${label}, so the count cannot be made a rate and is left out. Rebuild the table from the ONS file that has it.`,
            record.row,
          );
          continue;
        }
        figure = rate.figure;
      }
      const measure = context.measures.get(mapping.measureId);
      if (measure?.unit === 'percent' && figure.value !== null && (figure.value < 0 || figure.value > 100)) {
        const column = columns.nameOf(mapping.indicator);
        problems.push({
          severity: 'warning',
          rule: 'percent_out_of_range',
          row: record.row,
          column,
          message: `${table.fileName} row ${record.row}, column ${column}: ${figure.value} is outside 0 to 100 for a percentage. Check unit_scale in the measure map.`,
        });
      }
      // Every property written out, none spread in: a 300,000-row file makes hundreds of thousands of
      // these, and a literal of fixed properties gives them all one shape, built without a copy.
      const withFigure = figure.value !== null;
      const denominator = rate ? rate.denominator : withFigure ? rows.count(record, mapping.denominator) : null;
      const rowCount = rate ? rate.numerator : withFigure ? rows.count(record, mapping.numerator) : null;
      // A complement's count is everyone else of the denominator: those not in the row's category.
      const numerator =
        mapping.valueFormat !== 'percent_complement' ? rowCount : complementCount(rowCount, denominator);
      // DfE gives councils' counts exactly where the map says so; England's and the regions' are
      // rounded to the nearest 10, so only a council's row is checked.
      const council =
        mapping.exactCounts !== 'councils' || measure?.unit !== 'percent' || rate
          ? null
          : areaLookup.kind === 'joint'
            ? areaLookup.name
            : areaLookup.area.type === 'local_authority'
              ? areaLookup.area.name
              : null;
      if (measure && council !== null) {
        const check = checkPercentCounts(figure.value, numerator, denominator);
        if (check.kind !== 'agrees') {
          const column = columns.nameOf(mapping.indicator);
          const about = `${measure.shortTitle || measure.title}, ${council}, ${period.period.label}`;
          repeated.add(
            `counts|${mapping.row}|${check.kind}`,
            {
              severity: 'warning',
              rule: check.kind === 'disagrees' ? 'value_disagrees_with_counts' : 'numerator_over_denominator',
              column,
            },
            (rows) =>
              check.kind === 'disagrees'
                ? `${table.fileName} ${rows}, column ${column}: a percentage is not its numerator over its denominator, though DfE gives councils' counts exactly (the first: ${figure.value}% for ${about} is not ${numerator} of ${denominator}, which is ${workedPercent(check)}%). The figures are kept as published; check that row ${mapping.row} of ${map.fileName} reads the right count rows.`
                : `${table.fileName} ${rows}, column ${column}: a numerator is larger than its denominator (the first: ${numerator} of ${denominator} for ${about}). The figures are kept as published; check that row ${mapping.row} of ${map.fileName} reads the right count rows.`,
            record.row,
          );
        }
      }
      const note = joinNotes(figure.note, period.note);
      const jointNote = areaLookup.kind === 'joint' ? jointReturnNote(areaLookup.areas) : '';
      let offered = 0;
      for (const council of councils) {
        const observation: Observation = {
          measureId: mapping.measureId,
          areaCode: council.code,
          period: period.period,
          value: figure.value,
          // Counts belong to a figure: beside a symbol they are not kept.
          numerator,
          denominator,
          status: figure.status,
          note: jointNote === '' ? note : joinNotes(jointNote, note),
          source: { file: table.fileName, row: record.row, publisher: DFE_PUBLISHER },
        };
        const collision = merge.offer(observation);
        if (collision) {
          const column = columns.nameOf(mapping.indicator);
          append(
            problems,
            collisionProblems([collision], {
              nameFile: true,
              column: () => column,
              conflictAdvice: 'Keep one row per area, period and filters.',
            }),
          );
          continue;
        }
        offered += 1;
      }
      if (offered > 0) gave += 1;
    }
    if (gave > 0) result.usedRows += 1;
    else result.rejectedRows += 1;
  }

  result.observations = merge.value;
  result.skipped = [...skipped].map(([level, rows]) => ({ level, rows }));
  append(problems, repeated.problems());
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { value: result, problems };
}

/**
 * The mappings whose header signature the file has. A mapping that names a measure the catalogue
 * lacks, or a column the file lacks, is an error in the map, reported once, not on every row.
 */
function applicableMappings(
  table: SourceTable,
  columns: Columns,
  map: DfeMeasureMap,
  context: DfeImportContext,
  problems: Problem[],
): DfeMeasureMapping[] {
  const applicable: DfeMeasureMapping[] = [];
  for (const mapping of map.mappings) {
    if (!mappingAppliesTo(mapping, (column) => columns.has(column), table.fileName)) continue;
    const where = `${map.fileName} row ${mapping.row}`;
    if (mapping.perPopulation && !context.population) {
      problems.push({
        severity: 'error',
        rule: 'missing_population',
        message: `${where} (${mapping.measureId}) makes ${table.fileName}'s counts rates of the population of children aged 0 to 17, but no population table was given. Put population-0-17.csv in the data folder and read the file again.`,
      });
      continue;
    }
    if (!context.measures.has(mapping.measureId)) {
      problems.push({
        severity: 'error',
        rule: 'unknown_measure',
        message: `${where}: ${quoted(mapping.measureId)} is not a measure in the catalogue (data/measures.csv), so ${table.fileName} cannot give it. Add the measure or correct the id.`,
      });
      continue;
    }
    const needed = [
      mapping.indicator,
      ...mapping.filters.map((filter) => filter.column),
      mapping.numerator?.column,
      mapping.denominator?.column,
    ];
    const missing = needed.filter((column): column is string => column !== undefined && !columns.has(column));
    if (missing.length > 0) {
      problems.push({
        severity: 'error',
        rule: 'missing_column',
        row: 1,
        message: `${table.fileName} has the columns of ${where} (${mapping.measureId}) but not ${missing.join(', ')}. Correct the line's header_signature or columns.`,
      });
      continue;
    }
    applicable.push(mapping);
  }
  return applicable;
}

/** The denominator less the row's count; null unless both are known and the count is within it. */
function complementCount(count: number | null, denominator: number | null): number | null {
  return count === null || denominator === null || count > denominator ? null : denominator - count;
}

/**
 * No line of the map applies. When lines have the file's columns but name other files (DfE publishes
 * children starting, ceasing and looked after on 31 March with the same columns), the file's name is
 * what is missing, and the warning says which names are read.
 */
function noMappingProblem(table: SourceTable, columns: Columns, map: DfeMeasureMap): Problem {
  const named = [
    ...new Set(
      map.mappings
        .filter((mapping) => mapping.headerSignature.every((column) => columns.has(column)))
        .flatMap((mapping) => mapping.fileNames),
    ),
  ];
  const rows = table.records.length;
  return {
    severity: 'warning',
    rule: 'no_dfe_mapping',
    row: 1,
    message:
      named.length > 0
        ? `${table.fileName}: DfE publishes several files with these columns, and the name tells them apart; this name is none of ${named.map((name) => `${name}.csv`).join(', ')}, so none of its ${rows} rows gives a figure. Upload the file under the name Explore Education Statistics gave it.`
        : `${table.fileName}: no line of ${map.fileName} applies to this file's columns, so none of its ${rows} rows gives a figure. Add a line for each measure it holds.`,
  };
}
