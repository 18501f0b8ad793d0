/**
 * Test-only: observations written in one line, for tests that need figures without a file.
 * `figure('cla_rate', '2019/20', 57.7)` is County Durham's 2019/20 figure read from row 2 of upload.csv.
 */
import type { Observation } from '../../../src/domain/observations/observation';
import { parsePeriod, type Period } from '../../../src/domain/periods/period';

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
