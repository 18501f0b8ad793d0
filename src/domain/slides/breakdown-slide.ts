/**
 * A breakdown's slide: what changed in a sentence, the percentage in each category at each
 * snapshot (the chart's bars, one series per snapshot) and the table of every figure with England's
 * and the region's beside the latest, as plain data for presentation mode, print and PowerPoint.
 */
import { breakdownTable, type BreakdownInput, type BreakdownTable } from '../breakdowns/breakdown-table';
import { breakdownCellText, snapshotHeading, whatChanged } from '../text/breakdowns';

export const BREAKDOWN_SLIDE_PREFIX = 'b:';

export function breakdownSlideId(breakdownId: string): string {
  return `${BREAKDOWN_SLIDE_PREFIX}${breakdownId}`;
}

export function breakdownSlideBreakdown(id: string): string | null {
  return id.startsWith(BREAKDOWN_SLIDE_PREFIX) && id.length > BREAKDOWN_SLIDE_PREFIX.length
    ? id.slice(BREAKDOWN_SLIDE_PREFIX.length)
    : null;
}

export interface BreakdownSlide {
  kind: 'breakdown';
  id: string;
  breakdownId: string;
  title: string;
  areaName: string;
  summary: string;
  /** The chart: a series per snapshot (oldest first), a percentage (or null) per category. */
  categories: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  /** The table: the dimension, each snapshot, then each comparator with its period. */
  headings: readonly string[];
  rows: readonly { label: string; partOf: boolean; cells: readonly string[]; percents: readonly (number | null)[] }[];
  source: string;
  /** The breakdown itself: its snapshots and the two compared, for the columns shown on screen. */
  table: BreakdownTable;
}

/** The slide of one breakdown for an area; null when it has no figures for the area. */
export function breakdownSlide(
  input: BreakdownInput,
  breakdownId: string,
  areaCode: string,
  id: string,
): BreakdownSlide | null {
  const table = breakdownTable(input, breakdownId, areaCode);
  if (!table || table.snapshots.length === 0) return null;
  const top = table.rows.filter((row) => row.partOf === null);
  return {
    kind: 'breakdown',
    id,
    breakdownId,
    title: table.definition.title,
    areaName: table.area.name,
    summary: whatChanged(table),
    categories: top.map((row) => row.label),
    series: table.snapshots.map((period, at) => ({
      name: snapshotHeading(period),
      values: top.map((row) => row.cells[at]?.percent ?? null),
    })),
    headings: [
      table.definition.dimensionLabel,
      ...table.snapshots.map(snapshotHeading),
      ...table.comparators.map((mix) => `${mix.area.name} (${mix.period.label})`),
    ],
    rows: table.rows.map((row) => ({
      label: row.label,
      partOf: row.partOf !== null,
      cells: [
        ...row.cells.map(breakdownCellText),
        ...table.comparators.map((mix) => breakdownCellText(mix.cells.get(row.key) ?? null)),
      ],
      percents: [
        ...row.cells.map((cell) => cell?.percent ?? null),
        ...table.comparators.map((mix) => mix.cells.get(row.key)?.percent ?? null),
      ],
    })),
    source: `Source: ${table.definition.source}`,
    table,
  };
}

/** The most figure columns a slide's table shows at the slides' type size on a 1920×1080 screen. */
export const SLIDE_FIGURE_COLUMNS = 4;

/**
 * Which of the table's figure columns (indexes into a row's cells) the slide on screen shows: all of
 * them when they fit, else the two snapshots the summary compares and the comparators, so the room
 * reads the change it is told about. PowerPoint and the breakdown page keep every column.
 */
export function slideFigureColumns(slide: BreakdownSlide): number[] {
  const all = slide.headings.length - 1;
  const columns = Array.from({ length: all }, (_, index) => index);
  if (all <= SLIDE_FIGURE_COLUMNS) return columns;
  const { snapshots, from, to } = slide.table;
  const compared = [from, to].map((period) => snapshots.findIndex((snapshot) => snapshot.label === period?.label));
  const comparators = columns.slice(snapshots.length);
  const kept = [...new Set(compared.filter((index) => index >= 0)), ...comparators];
  return kept.slice(0, SLIDE_FIGURE_COLUMNS);
}
