import { parseUkDate, type Day } from './days';
import { currentEpisode, type CareIndex, type CarePeriod, type Child, type Episode } from './episodes';
import { countFigure, noFigure, percentFigure, type MeasureFigure } from './figure';
import { populationText, type PopulationUsed } from './population';
import type { Return903 } from './read-tables';
import { grouped } from '../text/figures';

/** A child looked after at the date, with the episode and period of care in force then. */
export interface LookedAfter {
  child: Child;
  episode: Episode;
  period: CarePeriod;
}

/** SPEC N5: every child with a non-short-break episode in force on the day; one binary search per child. */
export function lookedAfterAt(index: CareIndex, day: Day): LookedAfter[] {
  const cohort: LookedAfter[] = [];
  for (const child of index.children) {
    const episode = currentEpisode(child, day);
    if (!episode) continue;
    const period = child.periods[episode.period];
    if (period) cohort.push({ child, episode, period });
  }
  return cohort;
}

export function idsOf(cohort: readonly LookedAfter[]): string[] {
  return cohort.map((entry) => entry.child.id);
}

/** Number looked after and the rate per 10,000 children aged 0 to 17. */
export function lookedAfterFigures(cohort: readonly LookedAfter[], population: PopulationUsed | null): MeasureFigure[] {
  const ids = idsOf(cohort);
  const count = countFigure('cla_count', cohort.length, ids);
  return [count, rateFigure('cla_rate', cohort.length, ids, population)];
}

/** A rate per 10,000 children aged 0 to 17 in the area. */
export function rateFigure(
  measureId: string,
  count: number,
  counted: readonly string[],
  population: PopulationUsed | null,
): MeasureFigure {
  if (!population) {
    return noFigure(measureId, 'not_available', [
      `No ONS population estimate for the area, so no rate (${grouped(count)} children).`,
    ]);
  }
  return {
    measureId,
    value: (count / population.population) * 10_000,
    numerator: count,
    denominator: population.population,
    status: 'final',
    notes: [populationText(population)],
    counted,
  };
}

/** When each UASC child stopped being one (DUC), or null while still UASC; an unreadable DUC counts as blank (SPEC N8). */
export function uascStatus(ret: Return903): Map<string, Day | null> {
  const status = new Map<string, Day | null>();
  for (const row of ret.tables.uasc?.rows ?? []) {
    const child = row.cells.CHILD ?? '';
    if (child === '' || status.has(child)) continue;
    status.set(child, parseUkDate(row.cells.DUC ?? ''));
  }
  return status;
}

/** SPEC N8: looked after at the date and UASC on it (in the UASC table, DUC blank or after the date). */
export function uascFigure(
  cohort: readonly LookedAfter[],
  uasc: ReadonlyMap<string, Day | null>,
  day: Day,
): MeasureFigure {
  let numerator = 0;
  for (const { child } of cohort) {
    if (!uasc.has(child.id)) continue;
    const ceased = uasc.get(child.id) ?? null;
    if (ceased === null || ceased > day) numerator += 1;
  }
  return percentFigure('cla_uasc_percent', numerator, cohort.length, idsOf(cohort));
}

const ADOPTION_PLACEMENTS: ReadonlySet<string> = new Set(['A3', 'A4', 'A5', 'A6']);

export function isAdoptionPlacement(place: string): boolean {
  return ADOPTION_PLACEMENTS.has(place);
}

/** Children looked after at the date whose placement is with prospective adopters (A3–A6). */
export function placedForAdoptionFigure(cohort: readonly LookedAfter[]): MeasureFigure {
  const placed = cohort.filter(({ episode }) => isAdoptionPlacement(episode.place));
  return countFigure('cla_placed_for_adoption_count', placed.length, idsOf(placed));
}
