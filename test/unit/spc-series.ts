/**
 * Test-only: County Durham's 24 monthly figures for cla_3plus_placements, October 2019 to
 * September 2021, the same as test/fixtures/spc/county-durham-monthly-placements.csv, less its target row (illustrative,
 * not published): 16 months around 10% then 8 around 11%, so the latest reads as special cause
 * concern where lower is better, and new limits from February 2021 make every point common cause.
 */
import type { Observation } from '../../src/domain/observations/observation';
import { run } from './builders/observation';

export const MONTHLY_PLACEMENT_VALUES = [
  9.8, 10.4, 10.1, 9.6, 10.2, 10.5, 9.9, 10, 9.7, 10.3, 10.1, 9.8, 10.2, 9.9, 10, 9.7, 10.6, 10.9, 10.7, 11, 10.8, 11.2,
  10.9, 11.1,
];

export function monthlyPlacements(): Observation[] {
  return run('cla_3plus_placements', '2019-10', MONTHLY_PLACEMENT_VALUES);
}
