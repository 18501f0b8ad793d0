import type { Problem } from '../readers/result';
import { isOpenData, isSameFigure, sameFigure, type Observation } from './observation';

/*
 * The one merge that keeps one figure per measure, area and period. Every reader, the data folder,
 * the saved versions and an upload's preview go through it, so they agree on which figure wins and
 * say so in the same words.
 */

/**
 * Which of two figures for one key comes first, whatever order they arrive in. Each rule ranks a
 * figure (higher wins) for the pairs it applies to; the first rule that tells the two apart decides.
 * A new rule is one more entry here.
 */
interface PrecedenceRule {
  /** Whether the rule speaks for this pair; every pair when absent. */
  appliesTo?: (a: Observation, b: Observation) => boolean;
  rank: (observation: Observation) => number;
}

const PRECEDENCE: readonly PrecedenceRule[] = [
  // A final figure over a provisional one between the council's own and a published figure: the
  // council's provisional 2020/21 rate gives way to DfE's final one once that is loaded, and DfE's
  // provisional figure never replaces the council's final one. Two of the council's own figures are
  // not judged by status (a provisional and a revised row in its own files is a conflict it must
  // settle). A status with no figure (suppressed, not available) is not a final figure here.
  {
    appliesTo: (a, b) => isOpenData(a) !== isOpenData(b),
    rank: (observation) => (observation.status !== 'provisional' && observation.value !== null ? 1 : 0),
  },
  // Otherwise the council's own figure over a published one: councils often revise a figure after
  // the DfE's snapshot, and their own figure is the one they answer for.
  { rank: (observation) => (isOpenData(observation) ? 0 : 1) },
];

