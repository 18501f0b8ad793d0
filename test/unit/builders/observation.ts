/**
 * Test-only: observations written in one line, for tests that need figures without a file.
 * `figure('cla_rate', '2019/20', 57.7)` is County Durham's 2019/20 figure read from row 2 of upload.csv.
 */
import type { Observation } from '../../../src/domain/observations/observation';
import { parsePeriod, periodAfter, type Period } from '../../../src/domain/periods/period';

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

/**
 * Figures of every kind a file can hold, for round trips (export, data packs, saved versions): counts,
 * a denominator, provisional and revised figures, statuses without a figure, a three-year period, a
 * month, comparators (England, the region, supplied neighbours), zero, and notes that need quoting.
 * Only the builders' four measures (builders/catalogue.ts SOME_MEASURES), each row from upload.csv.
 */
const VARIED: readonly [string, string, number | null, Partial<Observation>][] = [
  ['cla_rate', '2019/20', 90, { numerator: 914 }],
  ['cla_rate', '2020/21', 93.5, { numerator: 949, status: 'provisional' }],
  ['cla_rate', '2021/22 Q1', 92.7, { numerator: 937, note: 'Includes "Staying Put", as agreed' }],
  ['cla_rate', '2021/22 Q2', 90, { numerator: 912 }],
  ['cla_rate', '2019/20', 67, { areaCode: 'E92000001' }],
  ['cla_rate', '2019/20', 108, { areaCode: 'E12000001', status: 'revised' }],
  ['cla_rate', '2019/20', 102, { areaCode: 'SN:E06000047' }],
  ['cla_3plus_placements', '2020/21', 7.7, { numerator: 70, denominator: 912 }],
  ['cla_3plus_placements', '2021/22 Q2', null, { status: 'reported_annually' }],
  ['cla_3plus_placements', '2021-09', 0, {}],
  ['adoption_a1_days', '2015-18', 430, { note: 'Three-year average, 2015 to 2018' }],
  ['adoption_a1_days', '2019/20', null, { areaCode: 'E12000001', status: 'not_available' }],
  ['care_leavers_19_21_eet', '2020/21', null, { status: 'suppressed' }],
  ['care_leavers_19_21_eet', '2021/22 Q2', 60, { numerator: 120, denominator: 200, status: 'estimate' }],
];
export const VARIED_FIGURES: readonly Observation[] = VARIED.map(([measureId, label, value, changes], index) =>
  figure(measureId, label, value, { ...changes, source: { file: 'upload.csv', row: index + 2 } }),
);
