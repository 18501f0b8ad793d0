import type { BreakdownFigure } from '../breakdowns/breakdown-figure';
import type { Observation } from '../observations/observation';
import { parsePeriod, type Period } from '../periods/period';
import { adoptedPercentFigure, adoptionTimeFigures, adoptionTimes, matchDates } from './adoption';
import { asAtContext, basisText, type AsAt, type PeriodLabelling } from './as-at';
import { ageByTimeInCare, legalStatus, placementMix, placementProvider, type BreakdownCounts } from './breakdowns';
import { lookedAfterAt, lookedAfterFigures, placedForAdoptionFigure, uascFigure, uascStatus } from './cla-at-date';
import { collectionYearOf, dayFromCivil, financialYearStartDay, ukText, type Day } from './days';
import { distanceBreakdown, distanceFigure } from './distance';
import { buildCareIndex, datesOfBirth, type CareIndex } from './episodes';
import { noFigure, type MeasureFigure } from './figure';
import { flowFigures } from './flows';
import {
  BREAKDOWNS_903,
  MEASURES_903,
  figureAvailability,
  type Availability,
  type MeasureDefinition,
  type Requirement,
} from './measures';
import { missingFigure, missingPeriods } from './missing';
import { oc2ByYear, oc2Figures } from './oc2';
import { oc3ByYear, oc3Figures } from './oc3';
import { populationFor, type PopulationTable } from './population';
import { checkQuality } from './quality';
import type { QualityReport } from './quality-findings';
import { QUALITY_RULES } from './quality-rules';
import type { Return903 } from './read-tables';
import { latestEpisodeDay } from './return-year';
import { longTermStabilityFigure, threePlusPlacementsFigure } from './stability';
import { TABLE_NAMES } from './tables';
import { children, ruleList } from '../text/return903';
import { grouped } from '../text/figures';
import { plural } from '../text/plural';

/**
 * The days a return covers. It starts on 1 April of the year of its earliest recorded episode end
 * (a return reports every episode open at any time in its years, so episodes start ending from its
 * first day, while open episodes keep their original, earlier starts) and ends on 31 March of the
 * year of its latest date. Figures needing days outside it are not given.
 */
export interface ReturnSpan {
  start: Day;
  end: Day;
}

export function returnSpan(index: CareIndex, ret: Return903): ReturnSpan | null {
  let earliestEnd: Day | null = null;
  let earliestStart: Day | null = null;
  for (const child of index.children) {
    for (const episode of child.episodes) {
      if (earliestStart === null || episode.decom < earliestStart) earliestStart = episode.decom;
      if (!episode.decImputed && episode.dec !== null && (earliestEnd === null || episode.dec < earliestEnd)) {
        earliestEnd = episode.dec;
      }
    }
  }
  const latest = latestEpisodeDay(ret.tables.episodes?.rows ?? []);
  const first = earliestEnd ?? earliestStart;
  if (first === null || latest === null) return null;
  return { start: financialYearStartDay(first), end: dayFromCivil(collectionYearOf(latest), 3, 31) };
}

/** Everything computed once per return, for any number of as-at dates. */
export interface Prepared903 {
  ret: Return903;
  index: CareIndex;
  span: ReturnSpan | null;
  quality: QualityReport;
  /** The tables present (and the postcode lookup), for what can be computed. */
  present: ReadonlySet<Requirement>;
  uasc: ReturnType<typeof uascStatus>;
  missing: ReturnType<typeof missingPeriods>;
  matches: ReturnType<typeof matchDates>;
  oc2: ReturnType<typeof oc2ByYear>;
  oc3: ReturnType<typeof oc3ByYear>;
  headerDob: ReadonlyMap<string, Day>;
}

export interface PrepareOptions {
  /** Overrides the span's first day (see returnSpan), e.g. when the files are known to start earlier. */
  spanStart?: Day;
  /** Findings kept per data-quality rule (default 10). */
  firstRows?: number;
}

