import type { Window } from './as-at';
import { parseUkDate, type Day } from './days';
import type { CareIndex } from './episodes';
import { percentFigure, type MeasureFigure } from './figure';
import { lookedAfterDuring } from './flows';
import type { Return903 } from './read-tables';

export interface MissingPeriod {
  /** `M` missing, `A` away from placement without authorisation. */
  kind: 'M' | 'A';
  start: Day;
  /** Null while still missing (blank, or an end that is not a date: SPEC N12 reads it as blank). */
  end: Day | null;
}

/**
 * The usable missing and away periods of each child (SPEC N12): a row with no valid start or an
 * unknown type is left out, as is one that ends before it starts; the checks report them.
 */
export function missingPeriods(ret: Return903): Map<string, MissingPeriod[]> {
  const byChild = new Map<string, MissingPeriod[]>();
  for (const row of ret.tables.missing?.rows ?? []) {
    const child = row.cells.CHILD ?? '';
    const kind = row.cells.MISSING ?? '';
    const start = parseUkDate(row.cells.MIS_START ?? '');
    if (child === '' || start === null || (kind !== 'M' && kind !== 'A')) continue;
    const end = parseUkDate(row.cells.MIS_END ?? '');
    if (end !== null && end < start) continue;
    let list = byChild.get(child);
    if (!list) {
      list = [];
      byChild.set(child, list);
    }
    list.push({ kind, start, end });
  }
  return byChild;
}

/** Whether the period touches the window: starts by its end and is still open, or ends, on or after its first day. */
export function touches(period: MissingPeriod, window: Window): boolean {
  return period.start <= window.to && (period.end === null || period.end >= window.from);
}

/** SPEC N12: of the children looked after during the window, the % with a missing (M) period touching it. */
export function missingFigure(
  index: CareIndex,
  periods: ReadonlyMap<string, readonly MissingPeriod[]>,
  window: Window,
): MeasureFigure {
  const during = lookedAfterDuring(index, window);
  let numerator = 0;
  for (const child of during) {
    if ((periods.get(child.id) ?? []).some((period) => period.kind === 'M' && touches(period, window))) numerator += 1;
  }
  return percentFigure(
    'cla_missing_percent',
    numerator,
    during.length,
    during.map((child) => child.id),
  );
}
