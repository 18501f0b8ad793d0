import { observationKey } from '../observations/observation';
import type { Measure } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import { comparePeriods, type PeriodType } from '../periods/period';
import type { Problem } from './result';
import type { ObservationIndex } from '../observations/series';

/** A figure more than this far (as a share of the previous figure) from the one before is worth a second look. */
export const LARGE_CHANGE_SHARE = 0.5;

// Figures are decimals typed by people: 15 against 10 must read as exactly 50%, not 50.0000001%.
const ROUNDING_ALLOWANCE = 1e-9;

function groupKey(observation: Observation): string {
  return `${observation.measureId}|${observation.areaCode}`;
}

function percentText(share: number): string {
  const rounded = Math.round(share * 100);
  // "50% higher" would contradict "more than 50%": show the decimal that makes it true.
  return rounded === LARGE_CHANGE_SHARE * 100 ? (share * 100).toFixed(1) : String(rounded);
}

/**
 * What a warning needs to say where its figure is: the file's own column it was read from (a
 * scorecard layout's "Q2 2021/22", a DfE file's indicator) and an area's name. By default the
 * observations file's `value` column and the area's code.
 */
export interface WarningPlace {
  valueColumnOf?: (observation: Observation) => string | undefined;
  areaName?: (areaCode: string) => string | undefined;
}

function largeChange(
  observation: Observation & { value: number },
  previous: Observation & { value: number },
  measure: Measure,
  place: WarningPlace,
): Problem | null {
  if (previous.value === 0) return null;
  const share = Math.abs(observation.value - previous.value) / Math.abs(previous.value);
  if (share <= LARGE_CHANGE_SHARE + ROUNDING_ALLOWANCE) return null;
  const direction = observation.value > previous.value ? 'higher' : 'lower';
  const { row } = observation.source;
  const column = place.valueColumnOf?.(observation) ?? 'value';
  const area = place.areaName?.(observation.areaCode) ?? observation.areaCode;
  const subject = `${measure.shortTitle || measure.title}, ${area}, ${observation.period.label}`;
  // A published figure is not a typing slip: it is checked against what the officer expects.
  const todo = observation.source.publisher
    ? `Check it is the figure you expect from ${observation.source.publisher}'s file.`
    : 'Check it against your source.';
  return {
    severity: 'warning',
    rule: 'large_change',
    row,
    column,
    message: `Row ${row}, column ${column} (${subject}): ${observation.value} is ${percentText(share)}% ${direction} than ${previous.value} in ${previous.period.label}. ${todo}`,
  };
}

function hasValue(observation: Observation): observation is Observation & { value: number } {
  return observation.value !== null;
}

/**
 * Warns about an incoming figure more than 50% away from the previous figure of the same measure
 * and area in the same kind of period (a quarter against the quarter before, a year against the
 * year before), as a slipped decimal point or a swapped column usually is. "Previous" is the
 * latest figure with a number before it in the data as it would be after the upload: held figures
 * and the upload's own, an incoming figure taking the place of a held one for the same period.
 * A previous figure of 0 gives no warning, as no share of it can be worked out. Chart rows hold
 * no figures to compare.
 */
export function changeWarnings(
  incoming: readonly Observation[],
  existing: ObservationIndex,
  measures: ReadonlyMap<string, Measure>,
  place: WarningPlace = {},
): Problem[] {
  const groups = new Map<string, Observation[]>();
  for (const observation of incoming) {
    const group = groups.get(groupKey(observation));
    if (group) group.push(observation);
    else groups.set(groupKey(observation), [observation]);
  }
  const fromUpload = new Set(incoming);
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    const measure = first && measures.get(first.measureId);
    if (!first || !measure || measure.unit === 'chart') continue;
    const replaced = new Set(group.map(observationKey));
    const series = [
      ...existing.seriesOf(first.measureId, first.areaCode).filter((held) => !replaced.has(observationKey(held))),
      ...group,
    ].sort((a, b) => comparePeriods(a.period, b.period));
    const lastFigure = new Map<PeriodType, Observation & { value: number }>();
    for (const observation of series) {
      if (!hasValue(observation)) continue;
      const previous = lastFigure.get(observation.period.type);
      const problem =
        previous && fromUpload.has(observation) ? largeChange(observation, previous, measure, place) : null;
      if (problem) problems.push(problem);
      lastFigure.set(observation.period.type, observation);
    }
  }
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
