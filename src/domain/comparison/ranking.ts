import { ENGLAND_CODE, type Area } from '../areas/area';
import type { AreaDirectory } from '../areas/area-directory';
import { rankAreas, type RankedArea } from './rank';
import { roundTo } from './figure';
import type { Measure } from '../catalogue/measure';
import { samePeriod, type Period } from '../periods/period';
import type { ObservationIndex } from '../observations/series';
import { publishedRowOf } from '../observations/observation';

export type RankScope = 'region' | 'england';

export interface AreaRanking {
  scope: RankScope;
  /** The region's area when scope is 'region'. */
  scopeArea: Area;
  period: Period;
  /** The home LA's place, null when it has no figure for the period. */
  home: RankedArea | null;
  /** Every LA of the scope with a figure for exactly this period, best first (rankAreas). */
  ranked: RankedArea[];
  /** LAs of the scope with no figure for the period (missing or a status such as suppressed), by name. */
  withoutFigure: Area[];
  /** How many LAs the scope had on the period's last day (a joint return counted once). */
  of: number;
}

/** Fewer than this many LAs with a figure is not a ranking worth printing ("1st of 1"). */
const FEWEST_RANKED = 2;

const byName = new Intl.Collator('en-GB').compare;

interface Entry {
  area: Area;
  areaCode: string;
  value: number | null;
  /** The joint return the figure is, or null for a council's own figure. */
  joint: string | null;
}

/**
 * Rankings of the home LA's figure for the period among its region's LAs and among all England's
 * LAs; null per scope when the scope can't be ranked (e.g. the home LA is not an LA, or fewer than
 * 2 LAs of the scope have figures).
 *
 * LAs are ranked on their figures rounded to the measure's published precision, so two councils
 * whose printed figures are equal share a rank. Only a figure for exactly the period counts: an
 * older figure would rank one council's last year against another's this year. LAs without a figure
 * are left out of the ranks but listed, so the reader always sees how many were ranked of how many.
 */
export function rankingsFor(
  measure: Measure,
  index: ObservationIndex,
  areas: AreaDirectory,
  home: Area,
  period: Period,
): { region: AreaRanking | null; england: AreaRanking | null } {
  if (home.type !== 'local_authority') return { region: null, england: null };
  // One look-up per LA serves both scopes: the scorecard calls this for every row. Only the councils
  // that existed on the period's last day are ranked and counted: Northamptonshire in 2020/21, North
  // and West Northamptonshire from 2021/22.
  const councils = areas.localAuthoritiesOn(period.end);
  // A council's own scorecard holds figures for itself alone: with fewer than two councils holding
  // any figure of the measure, neither scope can be ranked, and the 150 look-ups are skipped.
  const holding = index.areasWith(measure.id);
  if (councils.filter((area) => holding.has(area.code)).length < FEWEST_RANKED) return { region: null, england: null };
  const entries = onceForJointReturns(
    councils.map((area) => ({ area, areaCode: area.code, ...figureFor(measure, index, area, period) })),
    home,
  );
  const region = home.regionCode ? areas.find(home.regionCode) : undefined;
  const england = areas.find(ENGLAND_CODE);
  return {
    region: region
      ? rankingOf(
          'region',
          region,
          entries.filter((entry) => entry.area.regionCode === home.regionCode),
          measure,
          home,
          period,
        )
      : null,
    england: england ? rankingOf('england', england, entries, measure, home, period) : null,
  };
}

function figureFor(
  measure: Measure,
  index: ObservationIndex,
  area: Area,
  period: Period,
): Pick<Entry, 'value' | 'joint'> {
  const observation = index.seriesOf(measure.id, area.code).find((each) => samePeriod(each.period, period));
  const value = observation?.value ?? null;
  return {
    value: value === null ? null : roundTo(value, measure.decimalPlaces),
    // A joint return's councils hold one DfE row's figure each: the row is the key that joins them.
    joint: area.jointReturn !== undefined && observation ? publishedRowOf(observation) : null,
  };
}

/**
 * A joint return is one figure for its councils together, as DfE publishes it, so it is ranked and
 * counted once: under the home council when it is one of them, else under the first.
 */
function onceForJointReturns(entries: readonly Entry[], home: Area): Entry[] {
  const kept = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.joint === null) continue;
    const first = kept.get(entry.joint);
    if (first === undefined || entry.area.code === home.code) kept.set(entry.joint, entry);
  }
  return entries.filter((entry) => entry.joint === null || kept.get(entry.joint) === entry);
}

function rankingOf(
  scope: RankScope,
  scopeArea: Area,
  entries: readonly Entry[],
  measure: Measure,
  home: Area,
  period: Period,
): AreaRanking | null {
  const ranked = rankAreas(entries, measure.polarity);
  if (ranked.length < FEWEST_RANKED) return null;
  const withoutFigure = entries
    .filter((entry) => entry.value === null || !Number.isFinite(entry.value))
    .map((entry) => entry.area)
    .sort((a, b) => byName(a.name, b.name));
  return {
    scope,
    scopeArea,
    period,
    home: ranked.find((entry) => entry.areaCode === home.code) ?? null,
    ranked,
    withoutFigure,
    of: entries.length,
  };
}
