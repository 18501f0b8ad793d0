/**
 * Test-only: observations written in one line, for tests that need figures without a file.
 * `figure('cla_rate', '2019/20', 57.7)` is County Durham's 2019/20 figure read from row 2 of upload.csv.
 */
import type { Observation } from '../../src/domain/observations/observation';
import { parsePeriod, periodAfter, type Period } from '../../src/domain/periods/period';

export const DURHAM = 'E06000047';

export function period(label: string): Period {
  const parsed = parsePeriod(label);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

export function figure(
  measureId: string,
  label: string,
  value: number | null,
  changes: Partial<Omit<Observation, 'period'>> = {},
): Observation {
  return {
    measureId,
    areaCode: DURHAM,
    period: period(label),
    value,
    numerator: null,
    denominator: null,
    status: 'final',
    note: '',
    source: { file: 'upload.csv', row: 2 },
    ...changes,
  };
}

/**
 * One figure a period from `first` on, month after month or quarter after quarter:
 * `run('cla_rate', '2019-10', [90, 91, …])`. A null value is a period with no figure, written as
 * not available, so the row is there but blank.
 */
export function run(
  measureId: string,
  first: string,
  values: readonly (number | null)[],
  changes: Partial<Omit<Observation, 'period' | 'value'>> = {},
): Observation[] {
  const observations: Observation[] = [];
  let at: Period | null = period(first);
  for (const value of values) {
    if (!at) throw new Error(`${first} is not a month or a quarter, so it has no run`);
    observations.push(
      figure(measureId, at.label, value, { ...(value === null ? { status: 'not_available' } : {}), ...changes }),
    );
    at = periodAfter(at);
  }
  return observations;
}
