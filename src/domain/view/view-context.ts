/**
 * The one place the reader's (or the command line's) choices become what a page shows: which local
 * authority, which period, which statistical-neighbour model and statistic, and whom it is ranked
 * among. Every page and the `scorecard` command use it, so a region, an unknown code or a period
 * without figures is refused the same way, with the same words, wherever it is asked for.
 */
import { formerCodePhrase } from '../text/former-codes';
import type { Area, AreaType } from '../areas/area';
import type { AreaDirectory } from '../areas/area-directory';
import type { NeighbourChoice, StatNeighbourMethod, StatNeighbourModel } from '../comparison/neighbours';
import type { RankScope } from '../comparison/ranking';
import type { ObservationIndex } from '../observations/series';
import { parsePeriod, type Period } from '../periods/period';
import { scorecardPeriods } from '../scorecard/scorecard';
import type { ViewChoice } from './view-choice';
import type { Framework } from '../catalogue/framework';

/** What resolveView reads from a dataset; a `Dataset` is one. */
export interface ViewData {
  areas: AreaDirectory;
  index: ObservationIndex;
  statNeighbourModels: readonly StatNeighbourModel[];
  frameworks: readonly Framework[];
  manifest: { homeArea: string; defaultPeriod: string };
}

/**
 * `figures`: the page shows the area's figures (scorecard, measure, presentation, command line), so
 * the area must have some and a period is always chosen. `area`: the page needs only a local
 * authority (Ofsted's inspections), so one without figures is shown and only the area is checked.
 */
export type ViewNeeds = 'figures' | 'area';

export type ViewNoticeRule =
  | 'area_not_local_authority'
  | 'area_unknown'
  | 'area_former_code'
  | 'area_without_figures'
  | 'period_unreadable'
  | 'period_without_figures'
  | 'model_unknown'
  | 'framework_unknown';

/** Said when a choice could not be met as asked. */
export interface ViewNotice {
  choice: 'area' | 'period' | 'neighbourModel' | 'framework';
  rule: ViewNoticeRule;
  /** The sentence a page shows: what was asked for, why it is not shown, and what is shown instead. */
  message: string;
  /** The problem alone, starting with what was asked for, for the command line: "E12000001 is North East, a region, …". */
  reason: string;
  /** What to ask for instead, for the command line; '' when the reason says it. */
  hint: string;
}

export interface AreaView {
  area: Area;
  /** Periods with figures for the area, newest first (years and quarters, as the scorecard's columns). */
  periods: Period[];
  /** Null only when the page needs no figures and the area has none. */
  period: Period | null;
  /** Local authorities with figures, for an area picker. */
  localAuthorities: Area[];
  neighbourModel: StatNeighbourModel | null;
  neighbourStatistic: StatNeighbourMethod;
  /** The model and statistic computed neighbours' figures use; null when the data has no model. */
  neighbours: NeighbourChoice | null;
  rankScope: RankScope;
  /** The grouping of the measures: a framework, or null for the panel's key questions. */
  framework: Framework | null;
  notices: ViewNotice[];
}

export interface FiguresView extends AreaView {
  period: Period;
}

const AREA_TYPE_WORDS: Readonly<Record<Exclude<AreaType, 'local_authority'>, string>> = {
  country: 'the whole country',
  region: 'a region',
  stat_neighbours: 'a group of statistical neighbours',
  target: 'the targets a council has set itself',
};

const AREA_HINT = 'Use the ONS code of a local authority, such as E06000047.';

function named(area: Area): string {
  return `${area.name} (${area.code})`;
}