/** Positive when `a` takes precedence over `b`, negative when `b` does, 0 when no rule tells them apart. */
export function precedence(a: Observation, b: Observation): number {
  for (const rule of PRECEDENCE) {
    if (rule.appliesTo && !rule.appliesTo(a, b)) continue;
    const difference = rule.rank(a) - rule.rank(b);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * What happens to two figures for one key that no precedence rule tells apart.
 * - `combine`: figures read together must agree (the rows of a file, the files of a data folder, a
 *   saved list). The first stays; the same figure again is a repeat (a warning), a different one a
 *   conflict (an error), because nobody can tell which is right.
 * - `update`: newer figures over held ones (an upload over the saved version). The incoming replaces
 *   the held one, so a quarterly file updates that quarter and keeps the years before it.
 */
export type MergeMode = 'combine' | 'update';

export type Resolution =
  /** A precedence rule chose: never a problem. */
  | 'precedence'
  /** combine: the same figure again; the first stays. */
  | 'repeat'
  /** combine: a different figure; the first stays. */
  | 'conflict'
  /** update: the incoming figure replaces the held one. */
  | 'replaced';

/** Two figures that met on one key, and how the merge resolved them. */
export interface Collision {
  held: Observation;
  incoming: Observation;
  resolution: Resolution;
  kept: 'held' | 'incoming';
  /**
   * Whether the two say the same thing. `combine` compares the figure (value, counts, status), so a
   * repeat with another note is still a repeat; `update` compares the note too, as a corrected
   * footnote is a change the panel should see.
   */
  same: boolean;
  /** The figure the merge holds for the key now: the one kept, with the provisional figure it superseded. */
  merged: Observation;
}

const isFinalFigure = (observation: Observation) => observation.status !== 'provisional' && observation.value !== null;

/**
 * The final figure that replaced a provisional one of the other side (the council's or DfE's),
 * carrying the provisional figure so it can still be shown; any other winner as it is. A final
 * figure of the same side again (DfE's file loaded a second time) keeps the provisional figure the
 * one before it had replaced, so a re-upload does not lose it.
 */
function withSuperseded(kept: Observation, replaced: Observation): Observation {
  if (!isFinalFigure(kept)) return kept;
  if (isOpenData(kept) !== isOpenData(replaced)) {
    if (replaced.status !== 'provisional' || replaced.value === null) return kept;
    const { value, numerator, denominator, status, source } = replaced;
    return { ...kept, superseded: { value, numerator, denominator, status, source } };
  }
  if (kept.superseded || !replaced.superseded || !isFinalFigure(replaced)) return kept;
  return { ...kept, superseded: replaced.superseded };
}

/**
 * Where each key's figure is in the merged list, by measure, then area, then period label: three
 * lookups of strings the figure already holds, where observationKey would make a new string for
 * every figure offered (225,000 for a large DfE file) and keep one for every figure merged.
 */
class KeyPositions {
  private readonly byMeasure = new Map<string, Map<string, Map<string, number>>>();

  get({ measureId, areaCode, period }: Observation): number | undefined {
    return this.byMeasure.get(measureId)?.get(areaCode)?.get(period.label);
  }

  set({ measureId, areaCode, period }: Observation, position: number): void {
    let byArea = this.byMeasure.get(measureId);
    if (!byArea) {
      byArea = new Map();
      this.byMeasure.set(measureId, byArea);
    }
    let byPeriod = byArea.get(areaCode);
    if (!byPeriod) {
      byPeriod = new Map();
      byArea.set(areaCode, byPeriod);
    }
    byPeriod.set(period.label, position);
  }
}

/** Merges figures into one per key, one at a time, for readers that must know at once whether a figure was taken. */
export class KeyedMerge {
  private readonly positions = new KeyPositions();
  private readonly figures: Observation[] = [];

  /** `held` holds one figure per key already (the saved version, or figures merged before). */
  constructor(
    private readonly mode: MergeMode,
    held: Iterable<Observation> = [],
  ) {
    for (const observation of held) this.set(observation);
  }

  /** Offers one figure: null when nothing was held for its key (it is added), otherwise what happened. */
  offer(incoming: Observation): Collision | null {
    const position = this.positions.get(incoming);
    const held = position === undefined ? undefined : this.figures[position];
    if (position === undefined || held === undefined) {
      this.set(incoming);
      return null;
    }
    const order = precedence(incoming, held);
    const same = this.mode === 'combine' ? sameFigure(held, incoming) : isSameFigure(held, incoming);
    let resolution: Resolution;
    let kept: Collision['kept'];
    if (order !== 0) [resolution, kept] = ['precedence', order > 0 ? 'incoming' : 'held'];
    else if (this.mode === 'update') [resolution, kept] = ['replaced', 'incoming'];
    else [resolution, kept] = [same ? 'repeat' : 'conflict', 'held'];
    // Replaced in place, so the merged figures keep the order they were first given in. The final
    // figure keeps the provisional one it beat whichever arrived first.
    let merged = held;
    if (kept === 'incoming') merged = withSuperseded(incoming, held);
    else if (resolution === 'precedence') merged = withSuperseded(held, incoming);
    this.figures[position] = merged;
    return { held, incoming, resolution, kept, same, merged };
  }

  /** The merged figures, one per key, in the order their keys were first given. */
  get value(): Observation[] {
    return this.figures;
  }

  private set(observation: Observation): void {
    const position = this.positions.get(observation);
    if (position === undefined) {
      this.positions.set(observation, this.figures.length);
      this.figures.push(observation);
    } else {
      this.figures[position] = observation;
    }
  }
}

export interface Merged {
  /** One figure per key: the held ones and the incoming, as the mode and precedence decide. */
  value: Observation[];
  /** The incoming figures for keys nothing held. */
  added: Observation[];
  /** Every incoming figure that met another for its key. */
  collisions: Collision[];
}

/** Merges `incoming` into `held` (one figure per key) figure by figure; see MergeMode. */
export function mergeByKey(held: Iterable<Observation>, incoming: Iterable<Observation>, mode: MergeMode): Merged {
  const merge = new KeyedMerge(mode, held);
  const added: Observation[] = [];
  const collisions: Collision[] = [];
  for (const observation of incoming) {
    const collision = merge.offer(observation);
    if (collision) collisions.push(collision);
    else added.push(observation);
  }
  return { value: merge.value, added, collisions };
}

/** Where a message says a figure was read: a row of a file, an entry of a saved list, or a whole file. */
export interface Place {
  file: string;
  /** The row of a table, so the problem can name its column too. */
  row?: number;
  /** The position in a list of stored figures (a saved version, a data pack's observations). */
  entry?: number;
}

export interface CollisionWording {
  /** Where each figure was read; by default its source file and row. */
  place?: (observation: Observation) => Place;
  /** Always name the file of the later figure, even when both are in one file (for messages read away from the file). */
  nameFile?: boolean;
  /** The column a problem is in: by default `measure` for a repeat and `value` for a conflict. */
  column?: (observation: Observation, about: 'measure' | 'value') => string | undefined;
  /** What to do about a conflict; by default keep one row per measure, area and period. */
  conflictAdvice?: string;
}

const sourcePlace = (observation: Observation): Place => ({
  file: observation.source.file,
  row: observation.source.row,
});

function full(place: Place): string {
  if (place.row !== undefined) return `${place.file} row ${place.row}`;
  if (place.entry !== undefined) return `${place.file}, observation ${place.entry}`;
  return place.file;
}

function short(place: Place): string | undefined {
  if (place.row !== undefined) return `row ${place.row}`;
  if (place.entry !== undefined) return `observation ${place.entry}`;
  return undefined;
}

/**
 * The problems of a `combine` merge, in one set of words wherever the figures came from: a repeat is a
 * warning (`duplicate_row`) and a conflict an error (`conflicting_values`). Collisions a precedence
 * rule resolved, and an update's replacements, are not problems.
 */
export function collisionProblems(collisions: readonly Collision[], wording: CollisionWording = {}): Problem[] {
  const placeOf = wording.place ?? sourcePlace;
  const columnOf = wording.column ?? ((_observation: Observation, about: 'measure' | 'value') => about);
  const problems: Problem[] = [];
  for (const { held, incoming, resolution } of collisions) {
    if (resolution !== 'repeat' && resolution !== 'conflict') continue;
    const here = placeOf(incoming);
    const there = placeOf(held);
    const sameFile = here.file === there.file;
    const hereShort = short(here);
    const thereShort = short(there);
    const column = columnOf(incoming, resolution === 'repeat' ? 'measure' : 'value');
    const atPlace =
      wording.nameFile || !sameFile || hereShort === undefined
        ? full(here)
        : `${hereShort.charAt(0).toUpperCase()}${hereShort.slice(1)}`;
    const at = here.row !== undefined && column !== undefined ? `${atPlace}, column ${column}` : atPlace;
    const earlier = sameFile && thereShort !== undefined ? thereShort : full(there);
    const subject = `${incoming.measureId}, ${incoming.areaCode}, ${incoming.period.label}`;
    const located = {
      ...(here.row === undefined ? {} : { row: here.row }),
      ...(column === undefined ? {} : { column }),
    };
    problems.push(
      resolution === 'repeat'
        ? {
            severity: 'warning',
            rule: 'duplicate_row',
            ...located,
            message: `${at}: repeats ${earlier} (${subject}). The repeat is ignored.`,
          }
        : {
            severity: 'error',
            rule: 'conflicting_values',
            ...located,
            message: `${at}: ${earlier} gives a different figure for ${subject}. ${wording.conflictAdvice ?? 'Keep one row per measure, area and period.'}`,
          },
    );
  }
  return problems;
}

/** Figures read together (see MergeMode `combine`), with the problems of any that met, in the default words. */
export function combineObservations(
  observations: Iterable<Observation>,
  wording: CollisionWording = {},
): { value: Observation[]; problems: Problem[] } {
  const merged = mergeByKey([], observations, 'combine');
  return { value: merged.value, problems: collisionProblems(merged.collisions, wording) };
}
