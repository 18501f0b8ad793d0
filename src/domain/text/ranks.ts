/** Ranks and quartile bands in words: the scorecard's rank cell, the comparison's summary and its table. */
import type { Polarity } from '../catalogue/measure';
import type { RankedArea } from '../comparison/rank';
import type { QuartileBand } from '../comparison/quartiles';
import type { Area } from '../areas/area';
import type { AreaRanking, RankScope } from '../comparison/ranking';
import type { Period } from '../periods/period';
import { ordinal } from './ordinal';
import { periodName } from './periods';
import { regionPhrase } from './regions';

// Only measures with a good direction are banded (LAIT), so every band is a judgement.
const BAND_MEANING: Readonly<Record<QuartileBand, string>> = {
  A: 'best quarter',
  B: 'second best quarter',
  C: 'second worst quarter',
  D: 'worst quarter',
};

/** Said where a band would be, for a measure with no good direction, which LAIT does not band. */
export const NO_BAND_TEXT = 'No band: neither a higher nor a lower figure is better for this measure';

/** "best quarter". */
export function bandMeaning(band: QuartileBand): string {
  return BAND_MEANING[band];
}

/** "A (best quarter)", for a column of bands. */
export function bandText(band: QuartileBand): string {
  return `${band} (${bandMeaning(band)})`;
}

/** "in the best quarter", after a place: the band's letter is left to the table and the glossary, as it means nothing on its own. */
export function bandPhrase(band: QuartileBand): string {
  return `in the ${bandMeaning(band)}`;
}

/** "3rd", or "joint 3rd" when another of the areas ranked shares the rank, so a tie is never read as a clear place. */
export function rankOrdinal(own: RankedArea, ranked: readonly RankedArea[]): string {
  const shared = ranked.filter((entry) => entry.rank === own.rank).length > 1;
  return `${shared ? 'joint ' : ''}${ordinal(own.rank)}`;
}

/**
 * "3rd best of 12", "joint 3rd best of 12". A measure with no good direction is ranked lowest first
 * (as LAIT does), so its place is "3rd lowest of 12" in the lower half and, counted from the top,
 * "9th highest of 151" in the upper half, never "143rd lowest of 151".
 */
export function placeText(own: RankedArea, ranked: readonly RankedArea[], polarity: Polarity): string {
  if (polarity !== 'no_polarity') return `${rankOrdinal(own, ranked)} best of ${own.of}`;
  if (own.rank <= own.of / 2) return `${rankOrdinal(own, ranked)} lowest of ${own.of}`;
  const shared = ranked.filter((entry) => entry.rank === own.rank).length > 1;
  const fromTop = ranked.filter((entry) => entry.rank > own.rank).length + 1;
  return `${shared ? 'joint ' : ''}${ordinal(fromTop)} highest of ${own.of}`;
}

/** "North East councils", "councils in England": who the home LA is ranked among. */
export function scopeCouncils(ranking: Pick<AreaRanking, 'scope' | 'scopeArea'>): string {
  return ranking.scope === 'region' ? `${ranking.scopeArea.name} councils` : 'councils in England';
}

/** Best first, or lowest first for a measure with no good direction. */
export function orderWords(polarity: Polarity): string {
  return polarity === 'no_polarity' ? 'lowest first' : 'best first';
}

/**
 * The scorecard's rank cell: "3rd best of 12 councils in the North East (in the best quarter)";
 * "Not ranked in London: no figure for 2020/21" when the LA has no figure to rank.
 */
export function rankText(ranking: AreaRanking, polarity: Polarity): string {
  const where = ranking.scope === 'region' ? `in ${regionPhrase(ranking.scopeArea.name)}` : 'in England';
  if (!ranking.home) return `Not ranked ${where}: no figure for ${periodName(ranking.period)}`;
  const band = ranking.home.band ? ` (${bandPhrase(ranking.home.band)})` : '';
  return `${placeText(ranking.home, ranking.ranked, polarity)} councils ${where}${band}`;
}

/**
 * The home LA's place as a sentence: "County Durham ranks 3rd best of the 12 North East councils
 * with a figure for 2020/21, in the best quarter."; for a measure with no good direction, "County
 * Durham has the 9th highest figure of the 146 councils in England with one for 2020/21." (no band:
 * such a measure is not banded).
 */
export function rankSentence(areaName: string, ranking: AreaRanking, own: RankedArea, polarity: Polarity): string {
  const place = placeText(own, ranking.ranked, polarity).split(' of ')[0] ?? '';
  const among = `the ${ranking.ranked.length} ${scopeCouncils(ranking)}`;
  const when = periodName(ranking.period);
  const band = own.band ? `, ${bandPhrase(own.band)}` : '';
  return polarity === 'no_polarity'
    ? `${areaName} has the ${place} figure of ${among} with one for ${when}${band}.`
    : `${areaName} ranks ${place} of ${among} with a figure for ${when}${band}.`;
}

/** Why there is no comparison, in a sentence the page shows instead of the chart. */
export function noComparisonText(home: Area, scope: RankScope, region: Area | undefined, at: Period): string {
  if (home.type !== 'local_authority') return `${home.name} is not a council, so it is not ranked among councils.`;
  const among = scope === 'region' ? `in ${region ? regionPhrase(region.name) : 'the region'}` : 'in England';
  return `There are not enough figures to compare ${home.name} with other councils ${among} up to ${periodName(at)}: at least one other council needs a figure for the same period as ${home.name}.`;
}
