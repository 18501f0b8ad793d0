import type { Area } from '../areas/area';
import type { AreaDirectory } from '../areas/area-directory';
import type { Status } from '../observations/status';
import { comparePeriods, type Period } from '../periods/period';
import { findBreakdown, type BreakdownCatalogue, type BreakdownDefinition } from './breakdown-catalogue';
import type { BreakdownFigure } from './breakdown-figure';

/*
 * One breakdown for one area as the page, the CLI and the slides show it: a row per category, a
 * column per snapshot (or year), the change in number and per cent between two of them, and
 * England's and the region's mix beside it where the same breakdown is held for them.
 */

export interface BreakdownCell {
  count: number | null;
  percent: number | null;
  /** What the percentage is of (the cohort of a year of age, where each category has its own). */
  total: number | null;
  status: Status;
  note: string;
}

export interface BreakdownChange {
  /** The later count less the earlier; null when either is missing. */
  count: number | null;
  /** That change as a percentage of the earlier count (the seed's "% change on Jun19"); null when it cannot be worked out. */
  percent: number | null;
}

export interface BreakdownRow {
  key: string;
  label: string;
  /** The category this row is a part of (shown under it, not added to the total); null for a top-level one. */
  partOf: string | null;
  /** One per snapshot, in the table's order; null when the area has no figure for the category then. */
  cells: (BreakdownCell | null)[];
  change: BreakdownChange | null;
}

export interface ComparatorMix {
  area: Area;
  /** The period of the comparator's figures: the same as the latest snapshot's when held, else its latest before. */
  period: Period;
  cells: ReadonlyMap<string, BreakdownCell>;
  total: number | null;
}

export interface BreakdownTable {
  definition: BreakdownDefinition;
  area: Area;
  /** Oldest first. */
  snapshots: readonly Period[];
  totals: readonly (number | null)[];
  rows: readonly BreakdownRow[];
  /** The two snapshots compared (earlier, later); null with fewer than two. */
  from: Period | null;
  to: Period | null;
  comparators: readonly ComparatorMix[];
}

export interface BreakdownInput {
  breakdownCatalogue: BreakdownCatalogue;
  breakdowns: readonly BreakdownFigure[];
  areas: AreaDirectory;
}

export interface BreakdownChoice {
  /** Period labels of the two snapshots to compare; the first and the latest when absent or not held. */
  from?: string;
  to?: string;
  /** Leave out snapshots after this period (the CLI's --period). */
  upTo?: Period;
}

/** The row key of a figure: its category, or both of a cross-tabulation's. */
function rowKey(figure: BreakdownFigure): string {
  return figure.categories.map((category) => category.key).join('×');
}

function rowLabel(figure: BreakdownFigure): string {
  return figure.categories.map((category) => category.label).join(', ');
}

function cellOf(figure: BreakdownFigure): BreakdownCell {
  return {
    count: figure.count,
    percent: figure.percent,
    total: figure.total,
    status: figure.status,
    note: figure.note,
  };
}

function uniquePeriods(figures: readonly BreakdownFigure[]): Period[] {
  const byLabel = new Map(figures.map((figure) => [figure.period.label, figure.period]));
  return [...byLabel.values()].sort(comparePeriods);
}

export function changeBetween(earlier: BreakdownCell | null, later: BreakdownCell | null): BreakdownChange {
  if (earlier?.count == null || later?.count == null) return { count: null, percent: null };
  const count = later.count - earlier.count;
  return { count, percent: earlier.count === 0 ? null : Math.round((count / earlier.count) * 1000) / 10 };
}

/** The comparator's mix: the period of the area's latest snapshot if held, else its latest before it. */
function comparatorMix(
  figures: readonly BreakdownFigure[],
  area: Area,
  latest: Period | undefined,
): ComparatorMix | null {
  const own = figures.filter((figure) => figure.areaCode === area.code);
  const periods = uniquePeriods(own).filter((period) => !latest || comparePeriods(period, latest) <= 0);
  const period = periods.find((candidate) => candidate.label === latest?.label) ?? periods.at(-1);
  if (!period) return null;
  const at = own.filter((figure) => figure.period.label === period.label);
  return {
    area,
    period,
    cells: new Map(at.map((figure) => [rowKey(figure), cellOf(figure)])),
    total: at.find((figure) => figure.total !== null)?.total ?? null,
  };
}

