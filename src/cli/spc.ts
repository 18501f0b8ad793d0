import type { Readable } from 'node:stream';
import { closestMatches } from '../domain/readers/suggest';
import type { ParseResult, Problem } from '../domain/readers/result';
import type { Assurance } from '../domain/spc/assurance';
import { spcChart, type SpcChart, type SpcOptions } from '../domain/spc/chart';
import type { PointType } from '../domain/spc/classify';
import { IMPROVEMENT_DIRECTIONS, type ImprovementDirection } from '../domain/spc/improvement-direction';
import type { Variation } from '../domain/spc/variation';
import { spcWarningText } from '../domain/text/spc';
import { describeValue } from '../domain/text/quote';
import { MAX_UPLOAD_BYTES, megabytes } from '../adapters/decode';

/** `scorecard spc --json`: the XmR chart of one series read as JSON on standard input (docs/spc.md). */

export const SPC_USAGE = 'scorecard spc --json < series.json';

const EXAMPLE = '{"values":[12,15,11,14],"improvement_direction":"increase"}';

const FIELDS = ['values', 'improvement_direction', 'target', 'rebase_at', 'screen_outliers'] as const;

export interface SpcRequest {
  values: number[];
  options: SpcOptions;
}

/** What the command prints: one entry per point in mean, lpl, upl and point_types. */
export interface SpcReport {
  mean: (number | null)[];
  lpl: (number | null)[];
  upl: (number | null)[];
  point_types: (PointType | null)[];
  variation: Variation | null;
  assurance: Assurance | null;
  warnings: string[];
}

type Output = { out: (line: string) => void; err: (line: string) => void };

function error(rule: Problem['rule'], message: string, column?: string): Problem {
  return { severity: 'error', rule, message, ...(column ? { column } : {}) };
}

/** A JSON value as the message quotes it: "\"12\" (text)", "null", "[1,2]". */
function shown(value: unknown): string {
  if (typeof value === 'string') return `${describeValue(value)} (text)`;
  return describeValue(value);
}

function readValues(raw: unknown, problems: Problem[]): number[] | null {
  if (raw === undefined) {
    problems.push(
      error('missing_values', `"values" is missing: give the series as an array of numbers, e.g. ${EXAMPLE}.`),
    );
    return null;
  }
  if (!Array.isArray(raw)) {
    problems.push(error('values_not_array', `"values" is ${shown(raw)}: give the series as an array of numbers.`));
    return null;
  }
  const values: number[] = [];
  const before = problems.length;
  raw.forEach((value: unknown, index) => {
    const column = `values[${index}]`;
    if (typeof value === 'number' && Number.isFinite(value)) values.push(value);
    else if (typeof value === 'number')
      problems.push(error('value_not_number', `${column} is too large a number to work with.`, column));
    else if (value === null)
      problems.push(
        error(
          'value_missing',
          `${column} is null: the command needs a figure for every point. Leave out a period with no figure, or fill it in.`,
          column,
        ),
      );
    else
      problems.push(
        error('value_not_number', `${column} is ${shown(value)}, not a number. Write figures as JSON numbers.`, column),
      );
  });
  if (problems.length > before) return null;
  if (values.length < 2) {
    problems.push(
      error(
        'too_few_values',
        `"values" has ${values.length} point${values.length === 1 ? '' : 's'}: a chart needs at least 2 (and 12 for limits that are not trial limits).`,
      ),
    );
    return null;
  }
  return values;
}

function readDirection(raw: unknown, problems: Problem[]): ImprovementDirection | null {
  const found = IMPROVEMENT_DIRECTIONS.find((direction) => direction === raw);
  if (found) return found;
  const choices = 'increase (higher is better), decrease (lower is better) or neutral';
  problems.push(
    raw === undefined
      ? error('missing_direction', `"improvement_direction" is missing: say ${choices}.`)
      : error('unknown_direction', `"improvement_direction" is ${shown(raw)}: use ${choices}.`),
  );
  return null;
}

function readTarget(raw: unknown, problems: Problem[]): number | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  problems.push(error('bad_target', `"target" is ${shown(raw)}: give a number, or null for a measure with no target.`));
  return null;
}

function readScreenOutliers(raw: unknown, problems: Problem[]): boolean {
  if (raw === undefined || typeof raw === 'boolean') return raw ?? false;
  problems.push(error('bad_screen_outliers', `"screen_outliers" is ${shown(raw)}: use true or false (the default).`));
  return false;
}

/** Rebase positions, checked against the series: each starts a new segment of 2 points or more. */
function readRebaseAt(raw: unknown, length: number | null, problems: Problem[]): number[] {
  if (raw === undefined || raw === null) return [];
  const rule = 'bad_rebase_at';
  const what = 'the index (from 0) of the first point of each new segment';
  if (!Array.isArray(raw)) {
    problems.push(error(rule, `"rebase_at" is ${shown(raw)}: give an array of ${what}, e.g. [12].`));
    return [];
  }
  const positions = new Set<number>();
  raw.forEach((position: unknown, index) => {
    const column = `rebase_at[${index}]`;
    if (typeof position !== 'number' || !Number.isInteger(position)) {
      problems.push(error(rule, `${column} is ${shown(position)}: give ${what}, a whole number.`, column));
    } else if (position < 1) {
      problems.push(
        error(rule, `${column} is ${position}: the first segment starts at index 0 already; give ${what}.`, column),
      );
    } else if (length !== null && position > length - 1) {
      problems.push(
        error(
          rule,
          `${column} is ${position}, past the last of the ${length} values: a new segment can start at index 1 to ${length - 1}.`,
          column,
        ),
      );
    } else if (positions.has(position)) {
      problems.push(error(rule, `${column} repeats ${position}: give each position once.`, column));
    } else positions.add(position);
  });
  const sorted = [...positions].sort((a, b) => a - b);
  if (length === null || sorted.length < raw.length) return sorted;
  const bounds = [0, ...sorted, length];
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const start = bounds[index] ?? 0;
    if ((bounds[index + 1] ?? length) - start < 2) {
      problems.push(
        error(
          rule,
          `"rebase_at" makes a segment of one point (index ${start}): each segment needs at least 2 points for a moving range.`,
        ),
      );
    }
  }
  return sorted;
}

