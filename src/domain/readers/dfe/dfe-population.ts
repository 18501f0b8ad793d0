import type { Area } from '../../areas/area';
import type { Period } from '../../periods/period';
import { parseIsoDate } from '../../ssda903/days';
import { populationFor, populationText, type PopulationTable } from '../../ssda903/population';
import type { DfeFigure } from './dfe-figure';

/** A count read from a DfE file made a rate of the ONS population: the figure, its counts and a note naming the estimate. */
export interface PopulationRate {
  figure: DfeFigure;
  numerator: number;
  denominator: number;
}

/**
 * DfE's files of factors at assessment give counts only; DfE's dashboard divides each by the ONS
 * estimate of children aged 0 to 17, as its own rates per 10,000 do: the year ending 31 March Y by
 * the mid-(Y−1) estimate (populationFor). The areas are the row's council (or the councils of a joint
 * return, whose populations are added), region or England. Null when an area has no estimate.
 */
export function rateOfPopulation(
  count: number,
  scale: number,
  areas: readonly Pick<Area, 'code' | 'formerCodes'>[],
  period: Period,
  population: PopulationTable,
): PopulationRate | null {
  const end = parseIsoDate(period.end);
  if (end === null) return null;
  let denominator = 0;
  let note = '';
  for (const area of areas) {
    // ONS's estimates carry the code of their year: Barnsley's to 2024 are under E08000016.
    const used = [area.code, ...area.formerCodes]
      .map((code) => populationFor(population, code, end))
      .find((found) => found !== null);
    if (!used) return null;
    denominator += used.population;
    note = areas.length === 1 ? populationText(used) : '';
  }
  if (denominator <= 0) return null;
  const value = Number(((count / denominator) * scale).toPrecision(12));
  return { figure: { value, status: 'final', note }, numerator: count, denominator };
}