/** Why the area asked for is not shown; the second half of each message says what is shown instead. */
function areaNotice(asked: string, found: Area | undefined, former: Area | undefined, shown: Area): ViewNotice {
  const instead = `so ${shown.name} is shown`;
  if (former) {
    const was = formerCodePhrase(former);
    return former.code === shown.code
      ? {
          choice: 'area',
          rule: 'area_former_code',
          message: `The link asked for area ${asked}, ${was}, ${instead}.`,
          reason: `${asked} is ${was}`,
          hint: `Use ${former.code}.`,
        }
      : {
          choice: 'area',
          rule: 'area_without_figures',
          message: `The link asked for area ${asked}, ${was}; this data has no figures for ${former.name}, ${instead}.`,
          reason: `${asked} is ${was}, and there are no figures for ${former.name}`,
          hint: '',
        };
  }
  if (!found) {
    return {
      choice: 'area',
      rule: 'area_unknown',
      message: `The link asked for area ${asked}, which this data does not hold, ${instead}.`,
      reason: `${asked} is not an area code this data holds`,
      hint: AREA_HINT,
    };
  }
  if (found.type !== 'local_authority') {
    const what = AREA_TYPE_WORDS[found.type];
    return {
      choice: 'area',
      rule: 'area_not_local_authority',
      message: `The link asked for ${named(found)}, which is ${what}, not a local authority, ${instead}.`,
      reason: `${asked} is ${found.name}, ${what}, not a local authority`,
      hint: AREA_HINT,
    };
  }
  return {
    choice: 'area',
    rule: 'area_without_figures',
    message: `The link asked for ${named(found)}, which has no figures in this data, ${instead}.`,
    reason: `there are no figures for ${named(found)}`,
    hint: '',
  };
}

function periodNotice(asked: string, area: Area, periods: readonly Period[], shown: Period): ViewNotice {
  const parsed = parsePeriod(asked);
  if (!parsed.ok) {
    return {
      choice: 'period',
      rule: 'period_unreadable',
      message: `The link asked for period ‘${asked}’, which cannot be read (${parsed.reason}), so ${shown.label} is shown.`,
      reason: parsed.reason,
      hint: '',
    };
  }
  return {
    choice: 'period',
    rule: 'period_without_figures',
    message: `There are no figures for ${area.name} for ${parsed.period.label}, so ${shown.label} is shown.`,
    reason: `${parsed.period.label} has no figures for ${named(area)}`,
    hint: `Use a period with figures: ${periods.map((period) => period.label).join(', ')}.`,
  };
}

function modelNotice(
  asked: string,
  models: readonly StatNeighbourModel[],
  shown: StatNeighbourModel | null,
): ViewNotice {
  const labels = models.map((model) => model.label);
  return {
    choice: 'neighbourModel',
    rule: 'model_unknown',
    message: shown
      ? `The link asked for statistical-neighbour model ${asked}, which this data does not hold, so DfE model ${shown.label} is used.`
      : `The link asked for statistical-neighbour model ${asked}, but this data has none, so only neighbours’ figures supplied in the data are shown.`,
    reason: `${asked} is not a statistical-neighbour model of the data folder`,
    hint: `Use ${labels.join(' or ') || 'none: the folder has no models'}.`,
  };
}

/**
 * The neighbours' figure a grouping shows unless the reader chooses: the mean for the panel's key
 * questions (as LAIT and the panel's papers), the median for a framework (as DfE's children's
 * social care dashboard, whose National Framework view shows the neighbours' median).
 */
export function defaultNeighbourStatistic(framework: Framework | null): StatNeighbourMethod {
  return framework ? 'median' : 'mean';
}

function frameworkNotice(asked: string, frameworks: readonly Framework[]): ViewNotice {
  const ids = frameworks.map((framework) => framework.id);
  return {
    choice: 'framework',
    rule: 'framework_unknown',
    message: `The link asked for the grouping ‘${asked}’, which this data does not hold, so the measures are grouped by the panel’s key questions.`,
    reason: `${asked} is not a framework of the data folder`,
    hint:
      ids.length > 0
        ? `Use ${ids.join(' or ')}, or leave it out for the key questions.`
        : 'The folder has no frameworks: leave it out.',
  };
}

