import { quoted } from '../text/quote';
import { storedUnderCurrentCode } from '../text/former-codes';
import type { AreaDirectory } from '../areas/area-directory';
import { readCell, readNumber } from './cell';
import type { Measure } from '../catalogue/measure';
import { checkPercentCounts, workedPercent } from '../observations/count-check';
import { combineObservations } from '../observations/merge';
import type { Observation } from '../observations/observation';
import { parsePeriod } from '../periods/period';
import type { ParseResult, Problem, Severity, SourceRecord, SourceTable } from './result';
import { STATUS_LABEL, STATUS_SYMBOLS, isStatus, statusAllowsValue, type Status } from '../observations/status';
import { closestMatches } from './suggest';
import { cell, emptyFileProblem, missingColumns, unknownColumnProblems } from './table';
import { append } from '../lists/append';

export const OBSERVATION_COLUMNS = [
  'measure',
  'area',
  'period',
  'value',
  'numerator',
  'denominator',
  'status',
  'note',
] as const;
export const REQUIRED_OBSERVATION_COLUMNS = ['measure', 'area', 'period', 'value'] as const;

export interface ObservationContext {
  measures: ReadonlyMap<string, Measure>;
  areas: AreaDirectory;
}

const STATUS_WORDS: ReadonlyMap<string, Status> = new Map([
  ...Object.entries(STATUS_SYMBOLS),
  ...Object.entries(STATUS_LABEL).map(([status, label]) => [label.toLowerCase(), status as Status] as const),
]);

function readStatus(text: string): Status | undefined {
  const lower = text.trim().toLowerCase();
  if (lower === '') return 'final';
  const byId = lower.replaceAll(' ', '_');
  if (isStatus(byId)) return byId;
  return STATUS_WORDS.get(lower);
}

class RowReader {
  constructor(
    private readonly table: SourceTable,
    private readonly record: SourceRecord,
    private readonly problems: Problem[],
  ) {}

  report(severity: Problem['severity'], column: string, rule: Problem['rule'], message: string): void {
    this.problems.push({
      severity,
      rule,
      row: this.record.row,
      column,
      message: `Row ${this.record.row}, column ${column}: ${message}`,
    });
  }

  optionalNumber(column: 'numerator' | 'denominator'): number | null | 'invalid' {
    const text = cell(this.record, column);
    if (text === '') return null;
    const number = readNumber(text);
    if (number.ok) return number.value;
    this.report('error', column, `invalid_${column}`, `${number.reason}. Give a number or leave the cell blank.`);
    return 'invalid';
  }

  text(column: string): string {
    return cell(this.record, column);
  }
}

/** A figure as read from one cell or row, before it is tied to a measure, area and period. */
export type Figure = Pick<Observation, 'value' | 'numerator' | 'denominator' | 'status'>;

/**
 * What a check on a figure found, and which part of the figure it is about, so each file layout can
 * report it against its own column (the observations layout has value and numerator columns; the
 * scorecard layout has one cell per figure).
 */
export interface FigureFinding {
  severity: Severity;
  rule: Problem['rule'];
  about: 'value' | 'numerator';
  message: string;
}

/**
 * Counts without a figure would keep, say, a suppressed number in the data: they are refused.
 * `blankValue` says whether the figure was left blank rather than given as a status.
 */
export function countsWithoutFigure(figure: Figure, blankValue: boolean): FigureFinding | null {
  if (figure.value !== null || (figure.numerator === null && figure.denominator === null)) return null;
  return {
    severity: 'error',
    rule: 'numerator_without_value',
    about: 'numerator',
    message: `a numerator or denominator is given but there is no figure (${blankValue ? 'the value is blank' : STATUS_LABEL[figure.status].toLowerCase()}). Give the value as well, or remove the counts.`,
  };
}

