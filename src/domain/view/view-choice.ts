/**
 * What a reader (through the URL) or a command (through its options) asks to see: the area, the
 * period and how the comparisons are made. Typed, but not yet checked against the data: that is
 * `resolveView`'s job (view-context.ts).
 */
import type { AreaCode } from '../areas/area-code';
import type { StatNeighbourMethod } from '../comparison/neighbours';
import type { RankScope } from '../comparison/ranking';
import type { PeriodLabel } from '../periods/period-label';

export interface ViewChoice {
  /** The local authority asked for; null = the data folder's home area. */
  area: AreaCode | null;
  /** The period asked for, as written; null = the data folder's default period. */
  period: PeriodLabel | null;
  /** Statistical-neighbour model by its label (`2021`, `2025`); null = the newest. */
  neighbourModel: string | null;
  /**
   * How neighbours' figures are combined: the mean (as LAIT) or the median (as DfE's dashboard);
   * null = the grouping's own (defaultNeighbourStatistic).
   */
  neighbourStatistic: StatNeighbourMethod | null;
  /** How the measures are grouped: a framework of the data folder by its id (`national`); null = the panel's key questions. */
  framework: string | null;
  /** Whom the home LA is ranked among: its region's LAs or all of England's. */
  rankScope: RankScope;
}

export const NO_VIEW_CHOICE: ViewChoice = {
  area: null,
  period: null,
  neighbourModel: null,
  neighbourStatistic: null,
  framework: null,
  rankScope: 'region',
};

const STATISTICS: readonly StatNeighbourMethod[] = ['mean', 'median'];
const RANK_SCOPES: readonly RankScope[] = ['region', 'england'];

/** `mean` or `median`; null for anything else, which the URL ignores and the command line refuses. */
export function neighbourStatisticFrom(text: string): StatNeighbourMethod | null {
  return STATISTICS.find((statistic) => statistic === text) ?? null;
}

/** `region` or `england`; null for anything else. */
export function rankScopeFrom(text: string): RankScope | null {
  return RANK_SCOPES.find((scope) => scope === text) ?? null;
}
