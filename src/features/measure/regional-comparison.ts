import { ENGLAND_CODE, type Area } from '../../domain/areas/area';
import type { AreaDirectory } from '../../domain/areas/area-directory';
import type { RankedArea } from '../../domain/comparison/rank';
import type { QuartileBand } from '../../domain/comparison/quartiles';
import { listOf } from '../../domain/text/lists';
import { NO_BAND_TEXT, bandText, placeText, rankSentence, scopeCouncils } from '../../domain/text/ranks';
import { periodName } from '../../domain/text/periods';
import { formatStatus, formatValue } from '../../domain/text/figures';
import type { Measure } from '../../domain/catalogue/measure';
import { comparePeriods, isOnOrBefore, samePeriod, type Period } from '../../domain/periods/period';
import { rankingsFor, type AreaRanking, type RankScope } from '../../domain/comparison/ranking';
import type { ObservationIndex } from '../../domain/observations/series';

/** One council in the comparison, in rank order; those without a figure come last with a rank of null. */
export interface ComparisonEntry {
  areaCode: string;
  /** The council's name, with "(this council)" for the home LA so the highlight never relies on colour. */
  label: string;
  value: number | null;
  rank: number | null;
  band: QuartileBand | null;
  isHome: boolean;
  /** The figure as printed, or why there is none ("Suppressed", "No figure"). */
  figureText: string;
}

export interface ReferenceFigure {
  kind: 'england' | 'region';
  area: Area;
  value: number;
}

export interface RegionalComparisonView {
  ranking: AreaRanking;
  /** The period the page asked for when the comparison had to go back to an earlier one; null otherwise. */
  askedFor: Period | null;
  /** Every council of the scope: those ranked best first, then those without a figure by name. */
  entries: ComparisonEntry[];
  references: ReferenceFigure[];
  summary: string;
  /** "3rd of 12", "joint 3rd of 12", "3rd lowest of 12". */
  rankText: string;
  /** "A (best quarter)". */
  bandText: string;
}

function figureAt(measure: Measure, index: ObservationIndex, areaCode: string, period: Period): number | null {
  return (
    index.seriesOf(measure.id, areaCode).find((observation) => samePeriod(observation.period, period))?.value ?? null
  );
}

/**
 * The period to compare: the home LA's latest figure at or before the page's period, or, when no
 * other council has a figure for that (councils' own in-year quarters are not published for
 * others), the newest earlier period of the home LA's that can be ranked.
 */
function comparablePeriod(
  measure: Measure,
  index: ObservationIndex,
  areas: AreaDirectory,
  home: Area,
  at: Period,
  scope: RankScope,
): AreaRanking | null {
  const candidates = index
    .seriesOf(measure.id, home.code)
    .filter((observation) => observation.value !== null && isOnOrBefore(observation.period, at))
    .map((observation) => observation.period)
    .sort((a, b) => comparePeriods(b, a));
  for (const period of candidates) {
    const ranking = rankingsFor(measure, index, areas, home, period)[scope];
    if (ranking?.home) return ranking;
  }
  return null;
}

/** Names are given when a few councils have no figure; beyond that a list would drown the sentence. */
const NAMES_LISTED_UP_TO = 3;

function summaryOf(
  measure: Measure,
  home: Area,
  ranking: AreaRanking,
  own: RankedArea,
  references: readonly ReferenceFigure[],
  askedFor: Period | null,
): string {
  const sentences: string[] = [];
  if (askedFor)
    sentences.push(
      `Other councils' figures for ${periodName(askedFor)} are not in the data, so this compares ${periodName(ranking.period)}, the latest period with figures for other councils.`,
    );
  sentences.push(rankSentence(home.name, ranking, own, measure.polarity));
  const missing = ranking.withoutFigure;
  if (missing.length > 0) {
    const names = missing.length <= NAMES_LISTED_UP_TO ? ` (${listOf(missing.map((area) => area.name))})` : '';
    sentences.push(`${missing.length} of the ${ranking.of} ${scopeCouncils(ranking)} had no figure${names}.`);
  }
  const region = references.find((reference) => reference.kind === 'region');
  const england = references.find((reference) => reference.kind === 'england');
  const regionText = region ? `The ${region.area.name} figure is ${formatValue(measure, region.value)}` : '';
  const englandText = england ? `England's is ${formatValue(measure, england.value)}` : '';
  if (region && england) sentences.push(`${regionText} and ${englandText}.`);
  else if (region) sentences.push(`${regionText}.`);
  else if (england) sentences.push(`England's figure is ${formatValue(measure, england.value)}.`);
  return sentences.join(' ');
}

