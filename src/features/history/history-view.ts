/** Pure helpers for the Saved versions page: words for each version, file names and the template's columns. */
import type { VersionMeta } from '../../adapters/version-store';
import { MAX_VERSION_NAME_LENGTH } from '../../domain/versions/version-name';
import type { Dataset } from '../../domain/dataset/dataset';
import { parsePeriod, type Period } from '../../domain/periods/period';
import { scorecardColumns, scorecardPeriods } from '../../domain/scorecard/scorecard';

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

/** Today (in the reader's time zone) as an ISO date, for file names: 2022-01-11. */
export function fileDate(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

/**
 * The period the scorecard opens on for the home area, as the scorecard page chooses it: the
 * manifest's default period if the data has figures for it, else the latest period with figures.
 */
export function openingPeriod(dataset: Dataset): Period | null {
  const periods = scorecardPeriods(dataset.index, dataset.manifest.homeArea);
  const wanted = dataset.manifest.defaultPeriod ? parsePeriod(dataset.manifest.defaultPeriod) : null;
  const chosen = wanted?.ok ? periods.find((period) => period.label === wanted.period.label) : undefined;
  return chosen ?? periods[0] ?? (wanted?.ok ? wanted.period : null);
}

export interface TemplateOptions {
  /** Period column headings, as the scorecard and committee papers write them: 2020/21, Q2 2021/22. */
  periods: string[];
  /** The home LA's region, the scorecard layout's region column. */
  regionName: string;
}

/** The columns of the blank scorecard-layout template: the columns the scorecard opens on, and the home LA's region. */
export function templateOptions(dataset: Dataset): TemplateOptions {
  const period = openingPeriod(dataset);
  const home = dataset.areas.find(dataset.manifest.homeArea);
  const region = home?.regionCode ? dataset.areas.find(home.regionCode) : undefined;
  return {
    periods: period ? scorecardColumns(period).map((column) => column.heading) : [],
    // The scorecard layout reads a column headed "Region" as the LA's own region.
    regionName: region?.name ?? 'Region',
  };
}

/** A file-name-safe slug: "Q2 2021/22" → "q2-2021-22". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
