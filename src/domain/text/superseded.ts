import type { Measure } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import { fixedNumber } from './figures';

/**
 * A final figure beside the provisional one it replaced, as the measure page and the upload
 * preview show it: "93.5 provisional → 96 final (DfE)". Null when the figure replaced none.
 */
export function supersededText(observation: Observation, measure: Pick<Measure, 'decimalPlaces'>): string | null {
  const { superseded } = observation;
  if (!superseded || superseded.value === null || observation.value === null) return null;
  const by = (publisher: string | undefined) => (publisher === undefined ? '' : ` (${publisher})`);
  const before = `${fixedNumber(superseded.value, measure.decimalPlaces)} provisional${by(superseded.source.publisher)}`;
  const after = `${fixedNumber(observation.value, measure.decimalPlaces)} ${observation.status}${by(observation.source.publisher)}`;
  return `${before} → ${after}`;
}
