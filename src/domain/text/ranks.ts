/** Ranks and quartile bands in words: the scorecard's rank cell, the comparison's summary and its table. */
import type { Polarity } from '../catalogue/measure';
import type { QuartileBand, RankedArea } from '../comparison/rank';
import type { Area } from '../areas/area';
import type { AreaRanking, RankScope } from '../comparison/ranking';
import type { Period } from '../periods/period';
import { ordinal } from './ordinal';
import { regionPhrase } from './regions';

const BAND_MEANING: Readonly<Record<'ranked' | 'unranked', Readonly<Record<QuartileBand, string>>>> = {
  ranked: { A: 'best quarter', B: 'second best quarter', C: 'second worst quarter', D: 'worst quarter' },
  // Measures with no good direction are ranked lowest first (as LAIT does), so "best" would be a judgement the data does not make.
  unranked: { A: 'lowest quarter', B: 'second lowest quarter', C: 'second highest quarter', D: 'highest quarter' },
};

/** "best quarter"; for a measure with no good direction, "lowest quarter". */
export function bandMeaning(band: QuartileBand, polarity: Polarity): string {
  return BAND_MEANING[polarity === 'no_polarity' ? 'unranked' : 'ranked'][band];
}

/** "A (best quarter)", for a column of bands. */
export function bandText(band: QuartileBand, polarity: Polarity): string {
  return `${band} (${bandMeaning(band, polarity)})`;
}

/** "band A, the best quarter", in brackets after a place. */
export function bandPhrase(band: QuartileBand, polarity: Polarity): string {
  return `band ${band}, the ${bandMeaning(band, polarity)}`;
}

/** "3rd", or "joint 3rd" when another of the areas ranked shares the rank, so a tie is never read as a clear place. */
export function rankOrdinal(own: RankedArea, ranked: readonly RankedArea[]): string {
  const shared = ranked.filter((entry) => entry.rank === own.rank).length > 1;
  return `${shared ? 'joint ' : ''}${ordinal(own.rank)}`;
}

/**
 * "3rd of 12", "joint 3rd of 12"; "3rd lowest of 12" for a measure with no good direction, which is
 * ranked lowest first (as LAIT does), so a bare "3rd" would read as a judgement the data does not make.
 */
export function placeText(own: RankedArea, ranked: readonly RankedArea[], polarity: Polarity): string {
  const lowest = polarity === 'no_polarity' ? ' lowest' : '';
  return `${rankOrdinal(own, ranked)}${lowest} of ${own.of}`;
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
 * The scorecard's rank cell: "3rd of 12 in the North East (band A, the best quarter)"; "Not ranked
 * in London: no figure for 2020/21" when the LA has no figure to rank.
 */
export function rankText(ranking: AreaRanking, polarity: Polarity): string {
  const where = ranking.scope === 'region' ? `in ${regionPhrase(ranking.scopeArea.name)}` : 'in England';
  if (!ranking.home) return `Not ranked ${where}: no figure for ${ranking.period.label}`;
  return `${placeText(ranking.home, ranking.ranked, polarity)} ${where} (${bandPhrase(ranking.home.band, polarity)})`;
}

/**
 * The home LA's place as a sentence: "County Durham ranks 3rd of 12 North East councils with a
 * figure for 2020/21 (band A, the best quarter)."; for a measure with no good direction, "County
 * Durham has the 3rd lowest figure of the 12 North East councils with one for 2020/21 (…)."
 */
export function rankSentence(areaName: string, ranking: AreaRanking, own: RankedArea, polarity: Polarity): string {
  const place = rankOrdinal(own, ranking.ranked);
  const among = `${ranking.ranked.length} ${scopeCouncils(ranking)}`;
  const band = bandPhrase(own.band, polarity);
  return polarity === 'no_polarity'
    ? `${areaName} has the ${place} lowest figure of the ${among} with one for ${ranking.period.label} (${band}).`
    : `${areaName} ranks ${place} of ${among} with a figure for ${ranking.period.label} (${band}).`;
}

/** Why there is no comparison, in a sentence the page shows instead of the chart. */
export function noComparisonText(home: Area, scope: RankScope, region: Area | undefined, at: Period): string {
  if (home.type !== 'local_authority') return `${home.name} is not a council, so it is not ranked among councils.`;
  const among = scope === 'region' ? `in ${region ? regionPhrase(region.name) : 'the region'}` : 'in England';
  return `There are not enough figures to compare ${home.name} with other councils ${among} up to ${at.label}: at least one other council needs a figure for the same period as ${home.name}.`;
}
