/**
 * A seeded generator of synthetic SSDA903 returns, for the tests and the timing script: consistent
 * children, episodes (placements, legal statuses, periods of care, short breaks), UASC, missing
 * periods, adoptions (AD1, PlacedAdoption), OC2 cohorts, OC3 care leavers, reviews, previous
 * permanence and social worker episodes, over several collection years, with a postcode lookup on
 * an invented grid. Every identifier, date and postcode is invented; there is no real child in it.
 *
 * Faults can be injected, each breaking one of SPEC §5's data-quality rules in a given number of
 * records, so tests can check the report finds them and that nothing crashes.
 */
import type { SourceTable } from '../../src/domain/readers/result';
import { addYears, civilFromDay, completedYears, dayFromCivil, ukText, type Day } from '../../src/domain/ssda903/days';
import { tableSpec, type TableName } from '../../src/domain/ssda903/tables';
import { csvOf } from './builders';
import { seededRandom } from '../unit/seeded-random';

export const FAULT_RULES = {
  child_not_in_header: 1,
  dob_mismatch: 2,
  duplicate_header: 3,
  invalid_date: 4,
  dec_before_decom: 5,
  overlap: 6,
  open_before_next: 7,
  dec_rec_mismatch: 8,
  x1_without_next: 9,
  first_not_start: 10,
  invalid_code: 11,
  provider_mismatch: 12,
  episode_before_birth: 13,
  long_short_break: 14,
  invalid_postcode: 15,
  oc2_outside_cohort: 16,
  oc3_wrong_age: 17,
  adopted_without_ad1: 18,
  missing_overlap: 19,
  no_social_worker: 20,
  repeated_episode: 21,
} as const;

export type Fault = keyof typeof FAULT_RULES;

export interface GenerateOptions {
  seed?: number;
  /** Children with episodes in the return (default 200). */
  children?: number;
  /** Collection years covered (default 1). */
  years?: number;
  /** The closing year of the last collection year (default 2024: the year ending 31 March 2024). */
  lastYear?: number;
  /** Mean days an episode lasts (default 120); lower gives more episodes per child. */
  meanEpisodeDays?: number;
  /** How many records break each rule. */
  faults?: Partial<Record<Fault, number>>;
}

type Row = Record<string, string>;

