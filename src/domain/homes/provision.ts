import type { Area } from '../areas/area';
import type { AreaDirectory } from '../areas/area-directory';
import { GRADES, type Grade } from '../readers/ofsted/grade';
import type { Provider, ProviderSheet } from '../readers/ofsted/providers';
import { PROVISION_TYPES, SECTORS } from '../readers/ofsted/provision-types';

/** Settings and their places, for one sector or all of them. Places are null when no setting counted has any (agencies). */
export interface SettingCount {
  settings: number;
  places: number | null;
}

/** One provision type in one area: how many settings, run by whom, with how many places, judged how. */
export interface ProvisionRow extends SettingCount {
  provisionType: string;
  /** Every sector with at least one setting, in Ofsted's order (local authority, private, voluntary, …). */
  bySector: (SettingCount & { sector: string })[];
  /** Settings at each grade of their latest full inspection. */
  judgements: Readonly<Record<Grade, number>>;
  /** Settings with no full-inspection judgement in the file: not yet inspected, or (provider-level sheet) judged at a visit. */
  notJudged: number;
}

export interface ProvisionSummary {
  area: Area;
  /** Provision types with at least one setting, in the order of Ofsted's tables; types Ofsted adds later go last. */
  rows: ProvisionRow[];
}

export interface ProvisionComparison {
  /** The day Ofsted's file is at (ISO), to state with every figure. */
  asAt: string | null;
  /** False when the file lists only settings with a judgement: new settings and their places are then missing. */
  complete: boolean;
  localAuthority: ProvisionSummary;
  region: ProvisionSummary | null;
  england: ProvisionSummary | null;
}

function addPlaces(total: number | null, places: number | null): number | null {
  return places === null ? total : (total ?? 0) + places;
}

function order(words: readonly string[], word: string): number {
  const index = words.indexOf(word);
  return index === -1 ? words.length : index;
}

/** The settings of `providers` by provision type and sector, with their places and the spread of latest judgements. */
export function provisionSummary(providers: readonly Provider[], area: Area): ProvisionSummary {
  const byType = new Map<string, Provider[]>();
  for (const provider of providers) {
    const list = byType.get(provider.provisionType) ?? [];
    list.push(provider);
    byType.set(provider.provisionType, list);
  }
  const rows = [...byType].map(([provisionType, settings]): ProvisionRow => {
    const judgements: Record<Grade, number> = { outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 };
    const sectors = new Map<string, SettingCount>();
    let places: number | null = null;
    let notJudged = 0;
    for (const setting of settings) {
      places = addPlaces(places, setting.places);
      if (setting.latest) judgements[setting.latest.grade] += 1;
      else notJudged += 1;
      const sector = sectors.get(setting.sector) ?? { settings: 0, places: null };
      sectors.set(setting.sector, { settings: sector.settings + 1, places: addPlaces(sector.places, setting.places) });
    }
    const bySector = [...sectors]
      .map(([sector, count]) => ({ sector, ...count }))
      .sort((a, b) => order(SECTORS, a.sector) - order(SECTORS, b.sector) || a.sector.localeCompare(b.sector));
    return { provisionType, settings: settings.length, places, bySector, judgements, notJudged };
  });
  rows.sort(
    (a, b) =>
      order(PROVISION_TYPES, a.provisionType) - order(PROVISION_TYPES, b.provisionType) ||
      a.provisionType.localeCompare(b.provisionType),
  );
  return { area, rows };
}

/**
 * A council's settings beside its region's and England's, from one Ofsted list. England counts every
 * setting of the file, including those of a council the file names but we do not (Cumbria in 2023),
 * so its totals are Ofsted's own.
 */
export function provisionComparison(
  sheet: ProviderSheet,
  areas: AreaDirectory,
  localAuthority: Area,
): ProvisionComparison {
  const region = areas.find(localAuthority.regionCode);
  const england = areas.england();
  return {
    asAt: sheet.asAt,
    complete: sheet.hasUninspected,
    localAuthority: provisionSummary(
      sheet.providers.filter((provider) => provider.areaCode === localAuthority.code),
      localAuthority,
    ),
    region: region
      ? provisionSummary(
          sheet.providers.filter((provider) => provider.regionCode === region.code),
          region,
        )
      : null,
    england: england ? provisionSummary(sheet.providers, england) : null,
  };
}

/** Good or outstanding of those judged, for a row of the summary. */
export function goodOrBetterOf(row: ProvisionRow): { good: number; judged: number } {
  const judged = GRADES.reduce((total, grade) => total + row.judgements[grade], 0);
  return { good: row.judgements.outstanding + row.judgements.good, judged };
}
