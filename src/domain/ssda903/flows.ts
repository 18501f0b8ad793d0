import type { Window } from './as-at';
import type { CareIndex, Child } from './episodes';
import { rateFigure } from './cla-at-date';
import type { MeasureFigure } from './figure';
import type { PopulationUsed } from './population';

/**
 * Children starting and ceasing to be looked after in a window, and those looked after at any time
 * in it (SPEC N6). Each child is counted once: a start is any non-short-break episode with RNE S
 * starting in the window; a cease is any non-short-break episode ending in the window for a reason
 * other than X1, and the child's reason for ceasing is the latest such episode's.
 */
export function startersIn(index: CareIndex, window: Window): string[] {
  const starters: string[] = [];
  for (const child of index.children) {
    for (const episode of child.episodes) {
      if (episode.decom > window.to) break;
      if (!episode.shortBreak && episode.rne === 'S' && episode.decom >= window.from) {
        starters.push(child.id);
        break;
      }
    }
  }
  return starters;
}

/** Each child who ceased in the window, with the reason of the last time it ceased then. */
export function ceasedIn(index: CareIndex, window: Window): Map<string, string> {
  const ceased = new Map<string, string>();
  for (const child of index.children) {
    let reason: string | null = null;
    for (const episode of child.episodes) {
      if (episode.decom > window.to) break;
      if (episode.shortBreak || episode.decImputed || episode.dec === null) continue;
      if (episode.rec === '' || episode.rec === 'X1') continue;
      if (episode.dec >= window.from && episode.dec <= window.to) reason = episode.rec;
    }
    if (reason !== null) ceased.set(child.id, reason);
  }
  return ceased;
}

/**
 * Looked after at some time in the window: a non-short-break episode starting by its end and
 * ending on or after its first day (SPEC N6 includes an end on the first day, so every child who
 * ceased in the window is also counted as looked after during it).
 */
export function lookedAfterDuring(index: CareIndex, window: Window): Child[] {
  const during: Child[] = [];
  for (const child of index.children) {
    for (const episode of child.episodes) {
      if (episode.decom > window.to) break;
      if (!episode.shortBreak && (episode.dec === null || episode.dec >= window.from)) {
        during.push(child);
        break;
      }
    }
  }
  return during;
}

export function flowFigures(index: CareIndex, window: Window, population: PopulationUsed | null): MeasureFigure[] {
  const starters = startersIn(index, window);
  const ceased = [...ceasedIn(index, window).keys()];
  return [
    rateFigure('cla_starts_rate', starters.length, starters, population),
    rateFigure('cla_ceased_rate', ceased.length, ceased, population),
  ];
}