/**
 * A figure's checks against its own counts and unit. In a council's own file (these readers only:
 * DfE's rows are checked in dfe-file.ts, only where their counts are exact) a percentage whose numerator is over its
 * denominator, or whose value is not its numerator over its denominator to the rounding it is written
 * with, is an error: one of the three is wrong and the panel would see it. A numerator over the
 * denominator of another unit, and a percentage outside 0 to 100, are possible but often a typing
 * slip: kept, with a warning to check them.
 */
export function figureFindings(measure: Measure, figure: Figure): FigureFinding[] {
  const findings: FigureFinding[] = [];
  const { value, numerator, denominator } = figure;
  const percent = measure.unit === 'percent';
  // The measure is named, as a row's own cells may not say what it is (a scorecard layout's heading).
  const name = measure.shortTitle || measure.title;
  const check = checkPercentCounts(percent ? value : null, numerator, denominator);
  if (check.kind === 'numerator_over_denominator') {
    findings.push({
      severity: percent ? 'error' : 'warning',
      rule: 'numerator_over_denominator',
      about: 'numerator',
      message: percent
        ? `the numerator ${numerator} of ${name} is larger than its denominator ${denominator}, and a percentage cannot count more than its whole. Check the two are not swapped.`
        : `the numerator ${numerator} of ${name} is larger than its denominator ${denominator}. Check the two are not swapped.`,
    });
  } else if (check.kind === 'disagrees') {
    findings.push({
      severity: 'error',
      rule: 'value_disagrees_with_counts',
      about: 'value',
      message: `${value}% for ${name} is not ${numerator} of ${denominator}, which is ${workedPercent(check)}%. Correct the value or the counts.`,
    });
  }
  if (measure.unit === 'percent' && value !== null && (value > 100 || value < 0)) {
    findings.push({
      severity: 'warning',
      rule: 'percent_out_of_range',
      about: 'value',
      message: `${value} for ${name} is outside 0 to 100 for a percentage. Check the figure.`,
    });
  }
  return findings;
}