function entriesOf(
  measure: Measure,
  index: ObservationIndex,
  areas: AreaDirectory,
  home: Area,
  ranking: AreaRanking,
): ComparisonEntry[] {
  const label = (area: Area | undefined, code: string) =>
    `${area?.name ?? code}${code === home.code ? ' (this council)' : ''}`;
  const ranked = ranking.ranked.map((entry): ComparisonEntry => ({
    areaCode: entry.areaCode,
    label: label(areas.find(entry.areaCode), entry.areaCode),
    value: entry.value,
    rank: entry.rank,
    band: entry.band,
    isHome: entry.areaCode === home.code,
    figureText: formatValue(measure, entry.value),
  }));
  const without = ranking.withoutFigure.map((area): ComparisonEntry => {
    const observation = index
      .seriesOf(measure.id, area.code)
      .find((candidate) => samePeriod(candidate.period, ranking.period));
    return {
      areaCode: area.code,
      label: label(area, area.code),
      value: null,
      rank: null,
      band: null,
      isHome: area.code === home.code,
      figureText: observation ? formatStatus(observation) : 'No figure',
    };
  });
  return [...ranked, ...without];
}

/**
 * Everything the comparison section shows, or null when the scope cannot be ranked: the home LA is
 * not a council, or no period up to `at` has figures for the home LA and at least one other council.
 */
export function regionalComparison(
  measure: Measure,
  index: ObservationIndex,
  areas: AreaDirectory,
  home: Area,
  at: Period,
  scope: RankScope,
): RegionalComparisonView | null {
  const ranking = comparablePeriod(measure, index, areas, home, at, scope);
  if (!ranking?.home) return null;
  const latest = index
    .seriesOf(measure.id, home.code)
    .filter((observation) => observation.value !== null && isOnOrBefore(observation.period, at))
    .at(-1);
  const askedFor = latest && !samePeriod(latest.period, ranking.period) ? latest.period : null;
  const region = home.regionCode ? areas.find(home.regionCode) : undefined;
  const england = areas.find(ENGLAND_CODE);
  const references = [
    { kind: 'england' as const, area: england },
    { kind: 'region' as const, area: region },
  ].flatMap(({ kind, area }): ReferenceFigure[] => {
    const value = area ? figureAt(measure, index, area.code, ranking.period) : null;
    return area && value !== null ? [{ kind, area, value }] : [];
  });
  const own = ranking.home;
  return {
    ranking,
    askedFor,
    entries: entriesOf(measure, index, areas, home, ranking),
    references,
    summary: summaryOf(measure, home, ranking, own, references, askedFor),
    rankText: placeText(own, ranking.ranked, measure.polarity),
    bandText: own.band ? bandText(own.band) : NO_BAND_TEXT,
  };
}

/**
 * Up to 40 councils (a region has at most 19) each get a named horizontal bar; all of England's
 * 153 would need a chart four screens tall to keep names legible, so England is drawn as unnamed
 * columns in rank order, where the shape of the spread and the home council's place read at a
 * glance, and the table below names every council.
 */
const NAMED_BARS_UP_TO = 40;

export function chartLayout(entryCount: number): 'named_bars' | 'columns' {
  return entryCount <= NAMED_BARS_UP_TO ? 'named_bars' : 'columns';
}
