import type { Window } from './as-at';
import { isAdoptionPlacement, idsOf, type LookedAfter } from './cla-at-date';
import { addMonths, completedYears, type Day } from './days';
import type { Child, Episode } from './episodes';
import { percentFigure, type MeasureFigure } from './figure';
import { children } from '../text/return903';
import { countOf, plural } from '../text/plural';

const PLACEMENT_CHANGES: ReadonlySet<string> = new Set(['P', 'B', 'T', 'U']);
/** RNE for a new episode with the same carers (legal change, or placement change with the same carer). */
const SAME_CARER: ReadonlySet<string> = new Set(['L', 'T', 'U']);
/** Placed for adoption with the current foster carers: not a placement change for DfE. */
const WITH_FOSTER_CARER_ADOPTION: ReadonlySet<string> = new Set(['A3', 'A5']);

export interface PlacementCount {
  placements: number;
  /** Moves into A3/A5 recorded as a change of carer (RNE P or B), counted as placements (SPEC N9). */
  adoptionMovesWithNewCarer: number;
}

/**
 * SPEC N9: a child's placements in the window. The first episode in force in the window counts 1;
 * each later one counts 1 if it starts a period of care or its RNE is a placement change (P, B, T, U),
 * except a same-carer change (T, U) into an adoption placement with the foster carers (A3, A5).
 * A legal-status change (L) adds nothing. Short breaks are left out.
 */
export function placementsIn(child: Child, window: Window): PlacementCount {
  let placements = 0;
  let adoptionMovesWithNewCarer = 0;
  let first = true;
  child.episodes.forEach((episode, index) => {
    if (episode.shortBreak || episode.decom > window.to) return;
    if (episode.dec !== null && episode.dec <= window.from) return;
    if (first) {
      placements = 1;
      first = false;
      return;
    }
    const startsPeriod = child.periods[episode.period]?.first === index;
    if (startsPeriod) {
      placements += 1;
      return;
    }
    if (!PLACEMENT_CHANGES.has(episode.rne)) return;
    if (WITH_FOSTER_CARER_ADOPTION.has(episode.place)) {
      if (episode.rne === 'T' || episode.rne === 'U') return;
      adoptionMovesWithNewCarer += 1;
    }
    placements += 1;
  });
  return { placements, adoptionMovesWithNewCarer };
}

/** % of children looked after at the date with 3 or more placements in the 12 months to it. */
export function threePlusPlacementsFigure(cohort: readonly LookedAfter[], window: Window): MeasureFigure {
  let numerator = 0;
  let adoptionMoves = 0;
  for (const { child } of cohort) {
    const count = placementsIn(child, window);
    if (count.placements >= 3) numerator += 1;
    adoptionMoves += count.adoptionMovesWithNewCarer;
  }
  const notes =
    adoptionMoves > 0
      ? [
          `${countOf(adoptionMoves, 'move')} into adoption with the foster carers (A3, A5) ${plural(adoptionMoves, 'was', 'were')} recorded as a change of carer (RNE P or B) and counted as a placement.`,
        ]
      : [];
  return percentFigure('cla_3plus_placements', numerator, cohort.length, idsOf(cohort), notes);
}

/**
 * SPEC N10: the day the child's current carer spell began. From the current episode, step back
 * within the period while the episode stood on started with the same carers (RNE L, T or U); where
 * that stops starts the spell. An adoptive placement that began the spell is joined to the spell
 * before it (DfE counts the adoptive placement with the placement before).
 */
export function carerSpellStart(child: Child, current: Episode): Day {
  const period = child.periods[current.period];
  const episodes = child.episodes;
  let index = episodes.indexOf(current);
  const first = period?.first ?? index;
  const walkBack = (from: number): number => {
    let at = from;
    while (at > first && SAME_CARER.has(episodes[at]?.rne ?? '')) at -= 1;
    return at;
  };
  index = walkBack(index);
  if (isAdoptionPlacement(current.place) && isAdoptionPlacement(episodes[index]?.place ?? '') && index > first) {
    index = walkBack(index - 1);
  }
  return episodes[index]?.decom ?? current.decom;
}

/**
 * SPEC N10: of the children looked after at the date, aged under 16, looked after continuously for
 * at least 2.5 years, the % whose carer spell has lasted at least 2 years.
 */
export function longTermStabilityFigure(cohort: readonly LookedAfter[], day: Day): MeasureFigure {
  const careSince = addMonths(day, -30);
  const spellSince = addMonths(day, -24);
  let numerator = 0;
  let noDob = 0;
  let startNotSeen = 0;
  const counted: LookedAfter[] = [];
  for (const entry of cohort) {
    const { child, episode, period } = entry;
    if (child.dob === null) {
      noDob += 1;
      continue;
    }
    if (completedYears(child.dob, day) >= 16) continue;
    const firstEpisode = child.episodes[period.first];
    if (firstEpisode && firstEpisode.rne !== 'S') startNotSeen += 1;
    if (period.start > careSince) continue;
    counted.push(entry);
    if (carerSpellStart(child, episode) <= spellSince) numerator += 1;
  }
  const notes: string[] = [];
  if (noDob > 0) notes.push(`${children(noDob)} without a readable date of birth in the Header table left out.`);
  if (startNotSeen > 0) {
    notes.push(
      `For ${children(startNotSeen)} under 16 the files do not reach the start of the period of care (the first episode is not a start, RNE S); time in care counts from the earliest episode given.`,
    );
  }
  return percentFigure('cla_long_term_stability', numerator, counted.length, idsOf(counted), notes);
}