export interface GeneratedReturn {
  /** One table per file, as readCsvText would give them. */
  tables: SourceTable[];
  /** The same files as CSV text (CRLF, as Excel saves them). */
  files: { name: string; text: string }[];
  episodes: number;
  children: number;
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  float(): number {
    return this.next();
  }
  int(from: number, to: number): number {
    return from + Math.floor(this.next() * (to - from + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from nothing');
    return item;
  }
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let at = this.next() * total;
    for (const [item, weight] of choices) {
      at -= weight;
      if (at < 0) return item;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new Error('no choices');
    return last[0];
  }
  days(mean: number, minimum = 1): number {
    return Math.max(minimum, Math.round(-Math.log(1 - this.next()) * mean));
  }
}

interface Episode {
  decom: Day;
  dec: Day | null;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  provider: string;
  rec: string;
  reason: string;
  homePost: string;
  plPost: string;
}

interface SimChild {
  id: string;
  dob: Day;
  sex: string;
  homePost: string;
  episodes: Episode[];
  uasc: boolean;
  adoption: { dateInt: Day; dateMatch: Day } | null;
}

interface Postcode {
  code: string;
  easting: number;
  northing: number;
}

const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** Postcodes on an invented grid: XX near the council, XY more than 20 miles away. */
function postcode(random: Random, far: boolean, pool: Map<string, Postcode>): string {
  const district = random.int(1, 40);
  const code = `${far ? 'XY' : 'XX'}${district} ${random.int(1, 9)}${random.pick([...LETTERS])}${random.pick([...LETTERS])}`;
  if (!pool.has(code)) {
    pool.set(code, {
      code,
      easting: far ? random.int(300_000, 340_000) : random.int(400_000, 425_000),
      northing: far ? random.int(420_000, 460_000) : random.int(500_000, 525_000),
    });
  }
  return code;
}

function placementFor(random: Random, age: number, day: Day): { place: string; provider: string } {
  const semiIndependent = day >= dayFromCivil(2023, 10, 28) ? 'K3' : 'H5';
  const place = random.weighted<string>([
    ['U4', 20],
    ['U5', 5],
    ['U6', 20],
    ['U1', 6],
    ['U3', 9],
    ['K2', 10],
    ['P1', 7],
    [age >= 16 ? semiIndependent : 'U6', 5],
    ['R1', 1],
    ['S1', 1],
    ['K1', 0.5],
    [age >= 10 ? 'R5' : 'U4', 0.5],
    ['R2', 0.5],
    ['T0', 1],
    ['T3', 1],
    ['Z1', 0.5],
  ]);
  const provider = ((): string => {
    switch (place) {
      case 'U4':
      case 'U5':
      case 'U6':
        return random.weighted([
          ['PR1', 60],
          ['PR4', 35],
          ['PR5', 5],
        ]);
      case 'U1':
      case 'U3':
        return 'PR1';
      case 'K2':
        return random.weighted([
          ['PR1', 30],
          ['PR4', 70],
        ]);
      case 'P1':
        return 'PR0';
      case 'H5':
      case 'K3':
      case 'R1':
        return 'PR4';
      case 'S1':
        return 'PR5';
      case 'K1':
        return 'PR2';
      case 'R5':
      case 'R2':
        return 'PR3';
      default:
        return '';
    }
  })();
  return { place, provider };
}

const REASONS_PLACE_CHANGE = ['CARPL', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'CLOSE', 'OTHER'];

/** One child's care history: one or two periods, each a run of episodes; an adoption for some young children. */
function simulateChild(
  random: Random,
  id: string,
  window: { start: Day; end: Day },
  meanEpisodeDays: number,
  pool: Map<string, Postcode>,
): SimChild {
  const entry = random.int(window.start - 4 * 365, window.end - 20);
  const ageAtEntry = random.weighted([
    [0, 20],
    [random.int(1, 4), 20],
    [random.int(5, 9), 20],
    [random.int(10, 15), 30],
    [random.int(16, 17), 10],
  ]);
  const dob = entry - ageAtEntry * 365 - random.int(0, 364);
  const uasc = ageAtEntry >= 14 && random.chance(0.25);
  const child: SimChild = {
    id,
    dob,
    sex: uasc ? '1' : random.pick(['1', '2']),
    homePost: postcode(random, false, pool),
    episodes: [],
    uasc,
    adoption: null,
  };
  const eighteenth = addYears(dob, 18);
  let start = Math.max(entry, dob + 1);
  for (let period = 0; period < 2 && start < window.end && start < eighteenth; period += 1) {
    const adoptive = ageAtEntry < 5 && random.chance(0.3);
    runPeriod(random, child, start, window, meanEpisodeDays, pool, adoptive);
    const last = child.episodes[child.episodes.length - 1];
    if (!last || last.dec === null || !random.chance(0.1) || last.rec === 'E11' || last.rec === 'E12') break;
    start = last.dec + random.int(100, 600);
  }
  return child;
}

function runPeriod(
  random: Random,
  child: SimChild,
  start: Day,
  window: { start: Day; end: Day },
  meanEpisodeDays: number,
  pool: Map<string, Postcode>,
  adoptive: boolean,
): void {
  const eighteenth = addYears(child.dob, 18);
  const careEnd = adoptive ? Number.POSITIVE_INFINITY : start + random.days(1000, 30);
  const age = (day: Day) => completedYears(child.dob, day);
  let ls = child.uasc
    ? 'V2'
    : random.weighted<string>([
        ['C1', 35],
        ['V2', 35],
        ['C2', 15],
        ['L1', 3],
        ['L2', 2],
        [age(start) >= 10 ? 'J1' : 'V2', 2],
      ]);
  const cin = child.uasc
    ? 'N7'
    : random.weighted<string>([
        ['N1', 60],
        ['N4', 10],
        ['N5', 15],
        ['N2', 5],
        ['N3', 5],
        ['N6', 5],
      ]);
  let { place, provider } = placementFor(random, age(start), start);
  let rne = 'S';
  let day = start;
  // Adoption: placement order after about six months, placed with adopters after about five more, adopted after about eight.
  const stages = adoptive ? { order: start + random.int(120, 300), placed: 0, adopted: 0 } : null;
  if (stages) {
    stages.placed = stages.order + random.int(60, 250);
    stages.adopted = stages.placed + random.int(150, 400);
    ls = 'C1';
    place = random.pick(['U4', 'U6', 'U3']);
    provider = 'PR1';
  }
  for (let guard = 0; guard < 60; guard += 1) {
    let next = day + random.days(meanEpisodeDays, 2);
    let ending: string | null = null;
    let change: 'L' | 'P' | 'T' | 'B' | 'U' = random.weighted<'L' | 'P' | 'T' | 'B' | 'U'>([
      ['P', 55],
      ['L', 15],
      ['T', 10],
      ['B', 10],
      ['U', 10],
    ]);
    if (stages) {
      if (day < stages.order) {
        next = stages.order;
        change = 'L';
      } else if (day < stages.placed) {
        next = stages.placed;
        change = random.chance(0.4) ? 'T' : 'P';
      } else {
        next = stages.adopted;
        ending = random.pick(['E11', 'E12']);
      }
    } else if (next >= eighteenth) {
      next = eighteenth;
      ending = random.weighted([
        ['E17', 40],
        ['E5', 40],
        ['E6', 20],
      ]);
    } else if (next >= careEnd) {
      next = Math.max(careEnd, day + 2);
      ending =
        age(next) >= 16
          ? random.weighted([
              ['E5', 30],
              ['E6', 10],
              ['E4A', 30],
              ['E13', 10],
              ['E8', 10],
              ['E3', 10],
            ])
          : random.weighted([
              ['E4A', 40],
              ['E4B', 5],
              ['E41', 10],
              ['E45', 5],
              ['E46', 3],
              ['E47', 5],
              ['E48', 2],
              ['E13', 5],
              ['E8', 5],
              ['E3', 3],
            ]);
    }
    const open = next > window.end;
    const episode: Episode = {
      decom: day,
      dec: open ? null : next,
      rne,
      ls,
      cin,
      place,
      provider,
      rec: open ? '' : (ending ?? 'X1'),
      reason: '',
      homePost: child.homePost,
      plPost: place === 'P1' ? child.homePost : postcode(random, random.chance(0.2), pool),
    };
    child.episodes.push(episode);
    if (open || ending !== null) {
      if (stages && ending) {
        child.adoption = {
          dateInt: stages.order - random.int(10, 60),
          dateMatch: stages.order + random.int(0, Math.max(0, stages.placed - stages.order - 1)),
        };
      }
      return;
    }
    // The next episode.
    rne = change;
    if (change === 'L' || change === 'B' || change === 'U') {
      ls = stages && next >= stages.order ? 'E1' : ls === 'C1' ? 'C2' : ls === 'V2' ? 'C1' : ls === 'C2' ? 'C2' : 'C1';
    }
    if (change !== 'L') {
      if (stages && next >= stages.placed) {
        place = change === 'T' ? 'A5' : 'A6';
        provider = 'PR1';
      } else if (change === 'P' || change === 'B') {
        // T and U keep the carers, so the placement and provider stay as they were.
        ({ place, provider } = placementFor(random, age(next), next));
      }
      episode.reason = random.pick(REASONS_PLACE_CHANGE);
    }
    if (stages && next >= stages.order && ls !== 'E1') ls = 'E1';
    day = next;
  }
}

function shortBreakChild(
  random: Random,
  id: string,
  window: { start: Day; end: Day },
  pool: Map<string, Postcode>,
): SimChild {
  const dob = window.start - random.int(5, 15) * 365;
  const child: SimChild = {
    id,
    dob,
    sex: random.pick(['1', '2']),
    homePost: '',
    episodes: [],
    uasc: false,
    adoption: null,
  };
  const placement = postcode(random, false, pool);
  let day = window.start + random.int(0, 60);
  while (day + 5 < window.end) {
    const length = random.int(1, 4);
    child.episodes.push({
      decom: day,
      dec: day + length,
      rne: 'S',
      ls: 'V3',
      cin: 'N2',
      place: 'U6',
      provider: 'PR1',
      rec: 'E13',
      reason: '',
      homePost: '',
      plPost: placement,
    });
    day += random.int(25, 60);
  }
  return child;
}

function inForce(episode: Episode, day: Day): boolean {
  return episode.decom <= day && (episode.dec === null || day < episode.dec);
}

function periodStart(child: SimChild, episode: Episode): Day {
  // Episodes of a period follow on (the previous ended with X1 on this one's start).
  const position = child.episodes.indexOf(episode);
  let start = episode.decom;
  for (let index = position - 1; index >= 0; index -= 1) {
    const previous = child.episodes[index];
    if (!previous || previous.rec !== 'X1' || previous.dec !== start || previous.ls === 'V3') break;
    start = previous.decom;
  }
  return start;
}

function careAt(child: SimChild, day: Day): Episode | null {
  return child.episodes.find((episode) => episode.ls !== 'V3' && inForce(episode, day)) ?? null;
}

function yearLabel(closingYear: number): string {
  return `${closingYear - 1}-${String(closingYear % 100).padStart(2, '0')}`;
}

/** Generates a return. The same options always give the same files. */
export function generateReturn(options: GenerateOptions = {}): GeneratedReturn {
  const random = new Random(options.seed ?? 903);
  const lastYear = options.lastYear ?? 2024;
  const years = options.years ?? 1;
  const window = { start: dayFromCivil(lastYear - years, 4, 1), end: dayFromCivil(lastYear, 3, 31) };
  const target = options.children ?? 200;
  const pool = new Map<string, Postcode>();
  const simulated: SimChild[] = [];
  let serial = 1;
  const nextId = () => String(100000 + serial++);
  // Children with episodes in the return: an episode open, or ending, within its years.
  while (simulated.length < target) {
    const child = random.chance(0.02)
      ? shortBreakChild(random, nextId(), window, pool)
      : simulateChild(random, nextId(), window, options.meanEpisodeDays ?? 120, pool);
    child.episodes = child.episodes.filter(
      (episode) => episode.decom <= window.end && (episode.dec === null || episode.dec >= window.start),
    );
    if (child.episodes.length > 0) simulated.push(child);
  }
  // Care leavers who left before the return's years, for OC3 (in Header, with no episodes in the files).
  const formerOnly: SimChild[] = [];
  for (let count = 0; count < Math.round(target * 0.1); count += 1) {
    const left = window.start - random.int(1, 4 * 365);
    formerOnly.push({
      id: nextId(),
      dob: left - 16 * 365 - random.int(0, 600),
      sex: random.pick(['1', '2']),
      homePost: '',
      episodes: [],
      uasc: false,
      adoption: null,
    });
  }

  const rows: Record<TableName, Row[]> = {
    header: [],
    episodes: [],
    uasc: [],
    reviews: [],
    ad1: [],
    placed_for_adoption: [],
    previous_permanence: [],
    oc2: [],
    oc3: [],
    missing: [],
    sw_episodes: [],
    dolo: [],
  };
  const oc2ByYear = new Map<number, Row[]>();
  const oc3ByYear = new Map<number, Row[]>();
  const dob = (child: SimChild) => ukText(child.dob);

  for (const child of [...simulated, ...formerOnly]) {
    rows.header.push({
      CHILD: child.id,
      SEX: child.sex,
      DOB: dob(child),
      ETHNIC: random.weighted([
        ['WBRI', 70],
        ['WOTH', 5],
        ['MWBC', 5],
        ['AOTH', 5],
        ['BAFR', 5],
        ['OOTH', 5],
        ['NOBT', 5],
      ]),
      UPN: random.chance(0.8)
        ? `Z${String(random.int(0, 999_999_999_999)).padStart(12, '0')}`
        : random.pick(['UN1', 'UN2', 'UN4']),
      MOTHER: child.sex === '2' && completedYears(child.dob, window.end) >= 12 ? (random.chance(0.05) ? '1' : '0') : '',
      MC_DOB: '',
    });
  }

  for (const child of simulated) {
    for (const episode of child.episodes) {
      rows.episodes.push({
        CHILD: child.id,
        DECOM: ukText(episode.decom),
        RNE: episode.rne,
        LS: episode.ls,
        CIN: episode.cin,
        PLACE: episode.place,
        PLACE_PROVIDER: episode.provider,
        DEC: episode.dec === null ? '' : ukText(episode.dec),
        REC: episode.rec,
        REASON_PLACE_CHANGE: episode.reason,
        HOME_POST: episode.homePost,
        PL_POST: episode.plPost,
        URN: ['K1', 'K2', 'R1', 'S1', 'H5', 'K3'].includes(episode.place) ? 'XXXXXXX' : '',
      });
    }
    const first = child.episodes[0];
    if (first && first.rne === 'S' && first.decom >= window.start && first.ls !== 'V3') {
      rows.previous_permanence.push({
        CHILD: child.id,
        DOB: dob(child),
        PREV_PERM: random.weighted([
          ['Z1', 85],
          ['P4', 10],
          ['P2', 5],
        ]),
        LA_PERM: '',
        DATE_PERM: '',
      });
    }
    if (child.uasc) {
      const eighteenth = addYears(child.dob, 18);
      rows.uasc.push({
        CHILD: child.id,
        SEX: child.sex,
        DOB: dob(child),
        DUC: eighteenth <= window.end ? ukText(eighteenth) : '',
      });
    }
    const adopted = child.episodes.find((episode) => episode.rec === 'E11' || episode.rec === 'E12');
    if (adopted && child.adoption) {
      rows.ad1.push({
        CHILD: child.id,
        DOB: dob(child),
        DATE_INT: ukText(child.adoption.dateInt),
        DATE_MATCH: ukText(child.adoption.dateMatch),
        FOSTER_CARE: adopted.place === 'A5' ? '1' : '0',
        NB_ADOPTR: '2',
        SEX_ADOPTR: 'MF',
        LS_ADOPTR: 'L0',
      });
      rows.placed_for_adoption.push({
        CHILD: child.id,
        DOB: dob(child),
        DATE_PLACED: ukText(child.adoption.dateInt),
        DATE_PLACED_CEASED: '',
        REASON_PLACED_CEASED: '',
      });
    }
    // Reviews: one within each looked-after year, for children not on short breaks.
    for (const episode of child.episodes) {
      if (episode.ls === 'V3' || episode.dec === null || episode.dec - episode.decom < 30) continue;
      const review = episode.decom + 20;
      if (review >= window.start && review <= window.end) {
        rows.reviews.push({
          CHILD: child.id,
          DOB: dob(child),
          REVIEW: ukText(review),
          REVIEW_CODE: completedYears(child.dob, review) < 4 ? 'PN0' : 'PN1',
        });
      }
    }
    // Missing and away periods: some children of 11 and over, inside their care, never overlapping.
    const inCare = child.episodes.filter((episode) => episode.ls !== 'V3');
    if (inCare.length > 0 && completedYears(child.dob, window.end) >= 11 && random.chance(0.2)) {
      let after = Math.max(window.start, inCare[0]?.decom ?? window.start) + 5;
      for (let count = random.int(1, 4); count > 0; count -= 1) {
        const start = after + random.int(5, 120);
        if (start > window.end - 10 || !careAt(child, start) || completedYears(child.dob, start) < 11) break;
        const end = start + random.int(0, 3);
        rows.missing.push({
          CHILD: child.id,
          DOB: dob(child),
          MISSING: random.chance(0.75) ? 'M' : 'A',
          MIS_START: ukText(start),
          MIS_END: ukText(end),
        });
        after = end + 1;
      }
    }
  }

  // OC2 and OC3 for each collection year, and social worker episodes for the last (from 2024).
  for (let year = lastYear - years + 1; year <= lastYear; year += 1) {
    const yearEnd = dayFromCivil(year, 3, 31);
    const yearStart = dayFromCivil(year - 1, 4, 1);
    const oc2: Row[] = [];
    for (const child of simulated) {
      const episode = careAt(child, yearEnd);
      if (!episode || periodStart(child, episode) > yearStart) continue;
      const age = completedYears(child.dob, yearEnd);
      const misuse = age >= 11 && random.chance(0.04);
      const sdq = age >= 4 && age <= 16 && random.chance(0.85);
      oc2.push({
        CHILD: child.id,
        DOB: dob(child),
        SDQ_SCORE: sdq ? String(random.int(0, 30)) : '',
        SDQ_REASON: sdq ? '' : age < 4 || age > 16 ? 'SDQ1' : random.pick(['SDQ2', 'SDQ4', 'SDQ5']),
        CONVICTED: age >= 10 ? (random.chance(0.03) ? '1' : '0') : '',
        HEALTH_CHECK: age < 5 ? (random.chance(0.9) ? '1' : '0') : '',
        IMMUNISATIONS: random.chance(0.85) ? '1' : '0',
        TEETH_CHECK: random.chance(0.8) ? '1' : '0',
        HEALTH_ASSESSMENT: random.chance(0.88) ? '1' : '0',
        SUBSTANCE_MISUSE: misuse ? '1' : '0',
        INTERVENTION_RECEIVED: misuse ? (random.chance(0.6) ? '1' : '0') : '',
        INTERVENTION_OFFERED: misuse ? (random.chance(0.3) ? '1' : '0') : '',
      });
    }
    oc2ByYear.set(year, oc2);
    const oc3: Row[] = [];
    for (const child of [...simulated, ...formerOnly]) {
      const age = completedYears(child.dob, yearEnd);
      if (age < 17 || age > 21) continue;
      const ended = child.episodes.filter((episode) => episode.ls !== 'V3' && episode.dec !== null);
      const left = ended[ended.length - 1];
      const relevant =
        child.episodes.length === 0 || (left && left.rec !== 'X1' && completedYears(child.dob, left.dec ?? 0) >= 16);
      if (!relevant) continue;
      // No OC3 record for a 17- or 18-year-old still looked after on that birthday.
      if (age <= 18 && careAt(child, addYears(child.dob, age))) continue;
      const inTouch = random.weighted([
        ['YES', 80],
        ['NO', 5],
        ['REFU', 4],
        ['NREQ', 5],
        ['DIED', 1],
        ['RHOM', 5],
      ]);
      const known = inTouch === 'YES' || inTouch === 'REFU' || inTouch === 'NREQ';
      const letter = random.pick(
        age === 17 ? ['B', 'D', 'E', 'U', 'S', 'K', 'T', 'X'] : ['B', 'D', 'E', 'U', 'Z', 'S', 'K', 'T', 'X', 'G'],
      );
      oc3.push({
        CHILD: child.id,
        DOB: dob(child),
        IN_TOUCH: inTouch,
        ACTIV: known
          ? random.weighted([
              ['F1', 8],
              ['P1', 2],
              ['F2', 30],
              ['P2', 5],
              [year >= 2022 ? 'F4' : 'F3', 5],
              [year >= 2022 ? 'F5' : 'F3', 10],
              [year >= 2022 ? 'P5' : 'P3', 5],
              ['G4', 5],
              ['G5', 25],
              ['G6', 5],
            ])
          : '0',
        ACCOM: known ? `${letter}${letter === 'S' || letter === 'X' || random.chance(0.12) ? '2' : '1'}` : '0',
      });
    }
    oc3ByYear.set(year, oc3);
  }
  if (lastYear >= 2024) {
    let worker = 1;
    for (const child of simulated) {
      const episode = careAt(child, window.end);
      if (!episode) continue;
      rows.sw_episodes.push({
        CHILD: child.id,
        DOB: dob(child),
        SW_ID: `SW${String(worker++ % 90).padStart(4, '0')}`,
        SW_DECOM: ukText(Math.max(periodStart(child, episode), window.start)),
        SW_DEC: '',
        SW_REASON: '',
      });
    }
  }

  injectFaults(rows, oc2ByYear, oc3ByYear, simulated, window, options.faults ?? {});

  const files: { name: string; table: TableName; rows: Row[] }[] = [
    { name: 'header.csv', table: 'header', rows: rows.header },
    { name: 'episodes.csv', table: 'episodes', rows: rows.episodes },
    { name: 'uasc.csv', table: 'uasc', rows: rows.uasc },
    { name: 'reviews.csv', table: 'reviews', rows: rows.reviews },
    { name: 'ad1.csv', table: 'ad1', rows: rows.ad1 },
    { name: 'placed_for_adoption.csv', table: 'placed_for_adoption', rows: rows.placed_for_adoption },
    { name: 'previous_permanence.csv', table: 'previous_permanence', rows: rows.previous_permanence },
    { name: 'missing.csv', table: 'missing', rows: rows.missing },
    ...(rows.sw_episodes.length > 0
      ? [{ name: 'sw_episodes.csv', table: 'sw_episodes' as const, rows: rows.sw_episodes }]
      : []),
    ...[...oc2ByYear].map(([year, oc2]) => ({ name: `oc2_${yearLabel(year)}.csv`, table: 'oc2' as const, rows: oc2 })),
    ...[...oc3ByYear].map(([year, oc3]) => ({ name: `oc3_${yearLabel(year)}.csv`, table: 'oc3' as const, rows: oc3 })),
  ];
  const tables: SourceTable[] = files.map(({ name, table, rows: records }) => {
    const header = [...tableSpec(table).columns];
    return {
      fileName: name,
      header,
      records: records.map((record, index) => ({
        row: index + 2,
        cells: Object.fromEntries(header.map((column) => [column, record[column] ?? ''])),
      })),
    };
  });
  tables.push({
    fileName: 'postcodes.csv',
    header: ['postcode', 'easting', 'northing'],
    records: [...pool.values()].map((known, index) => ({
      row: index + 2,
      cells: { postcode: known.code, easting: String(known.easting), northing: String(known.northing) },
    })),
  });
  return {
    tables,
    files: tables.map((table) => ({ name: table.fileName, text: csvOf(table) })),
    episodes: rows.episodes.length,
    children: simulated.length,
  };
}

function injectFaults(
  rows: Record<TableName, Row[]>,
  oc2ByYear: Map<number, Row[]>,
  oc3ByYear: Map<number, Row[]>,
  simulated: readonly SimChild[],
  window: { start: Day; end: Day },
  faults: Partial<Record<Fault, number>>,
): void {
  const episodesOf = (child: string) => rows.episodes.filter((row) => row.CHILD === child);
  // Faults that pick children take them from the end of the list, the others from the start, so two
  // faults rarely land on one record and undo each other.
  const someChildren = (count: number, test: (child: SimChild) => boolean) => simulated.filter(test).slice(0, count);
  const lastChildren = (count: number, test: (child: SimChild) => boolean) =>
    simulated.filter(test).reverse().slice(0, count);
  const inCare = (child: SimChild) => child.episodes.some((episode) => episode.ls !== 'V3');
  const shift = (text: string | undefined, days: number) => {
    const [day = 1, month = 1, year = 2000] = (text ?? '').split('/').map(Number);
    return ukText(dayFromCivil(year, month, day) + days);
  };
  for (const [fault, count = 0] of Object.entries(faults) as [Fault, number | undefined][]) {
    for (let made = 0; made < count; made += 1) {
      switch (fault) {
        case 'child_not_in_header': {
          const child = simulated[made];
          rows.header = rows.header.filter((row) => row.CHILD !== child?.id);
          break;
        }
        case 'dob_mismatch': {
          const row = rows.uasc[made] ?? rows.missing[made] ?? rows.reviews[made];
          if (row) row.DOB = shift(row.DOB, 1);
          break;
        }
        case 'duplicate_header': {
          const row = rows.header[made];
          if (row) rows.header.push({ ...row });
          break;
        }
        case 'invalid_date': {
          const row = rows.episodes[made * 7];
          if (row) row.DECOM = `31/02/${civilFromDay(window.end).year}`;
          break;
        }
        case 'dec_before_decom': {
          const row = rows.episodes.filter((candidate) => candidate.DEC !== '')[made * 5];
          if (row) row.DEC = shift(row.DECOM, -3);
          break;
        }
        case 'overlap': {
          const child = lastChildren(
            count,
            (candidate) => candidate.episodes.filter((episode) => episode.rec === 'X1').length >= 1,
          )[made];
          const row = child && episodesOf(child.id).find((candidate) => candidate.REC === 'X1');
          if (row) row.DEC = shift(row.DEC, 10);
          break;
        }
        case 'open_before_next': {
          const child = someChildren(
            count,
            (candidate) => candidate.episodes.length >= 2 && candidate.episodes[0]?.dec !== null,
          )[made];
          const row = child && episodesOf(child.id)[0];
          if (row) {
            row.DEC = '';
            row.REC = '';
          }
          break;
        }
        case 'dec_rec_mismatch': {
          const row = rows.episodes.filter((candidate) => candidate.DEC !== '' && candidate.REC !== '')[made * 3];
          if (row) row.REC = '';
          break;
        }
        case 'x1_without_next': {
          const row = rows.episodes.filter(
            (candidate) => candidate.DEC !== '' && candidate.REC !== 'X1' && candidate.LS !== 'V3',
          )[made];
          if (row) row.REC = 'X1';
          break;
        }
        case 'first_not_start': {
          const child = someChildren(
            count,
            (candidate) => inCare(candidate) && (candidate.episodes[0]?.decom ?? 0) >= window.start,
          )[made];
          const row = child && episodesOf(child.id)[0];
          if (row) row.RNE = 'P';
          break;
        }
        case 'invalid_code': {
          const row = rows.episodes[made * 11 + 1];
          if (row) row.PLACE = 'Q9';
          break;
        }
        case 'provider_mismatch': {
          const row = rows.episodes.filter((candidate) => candidate.PLACE === 'U4' || candidate.PLACE === 'U6')[made];
          if (row) row.PLACE_PROVIDER = 'PR0';
          break;
        }
        case 'episode_before_birth': {
          const child = simulated[simulated.length - 1 - made];
          const header = child && rows.header.find((row) => row.CHILD === child.id);
          const first = child?.episodes[0];
          if (header && first) header.DOB = ukText(first.decom + 5);
          break;
        }
        case 'long_short_break': {
          const id = `SB${made}`;
          rows.header.push({
            CHILD: id,
            SEX: '1',
            DOB: ukText(window.start - 3000),
            ETHNIC: 'WBRI',
            UPN: 'UN1',
            MOTHER: '',
            MC_DOB: '',
          });
          rows.episodes.push({
            CHILD: id,
            DECOM: ukText(window.start + 10),
            RNE: 'S',
            LS: 'V3',
            CIN: 'N2',
            PLACE: 'U6',
            PLACE_PROVIDER: 'PR1',
            DEC: ukText(window.start + 40),
            REC: 'E13',
            REASON_PLACE_CHANGE: '',
            HOME_POST: '',
            PL_POST: 'XX1 1AB',
            URN: '',
          });
          break;
        }
        case 'invalid_postcode': {
          const row = rows.episodes.filter((candidate) => candidate.LS !== 'V3')[made * 13 + 2];
          if (row) row.HOME_POST = 'NOT KNOWN';
          break;
        }
        case 'oc2_outside_cohort': {
          const [year, oc2] = [...oc2ByYear].pop() ?? [0, []];
          const inCohort = new Set(oc2.map((row) => row.CHILD));
          const yearEnd = dayFromCivil(year, 3, 31);
          const child = someChildren(
            count,
            (candidate) =>
              !inCohort.has(candidate.id) && !candidate.episodes.some((episode) => inForce(episode, yearEnd)),
          )[made];
          if (child) {
            oc2.push({
              CHILD: child.id,
              DOB: ukText(child.dob),
              HEALTH_ASSESSMENT: '1',
              IMMUNISATIONS: '1',
              TEETH_CHECK: '1',
              SUBSTANCE_MISUSE: '0',
            });
          }
          break;
        }
        case 'oc3_wrong_age': {
          const [, oc3] = [...oc3ByYear].pop() ?? [0, []];
          const child = someChildren(count, (candidate) => completedYears(candidate.dob, window.end) < 14)[made];
          if (child) oc3.push({ CHILD: child.id, DOB: ukText(child.dob), IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' });
          break;
        }
        case 'adopted_without_ad1': {
          const row = rows.ad1[0];
          if (row) rows.ad1 = rows.ad1.filter((candidate) => candidate !== row);
          break;
        }
        case 'missing_overlap': {
          const row = rows.missing[made * 2];
          if (row)
            rows.missing.push({ ...row, MISSING: row.MISSING === 'M' ? 'A' : 'M', MIS_END: shift(row.MIS_START, 1) });
          break;
        }
        case 'no_social_worker': {
          const row = rows.sw_episodes[0];
          if (row) rows.sw_episodes = rows.sw_episodes.filter((candidate) => candidate !== row);
          break;
        }
        case 'repeated_episode': {
          const row = rows.episodes[made * 17 + 3];
          if (row) rows.episodes.push({ ...row, PLACE: row.PLACE === 'K2' ? 'U4' : 'K2', PLACE_PROVIDER: 'PR1' });
          break;
        }
      }
    }
  }
}