/**
 * Reads the command's input. Every problem is reported at once, each saying what to do; a series
 * with any problem gives no request.
 */
export function readSpcRequest(text: string): ParseResult<SpcRequest | null> {
  if (text.trim() === '') {
    return {
      value: null,
      problems: [error('empty_input', `Standard input is empty. Give one object such as ${EXAMPLE}.`)],
    };
  }
  let parsed: unknown;
  try {
    // A byte-order mark (Windows editors, PowerShell) is not JSON but says nothing about the series.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (reason) {
    const detail = reason instanceof Error ? ` (${reason.message})` : '';
    return {
      value: null,
      problems: [error('not_json', `Standard input is not JSON${detail}. Give one object such as ${EXAMPLE}.`)],
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      value: null,
      problems: [error('not_an_object', `Standard input is ${shown(parsed)}: give one object such as ${EXAMPLE}.`)],
    };
  }
  const input = parsed as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const key of Object.keys(input)) {
    if ((FIELDS as readonly string[]).includes(key)) continue;
    const near = closestMatches(key, FIELDS, 1)[0];
    problems.push(
      error(
        'unknown_field',
        `"${key}" is not a field of the series${near ? `: did you mean "${near}"?` : '.'} The fields are ${FIELDS.join(', ')}.`,
      ),
    );
  }
  const values = readValues(input.values, problems);
  const direction = readDirection(input.improvement_direction, problems);
  const target = readTarget(input.target, problems);
  const rebaseAt = readRebaseAt(input.rebase_at, values?.length ?? null, problems);
  const screenOutliers = readScreenOutliers(input.screen_outliers, problems);
  if (problems.length > 0 || values === null || direction === null) return { value: null, problems };
  return { value: { values, options: { direction, target, rebaseAt, screenOutliers } }, problems };
}

export function spcReport(chart: SpcChart): SpcReport {
  return {
    mean: chart.points.map((point) => point.mean),
    lpl: chart.points.map((point) => point.lower),
    upl: chart.points.map((point) => point.upper),
    point_types: chart.points.map((point) => point.type),
    variation: chart.variation,
    assurance: chart.assurance,
    // Positions are named as the input names them, so a warning points at the value it means.
    warnings: chart.warnings.map((warning) => spcWarningText(warning, (position) => `values[${position}]`)),
  };
}

/** Input that went past the limit: how many bytes had been read when reading stopped. */
export interface InputTooLarge {
  tooLarge: number;
}

/** The most standard input read: a series of a million figures is under 20 MB of JSON. */
const MAX_INPUT_BYTES = MAX_UPLOAD_BYTES;

/** A stream in full, or, once more than `limit` bytes have come, what was read so far and no more. */
export async function readStream(stream: Readable, limit: number): Promise<string | InputTooLarge> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    length += bytes.length;
    if (length > limit) {
      stream.destroy();
      return { tooLarge: length };
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Standard input in full; null when it is a terminal, where nobody has piped a series in. */
function readStdin(): Promise<string | InputTooLarge | null> {
  return process.stdin.isTTY ? Promise.resolve(null) : readStream(process.stdin, MAX_INPUT_BYTES);
}

/**
 * Runs `scorecard spc`. Exits 0 with the chart as JSON, 1 when the series has a problem, 2 when the
 * command is used wrongly. `input` gives standard input (tests pass their own).
 */
export async function spc(
  files: readonly string[],
  json: boolean,
  io: Output,
  input: () => Promise<string | InputTooLarge | null> = readStdin,
): Promise<number> {
  if (files.length > 0) {
    io.err(`scorecard spc reads one series from standard input, not from files: run \`${SPC_USAGE}\`.`);
    return 2;
  }
  if (!json) {
    io.err(`scorecard spc writes JSON: run \`${SPC_USAGE}\`.`);
    return 2;
  }
  const text = await input();
  if (text === null) {
    io.err(
      `scorecard spc reads the series as JSON on standard input, e.g. echo '${EXAMPLE}' | npx scorecard spc --json`,
    );
    return 2;
  }
  if (typeof text !== 'string') {
    io.err(
      `Error: standard input is over ${megabytes(MAX_INPUT_BYTES)} MB, the most scorecard spc reads. Give one series at a time, as ${EXAMPLE}.`,
    );
    return 1;
  }
  const request = readSpcRequest(text);
  if (!request.value) {
    for (const problem of request.problems) io.err(`Error: ${problem.message}`);
    return 1;
  }
  io.out(JSON.stringify(spcReport(spcChart(request.value.values, request.value.options)), null, 2));
  return 0;
}
