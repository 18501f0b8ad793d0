import type { Period } from '../periods/period';
import type { Status } from './status';
import type { Observation, SupersededFigure } from './observation';

/**
 * Observations as a few columns, to hand from a worker to the page. Copying hundreds of thousands
 * of small objects between threads costs the receiving thread as much as building them did (the
 * browser rebuilds every object in one task: 1.6 s for 225,000 saved figures); typed arrays are
 * handed over without a copy and a table of the distinct texts is small, so the page gets the figures
 * at once and rebuilds the objects a slice at a time (unpackObservations), never holding its thread.
 */
export interface PackedObservations {
  count: number;
  /** Every distinct text: measure ids, area codes, notes, source files, publishers. */
  texts: string[];
  /** Every distinct status, by reference in `status`. */
  statuses: Status[];
  /** Every distinct period, by reference in `period`. */
  periods: Period[];
  measure: Uint32Array;
  area: Uint32Array;
  period: Uint32Array;
  status: Uint32Array;
  note: Uint32Array;
  file: Uint32Array;
  /** Index into `texts`, or −1 for a council's own figure (no publisher). */
  publisher: Int32Array;
  row: Float64Array;
  /** NaN for no number: no figure can be NaN (every reader refuses one), so it stands for null without doubt. */
  value: Float64Array;
  numerator: Float64Array;
  denominator: Float64Array;
  /** The few figures that replaced a provisional one, by their place in the list. */
  superseded: { index: number; figure: SupersededFigure }[];
}

/** A table of distinct values, each given the number of its first appearance. */
class Distinct<T> {
  readonly values: T[] = [];
  private readonly indexes = new Map<string, number>();

  indexOf(key: string, value: T): number {
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.indexes.set(key, index);
    }
    return index;
  }
}

const toColumn = (value: number | null): number => (value === null ? Number.NaN : value);
const fromColumn = (value: number | undefined): number | null =>
  value === undefined || Number.isNaN(value) ? null : value;

export function packObservations(observations: readonly Observation[]): PackedObservations {
  const count = observations.length;
  const texts = new Distinct<string>();
  const periods = new Distinct<Period>();
  const statuses = new Distinct<Status>();
  const text = (value: string) => texts.indexOf(value, value);
  const packed: PackedObservations = {
    count,
    texts: texts.values,
    periods: periods.values,
    statuses: statuses.values,
    measure: new Uint32Array(count),
    area: new Uint32Array(count),
    period: new Uint32Array(count),
    status: new Uint32Array(count),
    note: new Uint32Array(count),
    file: new Uint32Array(count),
    publisher: new Int32Array(count),
    row: new Float64Array(count),
    value: new Float64Array(count),
    numerator: new Float64Array(count),
    denominator: new Float64Array(count),
    superseded: [],
  };
  observations.forEach((observation, index) => {
    packed.measure[index] = text(observation.measureId);
    packed.area[index] = text(observation.areaCode);
    packed.period[index] = periods.indexOf(observation.period.label, observation.period);
    packed.status[index] = statuses.indexOf(observation.status, observation.status);
    packed.note[index] = text(observation.note);
    packed.file[index] = text(observation.source.file);
    packed.publisher[index] = observation.source.publisher === undefined ? -1 : text(observation.source.publisher);
    packed.row[index] = observation.source.row;
    packed.value[index] = toColumn(observation.value);
    packed.numerator[index] = toColumn(observation.numerator);
    packed.denominator[index] = toColumn(observation.denominator);
    if (observation.superseded) packed.superseded.push({ index, figure: observation.superseded });
  });
  return packed;
}

/** The buffers to hand over (postMessage's transfer list), so they move rather than copy. */
export function packedBuffers(packed: PackedObservations): ArrayBuffer[] {
  const columns = [
    packed.measure,
    packed.area,
    packed.period,
    packed.status,
    packed.note,
    packed.file,
    packed.publisher,
    packed.row,
    packed.value,
    packed.numerator,
    packed.denominator,
  ];
  return columns
    .map((column) => column.buffer)
    .filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/**
 * Rebuilds the observations in slices of `sliceSize`, awaiting `pause` between slices (the page
 * passes one that yields to the browser), in the order packed.
 */
export async function unpackObservations(
  packed: PackedObservations,
  pause: () => Promise<void>,
  sliceSize = 10_000,
): Promise<Observation[]> {
  const superseded = new Map(packed.superseded.map(({ index, figure }) => [index, figure]));
  const texts = packed.texts;
  const observations: Observation[] = [];
  for (let start = 0; start < packed.count; start += sliceSize) {
    if (start > 0) await pause();
    const end = Math.min(start + sliceSize, packed.count);
    for (let index = start; index < end; index += 1) {
      const publisher = packed.publisher[index] ?? -1;
      const period = packed.periods[packed.period[index] ?? 0];
      const status = packed.statuses[packed.status[index] ?? 0];
      // Only a damaged message lacks either; what it held is left out rather than invented.
      if (!period || !status) continue;
      const observation: Observation = {
        measureId: texts[packed.measure[index] ?? 0] ?? '',
        areaCode: texts[packed.area[index] ?? 0] ?? '',
        period,
        value: fromColumn(packed.value[index]),
        numerator: fromColumn(packed.numerator[index]),
        denominator: fromColumn(packed.denominator[index]),
        status,
        note: texts[packed.note[index] ?? 0] ?? '',
        source:
          publisher < 0
            ? { file: texts[packed.file[index] ?? 0] ?? '', row: packed.row[index] ?? 0 }
            : {
                file: texts[packed.file[index] ?? 0] ?? '',
                row: packed.row[index] ?? 0,
                publisher: texts[publisher] ?? '',
              },
      };
      const replaced = superseded.get(index);
      if (replaced) observation.superseded = replaced;
      observations.push(observation);
    }
  }
  return observations;
}
