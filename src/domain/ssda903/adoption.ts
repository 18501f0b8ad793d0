import type { Window } from './as-at';
import { isAdoptionPlacement } from './cla-at-date';
import { parseUkDate, type Day } from './days';
import type { CareIndex, Child, Episode } from './episodes';
import { averageFigure, percentFigure, type MeasureFigure } from './figure';
import { ceasedIn } from './flows';
import type { Return903 } from './read-tables';
import { children } from '../text/return903';

const ADOPTED: ReadonlySet<string> = new Set(['E11', 'E12']);
/** Court authority to place: a placement order (E1) or, before 2005, a freeing order (D1). */
const AUTHORITY_TO_PLACE: ReadonlySet<string> = new Set(['E1', 'D1']);

/** SPEC N15: of the children who ceased in the window (each by the last time), the % adopted (E11, E12). */
export function adoptedPercentFigure(index: CareIndex, window: Window): MeasureFigure {
  const ceased = ceasedIn(index, window);
  let adopted = 0;
  for (const reason of ceased.values()) if (ADOPTED.has(reason)) adopted += 1;
  return percentFigure('cla_adopted_percent', adopted, ceased.size, [...ceased.keys()]);
}

/** The AD1 date each adopted child was matched with its adopters; null when it is not a date. */
export function matchDates(ret: Return903): Map<string, Day | null> {
  const dates = new Map<string, Day | null>();
  for (const row of ret.tables.ad1?.rows ?? []) {
    const child = row.cells.CHILD ?? '';
    if (child !== '' && !dates.has(child)) dates.set(child, parseUkDate(row.cells.DATE_MATCH ?? ''));
  }
  return dates;
}

interface Adoption {
  child: Child;
  episode: Episode;
}

/** Children adopted in the window: the last episode ending in it with REC E11 or E12. */
export function adoptionsIn(index: CareIndex, window: Window): Adoption[] {
  const adoptions: Adoption[] = [];
  for (const child of index.children) {
    let last: Episode | null = null;
    for (const episode of child.episodes) {
      if (episode.decom > window.to) break;
      if (episode.shortBreak || episode.decImputed || episode.dec === null || !ADOPTED.has(episode.rec)) continue;
      if (episode.dec >= window.from && episode.dec <= window.to) last = episode;
    }
    if (last) adoptions.push({ child, episode: last });
  }
  return adoptions;
}

export interface AdoptionTimes {
  adopted: number;
  /** A1 days (entering care → moving in with the adoptive family) of each child with both dates. */
  a1: number[];
  a1Children: string[];
  /** A2 days (court authority to place → match), 0 when the match came first. */
  a2: number[];
  a2Children: string[];
  notPlaced: number;
  noAuthority: number;
  noMatch: number;
  startNotSeen: number;
}

/**
 * SPEC §3.12's mapping: entering care is the start of the period of care that ended in adoption;
 * moving in is the first adoption placement (A3–A6) in it; court authority is the first episode in
 * it under a placement or freeing order; the match is AD1's DATE_MATCH. A child never placed before
 * the order is left out of both; one with no order, or no usable match date, is left out of A2.
 */
export function adoptionTimes(
  index: CareIndex,
  matches: ReadonlyMap<string, Day | null>,
  window: Window,
): AdoptionTimes {
  const times: AdoptionTimes = {
    adopted: 0,
    a1: [],
    a1Children: [],
    a2: [],
    a2Children: [],
    notPlaced: 0,
    noAuthority: 0,
    noMatch: 0,
    startNotSeen: 0,
  };
  for (const { child, episode } of adoptionsIn(index, window)) {
    times.adopted += 1;
    const period = child.periods[episode.period];
    if (!period) continue;
    const inPeriod = child.episodes.slice(period.first, period.last + 1);
    if (inPeriod[0]?.rne !== 'S') times.startNotSeen += 1;
    const movedIn = inPeriod.find((candidate) => isAdoptionPlacement(candidate.place));
    if (!movedIn) {
      times.notPlaced += 1;
      continue;
    }
    times.a1.push(movedIn.decom - period.start);
    times.a1Children.push(child.id);
    const authority = inPeriod.find((candidate) => AUTHORITY_TO_PLACE.has(candidate.ls));
    if (!authority) {
      times.noAuthority += 1;
      continue;
    }
    const match = matches.get(child.id) ?? null;
    if (match === null) {
      times.noMatch += 1;
      continue;
    }
    times.a2.push(Math.max(0, match - authority.decom));
    times.a2Children.push(child.id);
  }
  return times;
}

/** A1 and A2 for one window, under the ids given (the three-year or the one-year measures). */
export function adoptionTimeFigures(times: AdoptionTimes, a1Id: string, a2Id: string): MeasureFigure[] {
  const adopted = `${children(times.adopted)} adopted.`;
  const a1Notes = [adopted];
  if (times.notPlaced > 0) a1Notes.push(`${children(times.notPlaced)} not placed for adoption first left out.`);
  if (times.startNotSeen > 0) {
    a1Notes.push(
      `For ${children(times.startNotSeen)} the files do not reach the start of the period of care; entry to care is the earliest episode given.`,
    );
  }
  const a2Notes = [adopted];
  if (times.notPlaced > 0) a2Notes.push(`${children(times.notPlaced)} not placed for adoption first left out.`);
  if (times.noAuthority > 0) {
    a2Notes.push(`${children(times.noAuthority)} with no placement or freeing order (LS E1, D1) left out.`);
  }
  if (times.noMatch > 0) a2Notes.push(`${children(times.noMatch)} with no AD1 match date left out.`);
  return [
    averageFigure(a1Id, times.a1, times.a1Children, a1Notes),
    averageFigure(a2Id, times.a2, times.a2Children, a2Notes),
  ];
}