export function prepare903(ret: Return903, options: PrepareOptions = {}): Prepared903 {
  const index = buildCareIndex(ret);
  const found = returnSpan(index, ret);
  const span = found && options.spanStart !== undefined ? { ...found, start: options.spanStart } : found;
  const present = new Set<Requirement>(TABLE_NAMES.filter((name) => ret.tables[name] !== undefined));
  if (ret.postcodes) present.add('postcode_lookup');
  return {
    ret,
    index,
    span,
    quality: checkQuality(ret, index, { spanStart: span?.start ?? null, firstRows: options.firstRows ?? 10 }),
    present,
    uasc: uascStatus(ret),
    missing: missingPeriods(ret),
    matches: matchDates(ret),
    oc2: oc2ByYear(ret),
    oc3: oc3ByYear(ret),
    headerDob: datesOfBirth(ret),
  };
}

export interface FiguresOptions {
  areaCode: string;
  population: PopulationTable | null;
  labelling?: PeriodLabelling;
}

export interface Figures903 {
  asAt: AsAt;
  observations: Observation[];
  breakdowns: BreakdownFigure[];
}

/** What can be computed from the prepared return with this population table. */
export function availabilityOf(
  prepared: Prepared903,
  options: Pick<FiguresOptions, 'areaCode' | 'population'>,
): Availability[] {
  const present = new Set(prepared.present);
  if (options.population?.byArea.has(options.areaCode)) present.add('population');
  return figureAvailability(present);
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
}

/** Why the return cannot give a figure on this basis at this date, or null when it can. */
function outsideSpan(definition: MeasureDefinition, asAt: AsAt, span: ReturnSpan | null): string | null {
  if (span === null) return 'The files hold no usable episodes.';
  // OC3 is recorded around birthdays in its own table; it does not need the episodes' span.
  if (definition.group === 'oc3') return null;
  if (asAt.day > span.end) return `The files end on ${ukText(span.end)}, before this date.`;
  const from =
    definition.basis === 'rolling_12_months'
      ? asAt.rolling12.from
      : definition.basis === 'rolling_36_months'
        ? asAt.rolling36.from
        : asAt.day + 1;
  if (from >= span.start) return null;
  return definition.basis === 'snapshot' || definition.basis === 'year_end'
    ? `The files start on ${ukText(span.start)}, after this date.`
    : `Needs episodes from ${ukText(from)}; the files start on ${ukText(span.start)}.`;
}

function qualityNote(figure: MeasureFigure, definition: MeasureDefinition, quality: QualityReport): string | null {
  if (figure.counted.length === 0 || quality.flagged.size === 0) return null;
  const touching = new Set(
    QUALITY_RULES.filter((rule) => rule.touches === 'all' || rule.touches.includes(definition.group)).map(
      (rule) => rule.number,
    ),
  );
  const rules = new Set<number>();
  let affected = 0;
  for (const id of figure.counted) {
    const broken = quality.flagged.get(id);
    if (!broken) continue;
    let counts = false;
    for (const rule of broken) {
      if (!touching.has(rule)) continue;
      rules.add(rule);
      counts = true;
    }
    if (counts) affected += 1;
  }
  if (affected === 0) return null;
  return `Data quality: ${children(affected)} of the ${grouped(figure.counted.length)} counted ${plural(affected, 'has', 'have')} records breaking ${ruleList([...rules])} of the data-quality report.`;
}

/** A three-year average at 31 March is labelled as the three years (`2019-22`), as DfE publishes it; a series keeps its own labels. */
function periodOf(definition: MeasureDefinition, asAt: AsAt, labelling: PeriodLabelling): Period {
  if (definition.basis === 'rolling_36_months' && asAt.isYearEnd && labelling === 'auto') {
    const last = asAt.collectionYear;
    const parsed = parsePeriod(`${last - 3}-${String(last % 100).padStart(2, '0')}`);
    if (parsed.ok) return parsed.period;
  }
  return asAt.period;
}

