import type { BreakdownCatalogue } from '../breakdowns/breakdown-catalogue';
import type { BreakdownCell, BreakdownRow, BreakdownTable } from '../breakdowns/breakdown-table';
import { STATUS_LABEL } from '../observations/status';
import type { Period } from '../periods/period';
import { dateInWords, monthYearInWords } from './dates';
import { grouped } from './figures';

/**
 * Breakdowns in words: the name of each breakdown the 903 engine gives and of each of its
 * dimensions, for tables and downloads. Categories carry their own labels (BreakdownCategory).
 */
const BREAKDOWN_NAMES: Readonly<Record<string, string>> = {
  cla_placement_mix: 'Placement mix',
  cla_placement_provider: 'Placements by who provides them',
  cla_age_and_time_in_care: 'Age and length of time in care',
  cla_legal_status: 'Legal status',
  cla_placement_distance: 'Distance of the placement from home',
};

const DIMENSION_NAMES: Readonly<Record<string, string>> = {
  placement_type: 'Placement',
  provider: 'Provider',
  age_band: 'Age',
  time_in_care: 'Time in care',
  legal_status: 'Legal status',
  distance: 'Distance from home',
};

/** "Placement mix": the catalogue's title first; an id with no name of its own is shown as it is, never dropped. */
export function breakdownName(breakdownId: string, catalogue?: BreakdownCatalogue): string {
  const listed = catalogue?.breakdowns.find((breakdown) => breakdown.id === breakdownId);
  return listed?.title ?? BREAKDOWN_NAMES[breakdownId] ?? breakdownId;
}

/** "Time in care" for `time_in_care`; an unknown dimension is written with spaces for its underscores. */
export function dimensionName(dimension: string): string {
  return DIMENSION_NAMES[dimension] ?? dimension.replaceAll('_', ' ');
}

/** A snapshot as a heading: 2019-06-04 → "4 June 2019"; any other period by its label ("2024/25"). */
export function snapshotHeading(period: Period): string {
  return period.type === 'date' ? dateInWords(period.start) : period.label;
}

/** A snapshot in a sentence: "in June 2019" for a date, "in 2024/25" for a year or quarter. */
function snapshotInSentence(period: Period): string {
  return period.type === 'date' ? `in ${monthYearInWords(period.start)}` : `in ${period.label}`;
}

const whole = (value: number) => grouped(Math.round(value));
/** A percentage as the table shows it: whole numbers as printed, one decimal where the figure has one. */
export function percentText(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

/**
 * "422 (45%)", "422", "45%", "93% of 76" (a percentage of a total of its own, with no count), or
 * the status in words when there is no figure ("Suppressed").
 */
export function breakdownCellText(
  cell: (Pick<BreakdownCell, 'count' | 'percent' | 'status'> & { total?: number | null }) | null,
): string {
  if (!cell) return 'No figure';
  if (cell.count === null && cell.percent === null) return STATUS_LABEL[cell.status];
  if (cell.count === null)
    return `${percentText(cell.percent ?? 0)}${cell.total != null ? ` of ${whole(cell.total)}` : ''}`;
  return cell.percent === null ? whole(cell.count) : `${whole(cell.count)} (${percentText(cell.percent)})`;
}

/** A change as the seed prints it, with a true minus sign: "−34", "+24"; a blank change is "No figure". */
export function signedCount(value: number | null): string {
  if (value === null) return 'No figure';
  return value > 0 ? `+${whole(value)}` : value < 0 ? `\u2212${whole(-value)}` : '0';
}

export function signedPercent(value: number | null): string {
  if (value === null) return 'No figure';
  const text = percentText(Math.round(Math.abs(value)));
  return value > 0 ? `+${text}` : value < 0 ? `\u2212${text}` : '0%';
}

/** "Change since June 2019": the heading of the change columns. */
export function changeHeading(from: Period): string {
  return `Change since ${from.type === 'date' ? monthYearInWords(from.start) : from.label}`;
}

/**
 * What changed between the two snapshots compared, in a sentence or two: the top-level category
 * that rose most and the one that fell most in number ("External residential rose from 31 (3%) in
 * June 2019 to 55 (6%) in September 2021."), or that nothing changed; for a single snapshot, the
 * largest category.
 */
export function whatChanged(table: BreakdownTable): string {
  const top = table.rows.filter((row) => row.partOf === null);
  const { from, to } = table;
  const at = (period: Period) => table.snapshots.findIndex((snapshot) => snapshot.label === period.label);
  if (!from || !to) {
    const last = table.snapshots.length - 1;
    const largest = [...top].sort((a, b) => (b.cells[last]?.count ?? -1) - (a.cells[last]?.count ?? -1))[0];
    const period = table.snapshots[last];
    if (!largest || !period || !largest.cells[last])
      return `No figures of this breakdown are held for ${table.area.name}.`;
    return `${snapshotInSentence(period).replace(/^in/, 'In')}, the largest group was ${largest.label}: ${breakdownCellText(largest.cells[last] ?? null)}.`;
  }
  const changed = top.filter((row) => row.change?.count != null && row.change.count !== 0);
  if (changed.length === 0)
    return `No category changed in number between ${snapshotHeading(from)} and ${snapshotHeading(to)}.`;
  const byChange = [...changed].sort((a, b) => (b.change?.count ?? 0) - (a.change?.count ?? 0));
  const sentence = (row: BreakdownRow, verb: string) =>
    `${row.label} ${verb} from ${breakdownCellText(row.cells[at(from)] ?? null)} ${snapshotInSentence(from)} to ${breakdownCellText(row.cells[at(to)] ?? null)} ${snapshotInSentence(to)}.`;
  const rose = byChange[0];
  const fell = byChange.at(-1);
  const parts: string[] = [];
  if (rose?.change?.count && rose.change.count > 0) parts.push(sentence(rose, 'rose'));
  if (fell?.change?.count && fell.change.count < 0) parts.push(sentence(fell, 'fell'));
  return parts.join(' ');
}
