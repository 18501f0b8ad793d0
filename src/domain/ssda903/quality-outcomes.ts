import { addYears, collectionYearOf, completedYears, dayFromCivil, parseUkDate, type Day } from './days';
import { currentEpisode, inForce, type CareIndex } from './episodes';
import type { Return903, Row903 } from './read-tables';
import { latestEpisodeDay } from './return-year';
import { type Findings, rowsOf } from './quality-findings';
import { ACCOM_LETTERS, IN_TOUCH_CODES } from './quality-codes';

/** Rule 16, for each year's OC2: the cohort of SPEC N13 at that 31 March. */
export function checkOc2(ret: Return903, index: CareIndex, findings: Findings): void {
  const byYear = new Map<number, Row903[]>();
  for (const row of rowsOf(ret, 'oc2')) {
    if (row.year === null) continue;
    const rows = byYear.get(row.year) ?? [];
    rows.push(row);
    byYear.set(row.year, rows);
  }
  const flags = ['HEALTH_ASSESSMENT', 'IMMUNISATIONS', 'TEETH_CHECK', 'SUBSTANCE_MISUSE'];
  for (const [year, rows] of byYear) {
    const yearEnd = dayFromCivil(year, 3, 31);
    const yearStart = dayFromCivil(year - 1, 4, 1);
    const inCohort = (id: string): boolean => {
      const child = index.byId.get(id);
      const episode = child ? currentEpisode(child, yearEnd) : null;
      const period = episode && child ? child.periods[episode.period] : undefined;
      return period !== undefined && period.start <= yearStart;
    };
    for (const row of rows) {
      const id = row.cells.CHILD ?? '';
      const filled = flags.some((flag) => (row.cells[flag] ?? '') !== '');
      if (!inCohort(id)) {
        if (filled) {
          findings.add(
            16,
            row,
            'oc2',
            `the child was not looked after continuously for 12 months at 31/03/${year}, so OC2 should be blank for them.`,
            'CHILD',
          );
        }
      } else {
        const blank = flags.filter((flag) => (row.cells[flag] ?? '') === '');
        if (blank.length > 0) {
          findings.add(
            16,
            row,
            'oc2',
            `${blank.join(', ')} ${blank.length === 1 ? 'is' : 'are'} blank for a child looked after for 12 months; give 1 or 0.`,
            blank[0],
          );
        }
      }
    }
  }
}

/** Rule 17 on each OC3 record. */
export function checkOc3(
  ret: Return903,
  index: CareIndex,
  findings: Findings,
  headerDob: ReadonlyMap<string, Day>,
): void {
  for (const row of rowsOf(ret, 'oc3')) {
    const id = row.cells.CHILD ?? '';
    const dob = parseUkDate(row.cells.DOB ?? '') ?? headerDob.get(id) ?? null;
    const inTouch = row.cells.IN_TOUCH ?? '';
    const activity = row.cells.ACTIV ?? '';
    const accommodation = row.cells.ACCOM ?? '';
    if (row.year !== null && dob !== null) {
      const age = completedYears(dob, dayFromCivil(row.year, 3, 31));
      if (age < 17 || age > 21) {
        findings.add(
          17,
          row,
          'oc3',
          `the young person is ${age} at 31/03/${row.year}; OC3 is for those aged 17 to 21. Remove the row or check DOB.`,
          'DOB',
        );
      } else if (age <= 18) {
        const birthday = addYears(dob, age);
        const child = index.byId.get(id);
        if (child && currentEpisode(child, birthday)) {
          findings.add(
            17,
            row,
            'oc3',
            `the young person was still looked after on their ${age}th birthday, so has no OC3 record for it (DfE leaves such records out).`,
            'CHILD',
          );
        }
      }
    }
    if (inTouch !== '' && !IN_TOUCH_CODES.has(inTouch)) {
      findings.add(
        17,
        row,
        'oc3',
        `IN_TOUCH '${inTouch}' is not a code (YES, NO, DIED, REFU, NREQ, RHOM).`,
        'IN_TOUCH',
      );
    }
    if (
      (inTouch === 'DIED' || inTouch === 'RHOM') &&
      ((activity !== '' && activity !== '0') || (accommodation !== '' && accommodation !== '0'))
    ) {
      findings.add(
        17,
        row,
        'oc3',
        `IN_TOUCH ${inTouch} but an activity or accommodation is given; give 0 for both.`,
        'ACTIV',
      );
    }
    if (accommodation !== '' && accommodation !== '0') {
      const letter = accommodation.slice(0, 1);
      const digit = accommodation.slice(1);
      if (!ACCOM_LETTERS.has(letter) || (digit !== '1' && digit !== '2')) {
        findings.add(
          17,
          row,
          'oc3',
          `ACCOM '${accommodation}' is not a code: a letter for the type and 1 (suitable) or 2 (unsuitable).`,
          'ACCOM',
        );
      }
    }
  }
}

