/** Pure helpers for the Saved versions page: words for each version, file names and the template's columns. */
import type { VersionMeta } from '../../adapters/version-store';
import { MAX_VERSION_NAME_LENGTH } from '../../domain/versions/version-name';
import type { Area } from '../../domain/areas/area';
import type { Dataset } from '../../domain/dataset/dataset';
import { parsePeriod, type Period } from '../../domain/periods/period';
import { scorecardColumns } from '../../domain/scorecard/scorecard';
import { NO_VIEW_CHOICE } from '../../domain/view/view-choice';
import { resolveView } from '../../domain/view/view-context';

/** "Upload", or "Restore of version 2". */
export function kindLabel(version: VersionMeta): string {
  if (version.kind === 'restore')
    return version.restoredFrom === undefined ? 'Restore' : `Restore of version ${version.restoredFrom}`;
  return 'Upload';
}

/** When a version was saved, as the banner says it: "10 Jan 2022, 09:30" (the reader's time zone). */
export function formatSavedAt(createdAt: string): string {
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime())
    ? 'Unknown'
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The name offered for a restore, "Restore of <name>", cut to the longest name the store takes. */
export function restoreNameFor(version: VersionMeta): string {
  let name = `Restore of ${version.name}`;
  if (name.length <= MAX_VERSION_NAME_LENGTH) return name;
  name = name.slice(0, MAX_VERSION_NAME_LENGTH);
  // Never leave half of a character made of two UTF-16 units (an emoji, say) at the end.
  const last = name.charCodeAt(name.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) name = name.slice(0, -1);
  return name.trimEnd();
}

/**
 * The home area and the period the scorecard opens on, chosen as every page chooses them (a link
 * with no choices). With no figures at all, the manifest's default period, so a blank template
 * still has the columns the first upload will fill.
 */
function opening(dataset: Dataset): { home: Area | null; period: Period | null } {
  const view = resolveView(dataset, NO_VIEW_CHOICE, 'area');
  const wanted = dataset.manifest.defaultPeriod ? parsePeriod(dataset.manifest.defaultPeriod) : null;
  return { home: view?.area ?? null, period: view?.period ?? (wanted?.ok ? wanted.period : null) };
}

export function openingPeriod(dataset: Dataset): Period | null {
  return opening(dataset).period;
}

export interface TemplateOptions {
  /** Period column headings, as the scorecard and committee papers write them: 2020/21, Q2 2021/22. */
  periods: string[];
  /** The home LA's region, the scorecard layout's region column. */
  regionName: string;
}

/** The columns of the blank scorecard-layout template: the columns the scorecard opens on, and the home LA's region. */
export function templateOptions(dataset: Dataset): TemplateOptions {
  const { home, period } = opening(dataset);
  const region = home?.regionCode ? dataset.areas.find(home.regionCode) : undefined;
  return {
    periods: period ? scorecardColumns(period).map((column) => column.heading) : [],
    // The scorecard layout reads a column headed "Region" as the LA's own region.
    regionName: region?.name ?? 'Region',
  };
}
