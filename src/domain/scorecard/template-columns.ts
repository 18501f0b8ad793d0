/**
 * The columns of a blank scorecard-layout template: the scorecard's own columns up to the quarter
 * after the newest one held, so an officer fills in the quarter being added (Q3 2021/22 after Q2)
 * without adding a column by hand, and the home LA's region by name.
 */
import type { Dataset } from '../dataset/dataset';
import { newestPeriod } from '../dataset/data-sources';
import { financialYearStart, parsePeriod, quartersOf, type Period } from '../periods/period';
import { NO_VIEW_CHOICE } from '../view/view-choice';
import { resolveView } from '../view/view-context';
import { scorecardColumns } from './scorecard';

/** The first quarter that ends after the period: Q3 after Q2, Q1 of the next year after a year or its Q4. */
export function quarterAfter(period: Period): Period {
  const start = financialYearStart(period);
  const candidates = [...quartersOf(start), ...quartersOf(start + 1)];
  return candidates.find((quarter) => quarter.end > period.end) ?? quartersOf(start + 1)[0] ?? period;
}

export interface TemplateColumns {
  /** Period column headings, as the scorecard and committee papers write them: 2020/21, Q2 2021/22. */
  periods: string[];
  /** The home LA's region, the scorecard layout's region column ("Region" when it has none). */
  regionName: string;
}

/**
 * The home area's newest period with a figure, else (with no figures yet) the data folder's default
 * period; the template's columns end with the quarter after it. No home area and no period: no
 * period columns at all.
 */
export function templateColumns(dataset: Dataset): TemplateColumns {
  const home = resolveView(dataset, NO_VIEW_CHOICE, 'area')?.area ?? null;
  const region = home?.regionCode ? dataset.areas.find(home.regionCode) : undefined;
  const wanted = dataset.manifest.defaultPeriod ? parsePeriod(dataset.manifest.defaultPeriod) : null;
  const latest = (home ? newestPeriod(dataset.observations, home.code) : null) ?? (wanted?.ok ? wanted.period : null);
  return {
    periods: latest ? scorecardColumns(quarterAfter(latest)).map((column) => column.heading) : [],
    // The scorecard layout reads a column headed "Region" as the LA's own region.
    regionName: region?.name ?? 'Region',
  };
}