/**
 * The breakdown table of one area, or null when the catalogue has no such breakdown or the area is
 * unknown. Rows follow the catalogue's order of categories; a category held that the catalogue does
 * not list (an older version's, or a 903 breakdown's, whose categories come with its figures)
 * follows in the order first held, never dropped.
 */
export function breakdownTable(
  input: BreakdownInput,
  breakdownId: string,
  areaCode: string,
  choice: BreakdownChoice = {},
): BreakdownTable | null {
  const definition = findBreakdown(input.breakdownCatalogue, breakdownId);
  const area = input.areas.find(areaCode);
  if (!definition || !area) return null;
  const ofBreakdown = input.breakdowns.filter((figure) => figure.breakdownId === breakdownId);
  const own = ofBreakdown.filter(
    (figure) => figure.areaCode === area.code && (!choice.upTo || comparePeriods(figure.period, choice.upTo) <= 0),
  );
  const snapshots = uniquePeriods(own);
  const index = new Map(snapshots.map((period, at) => [period.label, at]));
  const rows = new Map<string, BreakdownRow>();
  for (const category of definition.categories) {
    rows.set(category.key, {
      key: category.key,
      label: category.label,
      partOf: category.partOf,
      cells: snapshots.map(() => null),
      change: null,
    });
  }
  const totals: (number | null)[] = snapshots.map(() => null);
  for (const figure of own) {
    const key = rowKey(figure);
    let row = rows.get(key);
    if (!row) {
      row = { key, label: rowLabel(figure), partOf: null, cells: snapshots.map(() => null), change: null };
      rows.set(key, row);
    }
    const at = index.get(figure.period.label) ?? 0;
    row.cells[at] = cellOf(figure);
    if (figure.total !== null) totals[at] ??= figure.total;
  }
  // Categories with totals of their own (a cohort per year of age) have no one total.
  snapshots.forEach((period, at) => {
    const differ = own.some((figure) => figure.period.label === period.label && figure.total !== totals[at]);
    if (differ) totals[at] = null;
  });
  const held = [...rows.values()].filter((row) => row.cells.some((cell) => cell !== null) || snapshots.length === 0);
  const from = snapshots.find((period) => period.label === choice.from) ?? snapshots[0] ?? null;
  const to = snapshots.find((period) => period.label === choice.to) ?? snapshots.at(-1) ?? null;
  const compared = from && to && from.label !== to.label ? ([from, to] as const) : null;
  for (const row of held) {
    if (!compared) continue;
    const [earlier, later] = compared;
    row.change = changeBetween(
      row.cells[index.get(earlier.label) ?? 0] ?? null,
      row.cells[index.get(later.label) ?? 0] ?? null,
    );
  }
  const comparatorAreas = [input.areas.find('E92000001'), input.areas.find(area.regionCode)].filter(
    (found): found is Area => found !== undefined && found.code !== area.code,
  );
  const latest = to ?? undefined;
  const comparators = comparatorAreas
    .map((comparator) => comparatorMix(ofBreakdown, comparator, latest))
    .filter((mix): mix is ComparatorMix => mix !== null);
  return {
    definition,
    area,
    snapshots,
    totals,
    rows: held,
    from: compared ? compared[0] : null,
    to: compared ? compared[1] : null,
    comparators,
  };
}

/** The breakdowns held for an area, in the catalogue's order: what the CLI prints and the page lists. */
export function breakdownsHeldFor(input: BreakdownInput, areaCode: string): BreakdownDefinition[] {
  const held = new Set(
    input.breakdowns.filter((figure) => figure.areaCode === areaCode).map((figure) => figure.breakdownId),
  );
  return input.breakdownCatalogue.breakdowns.filter((definition) => held.has(definition.id));
}

/** The breakdowns held for an area that explain a measure (its headline measure): the measure page's links. */
export function breakdownsExplaining(
  input: BreakdownInput,
  areaCode: string,
  measureId: string,
): BreakdownDefinition[] {
  return breakdownsHeldFor(input, areaCode).filter((definition) => definition.headlineMeasure === measureId);
}
