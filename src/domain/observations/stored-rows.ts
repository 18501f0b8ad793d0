import { KeyedMerge, collisionProblems, type Collision } from './merge';
import type { Observation, SupersededFigure } from './observation';
import { parsePeriod } from '../periods/period';
import type { ParseResult, Problem } from '../readers/result';
import { STATUS_LABEL, isStatus, statusAllowsValue, type Status } from './status';
import { append } from '../lists/append';
import { describeValue, quoted } from '../text/quote';

/**
 * An observation as it is kept in the browser's store and in the JSON data pack: plain data that
 * structured clone and JSON both carry unchanged. The names are the observations CSV columns, so a
 * stored row reads like a line of the file it came from; the period is kept as its label and read
 * again on the way back, so a stored row can never hold a period the readers would refuse.
 */
export interface StoredObservation {
  measure: string;
  area: string;
  /** The canonical label, e.g. `2021/22 Q2`. */
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: Status;
  note: string;
  /** The file and row the figure was first read from, so it stays traceable after saving. */
  sourceFile: string;
  sourceRow: number;
  /** Present only for open-data figures (e.g. 'DfE'); versions saved before it existed read as the council's own. */
  sourcePublisher?: string;
  /** The provisional figure this final one replaced (observations/merge.ts), so a saved version still shows it. */
  superseded?: StoredSuperseded;
}

/** A superseded provisional figure as stored: the same names as the row that holds it. */
export type StoredSuperseded = Pick<
  StoredObservation,
  'value' | 'numerator' | 'denominator' | 'status' | 'sourceFile' | 'sourceRow' | 'sourcePublisher'
>;

function toStoredSuperseded({ value, numerator, denominator, status, source }: SupersededFigure): StoredSuperseded {
  return {
    value,
    numerator,
    denominator,
    status,
    sourceFile: source.file,
    sourceRow: source.row,
    ...(source.publisher === undefined ? {} : { sourcePublisher: source.publisher }),
  };
}

export function toStoredRow(observation: Observation): StoredObservation {
  return {
    measure: observation.measureId,
    area: observation.areaCode,
    period: observation.period.label,
    value: observation.value,
    numerator: observation.numerator,
    denominator: observation.denominator,
    status: observation.status,
    note: observation.note,
    sourceFile: observation.source.file,
    sourceRow: observation.source.row,
    ...(observation.source.publisher === undefined ? {} : { sourcePublisher: observation.source.publisher }),
    ...(observation.superseded ? { superseded: toStoredSuperseded(observation.superseded) } : {}),
  };
}

/**
 * The superseded figure of a stored row, or undefined. One that cannot be read is left out with a
 * warning: the final figure it stood behind is still right, only its history is lost.
 */
