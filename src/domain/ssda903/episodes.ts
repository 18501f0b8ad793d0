import { parseUkDate, type Day } from './days';
import type { Return903, Row903 } from './read-tables';

/**
 * A child's episodes as the measures use them (SPEC N2): unusable episodes dropped, each child's
 * episodes in order, an open episode closed where the next one starts, overlaps cut back, so no two
 * episodes of a child overlap. Every date is a day number. Built once per return; every as-at date
 * and every measure reads it.
 */
export interface Episode {
  decom: Day;
  /** The end used: the DEC given, or where the next episode starts (SPEC N2); null while open. */
  dec: Day | null;
  /** The end was not given: the episode was open and the next one closed it. */
  decImputed: boolean;
  /** The reason the episode ended as used: blank while open; X1 for an imputed end unless the next starts a new period. */
  rec: string;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  provider: string;
  homePost: string;
  plPost: string;
  /** V3/V4: a series of short breaks, which DfE's figures leave out (SPEC N3). */
  shortBreak: boolean;
  /** Index of the child's period of care this episode belongs to; -1 for a short break. */
  period: number;
  source: Row903;
}

/** A continuous spell of being looked after (SPEC N4), as far as the files show. */
export interface CarePeriod {
  start: Day;
  /** The DEC of its last episode; null while open. */
  end: Day | null;
  /** Indices of its first and last episodes in the child's list. */
  first: number;
  last: number;
}

export interface Child {
  id: string;
  /** From the Header table; null when the child has no Header row or its DOB is not a date. */
  dob: Day | null;
  /** Effective episodes, ordered by start; short breaks included (flagged). */
  episodes: readonly Episode[];
  periods: readonly CarePeriod[];
}

export type DroppedReason = 'no_child' | 'invalid_decom' | 'invalid_dec' | 'dec_before_decom' | 'repeated_decom';

export interface DroppedEpisode {
  reason: DroppedReason;
  source: Row903;
}

export interface CareIndex {
  /** Every child with at least one usable episode, in the order first seen. */
  children: readonly Child[];
  byId: ReadonlyMap<string, Child>;
  /** Episodes N2 leaves out, for the data-quality report. */
  dropped: readonly DroppedEpisode[];
  /** Episodes whose open end was closed by the next one (SPEC N2, rule 142). */
  imputedEnds: number;
  /** Episodes whose end was moved back to the next one's start (rule 501). */
  cutBack: number;
}

const SHORT_BREAK_LEGAL_STATUSES: ReadonlySet<string> = new Set(['V3', 'V4']);

export function isShortBreak(legalStatus: string): boolean {
  return SHORT_BREAK_LEGAL_STATUSES.has(legalStatus);
}

/** Dates of birth from the Header table: the first readable one of each child. */
export function datesOfBirth(ret: Return903): Map<string, Day> {
  const dobs = new Map<string, Day>();
  for (const row of ret.tables.header?.rows ?? []) {
    const child = row.cells.CHILD ?? '';
    if (child === '' || dobs.has(child)) continue;
    const dob = parseUkDate(row.cells.DOB ?? '');
    if (dob !== null) dobs.set(child, dob);
  }
  return dobs;
}

interface Draft {
  decom: Day;
  dec: Day | null;
  source: Row903;
}