/** Rule 18: an adoption (REC E11 or E12) and an AD1 record go together. */
export function checkAdoptions(ret: Return903, index: CareIndex, findings: Findings): void {
  if (!ret.tables.ad1) return;
  const withAd1 = new Set(rowsOf(ret, 'ad1').map((row) => row.cells.CHILD ?? ''));
  const adopted = new Set<string>();
  for (const child of index.children) {
    for (const episode of child.episodes) {
      const rec = episode.source.cells.REC ?? '';
      if (rec !== 'E11' && rec !== 'E12') continue;
      adopted.add(child.id);
      if (!withAd1.has(child.id)) {
        findings.add(
          18,
          episode.source,
          'episodes',
          'the child was adopted (REC E11 or E12) but has no AD1 record. Add the AD1 row.',
          'REC',
        );
      }
    }
  }
  for (const row of rowsOf(ret, 'ad1')) {
    if (!adopted.has(row.cells.CHILD ?? '')) {
      findings.add(
        18,
        row,
        'ad1',
        'the child has an AD1 record but no episode ending in adoption (REC E11 or E12).',
        'CHILD',
      );
    }
  }
}

/** Rule 19 on the Missing table, each child's periods in order. */
export function checkMissing(ret: Return903, index: CareIndex, findings: Findings): void {
  const byChild = new Map<string, { row: Row903; start: Day; end: Day | null }[]>();
  for (const row of rowsOf(ret, 'missing')) {
    const kind = row.cells.MISSING ?? '';
    const start = parseUkDate(row.cells.MIS_START ?? '');
    const end = parseUkDate(row.cells.MIS_END ?? '');
    if (kind !== 'M' && kind !== 'A') {
      findings.add(
        19,
        row,
        'missing',
        `MISSING '${kind}' is not M (missing) or A (away); the row is not used.`,
        'MISSING',
      );
      continue;
    }
    if (start === null) continue; // rule 4
    if (end !== null && end < start) {
      findings.add(
        19,
        row,
        'missing',
        'MIS_END is before MIS_START; the row is not used. Correct either date.',
        'MIS_END',
      );
      continue;
    }
    const child = index.byId.get(row.cells.CHILD ?? '');
    if (
      child &&
      !child.episodes.some((episode) => !episode.shortBreak && (inForce(episode, start) || episode.dec === start))
    ) {
      findings.add(
        19,
        row,
        'missing',
        'the child was not looked after when this missing period started. Check MIS_START or the episodes.',
        'MIS_START',
      );
    }
    const list = byChild.get(row.cells.CHILD ?? '') ?? [];
    list.push({ row, start, end });
    byChild.set(row.cells.CHILD ?? '', list);
  }
  for (const list of byChild.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let position = 1; position < list.length; position += 1) {
      const previous = list[position - 1];
      const current = list[position];
      if (previous && current && (previous.end === null || previous.end > current.start)) {
        findings.add(
          19,
          current.row,
          'missing',
          'this missing period starts before the previous one of the child ended. Correct the dates.',
          'MIS_START',
        );
      }
    }
  }
}

/** Rule 20, only when a SWEpisodes table is given (from 2023/24). */
export function checkSocialWorkers(ret: Return903, index: CareIndex, findings: Findings): void {
  const table = ret.tables.sw_episodes;
  if (!table) return;
  const byChild = new Map<string, { start: Day; end: Day | null }[]>();
  for (const row of table.rows) {
    const start = parseUkDate(row.cells.SW_DECOM ?? '');
    if ((row.cells.SW_ID ?? '') === '' || start === null) {
      findings.add(
        20,
        row,
        'sw_episodes',
        'the social worker episode needs SW_ID and SW_DECOM.',
        (row.cells.SW_ID ?? '') === '' ? 'SW_ID' : 'SW_DECOM',
      );
      continue;
    }
    const list = byChild.get(row.cells.CHILD ?? '') ?? [];
    list.push({ start, end: parseUkDate(row.cells.SW_DEC ?? '') });
    byChild.set(row.cells.CHILD ?? '', list);
  }
  const latest = latestEpisodeDay(rowsOf(ret, 'episodes'));
  if (latest === null) return;
  // The latest 31 March the episodes reach, from 2024 (when social worker episodes began).
  const year = collectionYearOf(latest) - (latest < dayFromCivil(collectionYearOf(latest), 3, 31) ? 1 : 0);
  if (year < 2024) return;
  const yearEnd = dayFromCivil(year, 3, 31);
  for (const child of index.children) {
    const episode = currentEpisode(child, yearEnd);
    if (!episode) continue;
    const spells = byChild.get(child.id) ?? [];
    if (!spells.some((spell) => spell.start <= yearEnd && (spell.end === null || spell.end >= yearEnd))) {
      findings.add(
        20,
        episode.source,
        'episodes',
        `the child was looked after at 31/03/${year} but has no social worker episode then. Add it to SWEpisodes.`,
        'CHILD',
      );
    }
  }
}

/** Rule 13's "born after the year end": a Header date of birth after the last year end the episodes reach. */
export function checkBirthDates(ret: Return903, findings: Findings): void {
  const latest = latestEpisodeDay(rowsOf(ret, 'episodes'));
  if (latest === null) return;
  const yearEnd = dayFromCivil(collectionYearOf(latest), 3, 31);
  for (const row of rowsOf(ret, 'header')) {
    const dob = parseUkDate(row.cells.DOB ?? '');
    if (dob !== null && dob > yearEnd) {
      findings.add(
        13,
        row,
        'header',
        `the date of birth is after 31/03/${collectionYearOf(latest)}, the end of the return's latest year.`,
        'DOB',
      );
    }
  }
}