function readSuperseded(found: unknown, where: string, problems: Problem[]): SupersededFigure | undefined {
  if (found === undefined) return undefined;
  const check: Problem[] = [];
  const item = isRecord(found) ? found : {};
  const reader = new StoredRowReader(item, `${where}, superseded`, check);
  const value = reader.figure('value', false);
  const numerator = reader.figure('numerator', true);
  const denominator = reader.figure('denominator', true);
  const status = reader.status();
  const file = reader.requiredText('sourceFile');
  const row = item.sourceRow;
  const publisher = item.sourcePublisher === undefined ? undefined : reader.requiredText('sourcePublisher');
  if (!isRecord(found) || value === null || typeof row !== 'number' || !reader.isValid || check.length > 0) {
    problems.push({
      severity: 'warning',
      rule: 'invalid_stored_field',
      column: 'superseded',
      message: `${where}, superseded: ${describe(found)} is not the provisional figure this one replaced, so it is left out. The figure itself is read.`,
    });
    return undefined;
  }
  return {
    value,
    numerator,
    denominator,
    status,
    source: { file, row, ...(publisher === undefined ? {} : { publisher }) },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one stored row, reporting each field that is wrong; null when the row cannot be used. */
class StoredRowReader {
  private valid = true;

  constructor(
    private readonly item: Record<string, unknown>,
    private readonly where: string,
    private readonly problems: Problem[],
  ) {}

  get isValid(): boolean {
    return this.valid;
  }

  report(field: string, rule: Problem['rule'], message: string): void {
    this.valid = false;
    this.problems.push({ severity: 'error', rule, column: field, message: `${this.where}, ${field}: ${message}` });
  }

  text(field: string, fallback?: string): string {
    const found = this.item[field];
    if (typeof found === 'string') return found;
    if (found === undefined && fallback !== undefined) return fallback;
    this.report(field, 'invalid_stored_field', notA(found, 'text', 'Give it as text.'));
    return '';
  }

  requiredText(field: string): string {
    const found = this.text(field);
    if (typeof this.item[field] === 'string' && found.trim() === '')
      this.report(field, 'invalid_stored_field', 'it is blank. Give it as text.');
    return found;
  }

  /** A number or null; a missing optional count reads as null, as a blank cell would. */
  figure(field: 'value' | 'numerator' | 'denominator', optional: boolean): number | null {
    const found = this.item[field];
    if (found === null || (found === undefined && optional)) return null;
    if (typeof found === 'number' && Number.isFinite(found)) return found;
    this.report(field, `invalid_${field}`, notA(found, 'a number', 'Give a number, or null when there is none.'));
    return null;
  }

  status(): Status {
    const found = this.item.status ?? 'final';
    if (typeof found === 'string' && isStatus(found)) return found;
    this.report(
      'status',
      'invalid_status',
      notA(found, 'a status', 'Use a status id such as final, provisional or suppressed.'),
    );
    return 'final';
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  // Bounded in length and depth: a pack someone edited may nest a value without end.
  return describeValue(value);
}

function notA(found: unknown, what: string, todo: string): string {
  return found === undefined ? `it is missing. ${todo}` : `${describe(found)} is not ${what}. ${todo}`;
}

function readStoredRow(item: unknown, index: number, fileName: string, problems: Problem[]): Observation | null {
  const where = `${fileName}, observation ${index + 1}`;
  if (!isRecord(item)) {
    problems.push({
      severity: 'error',
      rule: 'invalid_stored_row',
      message: `${where}: ${describe(item)} is not an observation. Each one must be an object with measure, area, period and value.`,
    });
    return null;
  }
  const reader = new StoredRowReader(item, where, problems);
  const measureId = reader.requiredText('measure');
  const areaCode = reader.requiredText('area');
  const periodText = reader.text('period');
  const period = parsePeriod(periodText);
  if (typeof item.period === 'string' && !period.ok) reader.report('period', 'invalid_period', `${period.reason}.`);
  const value = reader.figure('value', false);
  const numerator = reader.figure('numerator', true);
  const denominator = reader.figure('denominator', true);
  const status = reader.status();
  const note = reader.text('note', '');
  const sourceFile = reader.text('sourceFile', fileName);
  const sourceRow = item.sourceRow === undefined ? index + 1 : item.sourceRow;
  const publisher = item.sourcePublisher === undefined ? undefined : reader.requiredText('sourcePublisher');
  // Row 0 is a figure worked out rather than read from one row (the 903 return's, a neighbours' mean).
  if (typeof sourceRow !== 'number' || !Number.isInteger(sourceRow) || sourceRow < 0) {
    reader.report(
      'sourceRow',
      'invalid_stored_field',
      notA(sourceRow, 'a row number', 'Give the row the figure was read from, or leave it out.'),
    );
  }
  // The same rules the observations reader applies, so a store can never bring back what a file could not.
  if (reader.isValid && value !== null && !statusAllowsValue(status)) {
    reader.report(
      'value',
      'value_with_status',
      `a figure of ${value} is given with the status '${STATUS_LABEL[status]}', which stands in place of a figure.`,
    );
  }
  if (reader.isValid && value === null && statusAllowsValue(status)) {
    reader.report(
      'value',
      'missing_value',
      `there is no figure but the status '${STATUS_LABEL[status]}' needs one (a missing figure is never read as zero).`,
    );
  }
  if (reader.isValid && value === null && (numerator !== null || denominator !== null)) {
    reader.report(
      'numerator',
      'numerator_without_value',
      'a numerator or denominator is given but there is no figure.',
    );
  }
  if (!reader.isValid || !period.ok || typeof sourceRow !== 'number') return null;
  const superseded = readSuperseded(item.superseded, where, problems);
  return {
    measureId,
    areaCode,
    period: period.period,
    value,
    numerator,
    denominator,
    status,
    note,
    source: { file: sourceFile, row: sourceRow, ...(publisher === undefined ? {} : { publisher }) },
    ...(superseded ? { superseded } : {}),
  };
}

/**
 * Reads stored rows back into observations. The rows come from outside the program (a browser
 * store that another version of the app may have written, or a data pack someone may have edited),
 * so each is checked as a file row would be: a bad row is left out and reported, never thrown.
 * A second row for the same measure, area and period is left out too (observations/merge.ts): a
 * repeat of the same figure with a warning, a different figure with an error, as it cannot be told
 * which is right.
 */
export function fromStoredRows(rows: unknown, fileName = 'the saved data'): ParseResult<Observation[]> {
  if (!Array.isArray(rows)) {
    return {
      value: [],
      problems: [
        {
          severity: 'error',
          rule: 'invalid_stored_rows',
          message: `${fileName}: the observations are not a list, so none could be read.`,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  // Where each figure is in the list, for the words of a repeat or a conflict.
  const entries = new Map<Observation, number>();
  const merge = new KeyedMerge('combine');
  const collisions: Collision[] = [];
  rows.forEach((item: unknown, index) => {
    const observation = readStoredRow(item, index, fileName, problems);
    if (!observation) return;
    entries.set(observation, index + 1);
    const collision = merge.offer(observation);
    if (collision) collisions.push(collision);
  });
  append(
    problems,
    collisionProblems(collisions, {
      place: (observation) => ({ file: fileName, entry: entries.get(observation) ?? 0 }),
      nameFile: true,
      conflictAdvice: 'Only the first is read.',
    }),
  );
  const observations = merge.value;
  return { value: observations, problems };
}