function readRow(
  reader: RowReader,
  record: SourceRecord,
  file: string,
  context: ObservationContext,
): Observation | null {
  let valid = true;
  const measureId = reader.text('measure');
  const measure = context.measures.get(measureId);
  if (!measure) {
    valid = false;
    const suggestions = closestMatches(measureId, [...context.measures.keys()]);
    const hint =
      suggestions.length > 0
        ? ` Did you mean ${suggestions.map((id) => `${quoted(id)}`).join(' or ')}?`
        : ' Use an id from the measure catalogue (data/measures.csv).';
    reader.report(
      'error',
      'measure',
      'unknown_measure',
      `${quoted(measureId)} is not a measure in the catalogue.${hint}`,
    );
  }
  const written = reader.text('area');
  // A council's code before ONS replaced it (areas.csv former_codes) is read as the current code,
  // with a warning, so a file made before the change still loads and its figures join the council's.
  const replaced = context.areas.find(written) ? undefined : context.areas.findLocalAuthority(written);
  const areaCode = replaced?.by === 'former_code' ? replaced.area.code : written;
  if (replaced?.by === 'former_code') {
    reader.report(
      'warning',
      'area',
      'replaced_area_code',
      storedUnderCurrentCode(written, replaced.area, 'the figure is'),
    );
  } else if (!context.areas.find(areaCode)) {
    valid = false;
    reader.report(
      'error',
      'area',
      'unknown_area',
      `${quoted(written)} is not a known area code. Use an ONS code such as E06000047 (a local authority), E12000001 (a region), E92000001 (England) or SN:E06000047 (an LA's statistical neighbours).`,
    );
  }
  const period = parsePeriod(reader.text('period'));
  if (!period.ok) {
    valid = false;
    reader.report('error', 'period', 'invalid_period', `${period.reason}.`);
  }

  const statusText = reader.text('status');
  let status = readStatus(statusText);
  if (!status) {
    valid = false;
    reader.report(
      'error',
      'status',
      'invalid_status',
      `${quoted(statusText)} is not a status. Leave it blank for a final figure or use one of: provisional, revised, estimate, suppressed, not_available, no_new_data, reported_annually, tbc.`,
    );
    status = 'final';
  }

  const valueCell = readCell(reader.text('value'));
  let value: number | null = null;
  switch (valueCell.kind) {
    case 'number':
      value = valueCell.value;
      if (!statusAllowsValue(status)) {
        valid = false;
        reader.report(
          'error',
          'value',
          'value_with_status',
          `a figure of ${valueCell.value} is given with the status '${STATUS_LABEL[status]}', which stands in place of a figure. Remove the figure or the status.`,
        );
      }
      break;
    case 'status':
      if (statusAllowsValue(valueCell.status)) {
        valid = false;
        reader.report(
          'error',
          'value',
          'status_needs_value',
          `${quoted(reader.text('value'))} (${STATUS_LABEL[valueCell.status].toLowerCase()}) qualifies a figure but there is none. Give the figure in the value column and put ${quoted(valueCell.status)} in the status column.`,
        );
      } else if (status !== 'final' && status !== valueCell.status) {
        valid = false;
        reader.report(
          'error',
          'status',
          'conflicting_status',
          `the value says '${STATUS_LABEL[valueCell.status]}' but the status says '${STATUS_LABEL[status]}'. Make them agree.`,
        );
      }
      status = valueCell.status;
      break;
    case 'blank':
      if (statusAllowsValue(status)) {
        valid = false;
        reader.report(
          'error',
          'value',
          'missing_value',
          `the value is blank. Give the figure, or a status such as suppressed, not_available or no_new_data saying why there is none (a blank is never read as zero).`,
        );
      }
      break;
    case 'invalid':
      valid = false;
      reader.report(
        'error',
        'value',
        'invalid_value',
        `${valueCell.reason}. Give a number such as 63.9, 63.9% or 1,234, or a status symbol such as c (suppressed) or x (not available).`,
      );
      break;
  }

  const numerator = reader.optionalNumber('numerator');
  const denominator = reader.optionalNumber('denominator');
  if (numerator === 'invalid' || denominator === 'invalid') valid = false;
  const figure = {
    value,
    numerator: typeof numerator === 'number' ? numerator : null,
    denominator: typeof denominator === 'number' ? denominator : null,
    status,
  };
  const countsProblem = countsWithoutFigure(figure, valueCell.kind === 'blank');
  if (countsProblem) {
    valid = false;
    reader.report(countsProblem.severity, 'numerator', countsProblem.rule, countsProblem.message);
  }
  if (!valid || !measure || !period.ok) return null;

  const findings = figureFindings(measure, figure);
  for (const finding of findings) reader.report(finding.severity, finding.about, finding.rule, finding.message);
  if (findings.some((finding) => finding.severity === 'error')) return null;

  return {
    measureId,
    areaCode,
    period: period.period,
    ...figure,
    note: reader.text('note'),
    source: { file, row: record.row },
  };
}

/**
 * Reads an observations file (data contract v1). Every row is checked; a row with an error is left
 * out and reported, so the caller can refuse the whole file when the result has errors.
 */
export function readObservations(table: SourceTable, context: ObservationContext): ParseResult<Observation[]> {
  const problems: Problem[] = [...missingColumns(table, REQUIRED_OBSERVATION_COLUMNS), ...emptyFileProblem(table)];
  const unknown = unknownColumnProblems(table, OBSERVATION_COLUMNS);
  if (problems.length > 0) return { value: [], problems: [...problems, ...unknown] };
  append(problems, unknown);
  const observations: Observation[] = [];
  for (const record of table.records) {
    const observation = readRow(new RowReader(table, record, problems), record, table.fileName, context);
    if (observation) observations.push(observation);
  }
  const merged = combineObservations(observations);
  return {
    value: merged.value,
    problems: [...problems, ...merged.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
  };
}