function measureFigures(prepared: Prepared903, asAt: AsAt, options: FiguresOptions): MeasureFigure[] {
  const { index } = prepared;
  const cohort = lookedAfterAt(index, asAt.day);
  const population = options.population ? populationFor(options.population, options.areaCode, asAt.day) : null;
  const threeYear = adoptionTimes(index, prepared.matches, asAt.rolling36);
  const oneYear = adoptionTimes(index, prepared.matches, asAt.rolling12);
  return [
    ...lookedAfterFigures(cohort, population),
    ...flowFigures(index, asAt.rolling12, population),
    uascFigure(cohort, prepared.uasc, asAt.day),
    threePlusPlacementsFigure(cohort, asAt.rolling12),
    longTermStabilityFigure(cohort, asAt.day),
    missingFigure(index, prepared.missing, asAt.rolling12),
    ...oc2Figures(cohort, asAt, prepared.oc2),
    ...oc3Figures(prepared.oc3, asAt, prepared.headerDob),
    adoptedPercentFigure(index, asAt.rolling12),
    ...adoptionTimeFigures(threeYear, 'adoption_a1_days', 'adoption_a2_days'),
    ...adoptionTimeFigures(oneYear, 'adoption_a1_days_one_year', 'adoption_a2_days_one_year'),
    placedForAdoptionFigure(cohort),
    distanceFigure(cohort, prepared.ret.postcodes),
  ];
}

/**
 * Every measure and breakdown at one date, in the catalogue's ids and the Observation and
 * BreakdownFigure types, values rounded to the catalogue's decimal places (counts stay exact).
 * A figure that cannot be given has a status and a note saying why: a table not given, the date
 * outside the files, or an empty group. Each note starts with the figure's basis.
 */
export function figuresAt(prepared: Prepared903, day: Day, options: FiguresOptions): Figures903 {
  const labelling = options.labelling ?? 'auto';
  const asAt = asAtContext(day, labelling);
  const available = new Map(availabilityOf(prepared, options).map((entry) => [entry.id, entry]));
  const computed = new Map(measureFigures(prepared, asAt, options).map((figure) => [figure.measureId, figure]));
  const source = { file: (prepared.ret.tables.episodes?.files ?? ['SSDA903 return']).join(', '), row: 0 };

  const observations = MEASURES_903.map((definition): Observation => {
    const availability = available.get(definition.id);
    const outside = outsideSpan(definition, asAt, prepared.span);
    let figure = computed.get(definition.id) ?? noFigure(definition.id, 'not_available', ['Not computed.']);
    if (availability && !availability.computable) {
      // Whatever the measure computed from what was there, the figure says what to add to get it.
      figure = noFigure(definition.id, 'not_available', [availability.reason]);
    } else if (outside) figure = noFigure(definition.id, 'not_available', [outside]);
    const note = qualityNote(figure, definition, prepared.quality);
    return {
      measureId: definition.id,
      areaCode: options.areaCode,
      period: periodOf(definition, asAt, labelling),
      value: figure.value === null ? null : round(figure.value, definition.decimals),
      numerator: figure.numerator,
      denominator: figure.denominator,
      status: figure.status,
      note: [basisText(asAt, definition.basis), ...figure.notes, ...(note ? [note] : [])].join(' '),
      source,
    };
  });

  return { asAt, observations, breakdowns: breakdownFigures(prepared, asAt, options, available) };
}

function breakdownFigures(
  prepared: Prepared903,
  asAt: AsAt,
  options: FiguresOptions,
  available: ReadonlyMap<string, Availability>,
): BreakdownFigure[] {
  const span = prepared.span;
  if (span === null || asAt.day > span.end || asAt.day + 1 < span.start) return [];
  const cohort = lookedAfterAt(prepared.index, asAt.day);
  const counts: BreakdownCounts[] = [
    placementMix(cohort, asAt.day),
    placementProvider(cohort),
    ageByTimeInCare(cohort, asAt.day),
    legalStatus(cohort),
  ];
  if (prepared.ret.postcodes) counts.push(distanceBreakdown(cohort, prepared.ret.postcodes));
  const computable = new Set(BREAKDOWNS_903.filter(({ id }) => available.get(id)?.computable).map(({ id }) => id));
  const basis = basisText(asAt, 'snapshot');
  const figures: BreakdownFigure[] = [];
  for (const breakdown of counts) {
    if (!computable.has(breakdown.breakdownId)) continue;
    const note = [basis, ...breakdown.notes].join(' ');
    for (const cell of breakdown.cells) {
      figures.push({
        breakdownId: breakdown.breakdownId,
        areaCode: options.areaCode,
        period: asAt.period,
        categories: cell.categories,
        count: cell.count,
        percent: breakdown.total === 0 ? null : round((cell.count / breakdown.total) * 100, 1),
        total: breakdown.total,
        status: 'final',
        note,
      });
    }
  }
  return figures;
}