/** Builds the care index in one pass over the episodes plus one sort per child. */
export function buildCareIndex(ret: Return903): CareIndex {
  const dropped: DroppedEpisode[] = [];
  const drafts = new Map<string, Draft[]>();
  for (const source of ret.tables.episodes?.rows ?? []) {
    const child = source.cells.CHILD ?? '';
    if (child === '') {
      dropped.push({ reason: 'no_child', source });
      continue;
    }
    const decom = parseUkDate(source.cells.DECOM ?? '');
    if (decom === null) {
      dropped.push({ reason: 'invalid_decom', source });
      continue;
    }
    const decText = source.cells.DEC ?? '';
    const dec = decText === '' ? null : parseUkDate(decText);
    if (decText !== '' && dec === null) {
      dropped.push({ reason: 'invalid_dec', source });
      continue;
    }
    if (dec !== null && dec < decom) {
      dropped.push({ reason: 'dec_before_decom', source });
      continue;
    }
    let list = drafts.get(child);
    if (!list) {
      list = [];
      drafts.set(child, list);
    }
    list.push({ decom, dec, source });
  }

  const dobs = datesOfBirth(ret);
  const children: Child[] = [];
  const byId = new Map<string, Child>();
  let imputedEnds = 0;
  let cutBack = 0;
  for (const [id, list] of drafts) {
    // By start, then end with an open episode last.
    list.sort((a, b) => a.decom - b.decom || (a.dec ?? Number.POSITIVE_INFINITY) - (b.dec ?? Number.POSITIVE_INFINITY));
    const kept: Draft[] = [];
    for (const draft of list) {
      const previous = kept[kept.length - 1];
      if (previous && previous.decom === draft.decom) {
        dropped.push({ reason: 'repeated_decom', source: draft.source });
        continue;
      }
      kept.push(draft);
    }
    const episodes: Episode[] = kept.map((draft) => {
      const cells = draft.source.cells;
      const ls = cells.LS ?? '';
      return {
        decom: draft.decom,
        dec: draft.dec,
        decImputed: false,
        // A reason on an open episode means nothing (rule 148).
        rec: draft.dec === null ? '' : (cells.REC ?? ''),
        rne: cells.RNE ?? '',
        ls,
        cin: cells.CIN ?? '',
        place: cells.PLACE ?? '',
        provider: cells.PLACE_PROVIDER ?? '',
        homePost: cells.HOME_POST ?? '',
        plPost: cells.PL_POST ?? '',
        shortBreak: isShortBreak(ls),
        period: -1,
        source: draft.source,
      };
    });
    for (let index = 0; index + 1 < episodes.length; index += 1) {
      const a = episodes[index];
      const b = episodes[index + 1];
      if (!a || !b) continue;
      if (a.dec === null) {
        a.dec = b.decom;
        a.decImputed = true;
        a.rec = b.rne === 'S' ? '' : 'X1';
        imputedEnds += 1;
      } else if (a.dec > b.decom) {
        a.dec = b.decom;
        cutBack += 1;
      }
    }
    const periods = buildPeriods(episodes);
    const child: Child = { id, dob: dobs.get(id) ?? null, episodes, periods };
    children.push(child);
    byId.set(id, child);
  }
  return { children, byId, dropped, imputedEnds, cutBack };
}

/**
 * SPEC N4: an episode starts a new period when it is the first, its RNE is S, it starts after the
 * previous episode ended (a gap), the previous episode ended for a reason other than X1, or the
 * previous episode was a short break. Short breaks belong to no period.
 */
function buildPeriods(episodes: Episode[]): CarePeriod[] {
  const periods: CarePeriod[] = [];
  let current: CarePeriod | null = null;
  let previous: Episode | null = null;
  episodes.forEach((episode, index) => {
    if (episode.shortBreak) {
      current = null;
      previous = episode;
      return;
    }
    const startsNew =
      current === null ||
      previous === null ||
      episode.rne === 'S' ||
      previous.shortBreak ||
      (previous.dec !== null && episode.decom > previous.dec) ||
      (previous.rec !== '' && previous.rec !== 'X1');
    if (startsNew || current === null) {
      current = { start: episode.decom, end: episode.dec, first: index, last: index };
      periods.push(current);
    } else {
      current.end = episode.dec;
      current.last = index;
    }
    episode.period = periods.length - 1;
    previous = episode;
  });
  return periods;
}

/** Whether the episode is in force on the day: it starts on or before it and ends after it (SPEC N2). */
export function inForce(episode: Episode, day: Day): boolean {
  return episode.decom <= day && (episode.dec === null || day < episode.dec);
}

/**
 * The child's episode in force on the day, or null: a binary search, since a child's episodes are
 * ordered and never overlap.
 */
export function episodeInForce(child: Child, day: Day): Episode | null {
  const { episodes } = child;
  let low = 0;
  let high = episodes.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const episode = episodes[middle];
    if (episode && episode.decom <= day) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const episode = found < 0 ? undefined : episodes[found];
  return episode && inForce(episode, day) ? episode : null;
}

/** The child's looked-after episode at the day (SPEC N5): in force and not a short break. */
export function currentEpisode(child: Child, day: Day): Episode | null {
  const episode = episodeInForce(child, day);
  return episode && !episode.shortBreak ? episode : null;
}
