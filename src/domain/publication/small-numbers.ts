/**
 * Small-number suppression for publication: figures about 1 to 5 children are not published, as
 * DfE does not publish them, because so few children could be recognised. Zero is published. A
 * figure suppressed has the status `suppressed` and no number (blank is never zero); its note says
 * why. Only what is exported for publication is suppressed: the saved figures stay exact, for the
 * officers who answer for them.
 */
import type { BreakdownFigure } from '../breakdowns/breakdown-figure';
import type { Observation } from '../observations/observation';

export const SMALL_NUMBER_MAX = 5;

export const SUPPRESSION_NOTE = `Suppressed for publication: it is about 1 to ${SMALL_NUMBER_MAX} children.`;

export function isSmallNumber(count: number | null): boolean {
  return count !== null && count >= 1 && count <= SMALL_NUMBER_MAX;
}

function withNote(note: string): string {
  return note === '' ? SUPPRESSION_NOTE : `${note} ${SUPPRESSION_NOTE}`;
}

/**
 * An observation counts children in its numerator (a count, the children in a percentage or rate)
 * and, for a percentage or an average, in its denominator (the group measured). When either is 1 to
 * 5 the figure is suppressed: a percentage of 3 children gives away how many of them, and the
 * denominator goes too when it is the small number. A rate's denominator (the population) stays.
 */
export function suppressSmallObservation(observation: Observation): Observation {
  if (observation.value === null) return observation;
  const { numerator, denominator } = observation;
  if (!isSmallNumber(numerator) && !isSmallNumber(denominator)) return observation;
  return {
    ...observation,
    value: null,
    numerator: null,
    denominator: isSmallNumber(denominator) ? null : denominator,
    status: 'suppressed',
    note: withNote(observation.note),
  };
}

export function suppressSmallObservations(observations: readonly Observation[]): Observation[] {
  return observations.map(suppressSmallObservation);
}

function suppressed(figure: BreakdownFigure): BreakdownFigure {
  return { ...figure, count: null, percent: null, status: 'suppressed', note: withNote(figure.note) };
}

/**
 * Each category of 1 to 5 children is suppressed. When that leaves a single category of a breakdown
 * (one area and period) suppressed, the total would give it away, so the next smallest category
 * above zero is suppressed too (secondary suppression). A breakdown whose total is 1 to 5 has its
 * total removed as well. Figures keep their order.
 */
export function suppressSmallBreakdowns(figures: readonly BreakdownFigure[]): BreakdownFigure[] {
  const groups = new Map<string, BreakdownFigure[]>();
  for (const figure of figures) {
    const key = [figure.breakdownId, figure.areaCode, figure.period.label].join('|');
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  const hidden = new Set<BreakdownFigure>();
  for (const group of groups.values()) {
    const small = group.filter((figure) => isSmallNumber(figure.count));
    for (const figure of small) hidden.add(figure);
    if (small.length !== 1) continue;
    let next: BreakdownFigure | null = null;
    for (const figure of group) {
      if (hidden.has(figure) || figure.count === null || figure.count === 0) continue;
      if (next === null || (next.count ?? 0) > figure.count) next = figure;
    }
    if (next) hidden.add(next);
  }
  return figures.map((figure) => {
    const total = isSmallNumber(figure.total) ? null : figure.total;
    if (hidden.has(figure)) return { ...suppressed(figure), total };
    return total === figure.total ? figure : { ...figure, total };
  });
}