/** The period of `periods` that `wanted` names, however it is written ("Q1 2021/22" is 2021/22 Q1). */
function findPeriod(periods: readonly Period[], wanted: string): Period | undefined {
  const parsed = wanted ? parsePeriod(wanted) : null;
  return parsed?.ok ? periods.find((period) => period.label === parsed.period.label) : undefined;
}

/**
 * Resolves the choices against the data. An area must be a local authority the data holds (with
 * figures, when the page shows figures); a former code stands for the council that replaced it.
 * Anything else falls back to the data folder's home area (or the first local authority with
 * figures) with a notice, so a stale or hand-edited link still opens a page that says what it shows.
 * Null when there is no local authority to show at all.
 */
export function resolveView(data: ViewData, choice: ViewChoice, needs: 'figures'): FiguresView | null;
export function resolveView(data: ViewData, choice: ViewChoice, needs: 'area'): AreaView | null;
export function resolveView(data: ViewData, choice: ViewChoice, needs: ViewNeeds): AreaView | null {
  // Each area's periods are looked up once: the fallback and the choice may ask for the same area.
  const periodsOf = new Map<string, Period[]>();
  const periodsFor = (area: Area): Period[] => {
    let periods = periodsOf.get(area.code);
    if (!periods) periodsOf.set(area.code, (periods = scorecardPeriods(data.index, area.code)));
    return periods;
  };
  const codesWithFigures = new Set(data.index.areaCodes());
  const localAuthorities = data.areas.localAuthorities().filter((area) => codesWithFigures.has(area.code));
  const acceptable = (area: Area | undefined): area is Area =>
    area?.type === 'local_authority' && (needs === 'area' || periodsFor(area).length > 0);
  const fallback = [data.areas.find(data.manifest.homeArea), ...localAuthorities].find(acceptable);
  if (!fallback) return null;

  const notices: ViewNotice[] = [];
  let area = fallback;
  if (choice.area !== null) {
    const found = data.areas.find(choice.area);
    // A code ONS replaced (areas.csv former_codes) names the council that replaced it. DfE's LA
    // numbers are not taken from a link: the URL's area is always an ONS code.
    const match = found ? undefined : data.areas.findLocalAuthority(choice.area);
    const former = match?.by === 'former_code' ? match.area : undefined;
    const candidate = former ?? found;
    if (acceptable(candidate)) area = candidate;
    // A former code is always said, even when its council is shown, so the link can be mended.
    if (area !== candidate || former) notices.push(areaNotice(choice.area, found, former, area));
  }

  const periods = periodsFor(area);
  // With no period asked for (or one that cannot be shown): the data folder's default period if it has figures, else the latest.
  const opening = findPeriod(periods, data.manifest.defaultPeriod) ?? periods[0] ?? null;
  const asked = choice.period === null ? undefined : findPeriod(periods, choice.period);
  const period = asked ?? opening;
  if (needs === 'figures' && choice.period !== null && !asked && period)
    notices.push(periodNotice(choice.period, area, periods, period));

  const models = data.statNeighbourModels;
  const wantedModel =
    choice.neighbourModel === null ? undefined : models.find((model) => model.label === choice.neighbourModel);
  const neighbourModel = wantedModel ?? models.at(-1) ?? null;
  if (needs === 'figures' && choice.neighbourModel !== null && !wantedModel)
    notices.push(modelNotice(choice.neighbourModel, models, neighbourModel));

  const framework =
    choice.framework === null ? null : (data.frameworks.find((found) => found.id === choice.framework) ?? null);
  if (needs === 'figures' && choice.framework !== null && !framework)
    notices.push(frameworkNotice(choice.framework, data.frameworks));
  const neighbourStatistic = choice.neighbourStatistic ?? defaultNeighbourStatistic(framework);

  if (needs === 'figures' && !period) return null;
  return {
    area,
    periods,
    period,
    localAuthorities,
    neighbourModel,
    neighbourStatistic,
    neighbours: neighbourModel ? { model: neighbourModel, method: neighbourStatistic } : null,
    rankScope: choice.rankScope,
    framework,
    notices,
  };
}
