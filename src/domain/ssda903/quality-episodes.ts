import { collectionYearOf, parseUkDate, type Day } from './days';
import { type CareIndex, type Child, type Episode } from './episodes';
import type { Return903 } from './read-tables';
import { TABLE_SPECS, type TableName } from './tables';
import { type Findings, rowsOf, yearEndOf } from './quality-findings';
import { CODE_SETS, REQUIRED_CODES, codeOutOfYear, POSTCODE, NO_PROVIDER_PLACES, PR3_NOT_WITH } from './quality-codes';

export function checkTablesAgainstHeader(
  ret: Return903,
  findings: Findings,
  headerIds: ReadonlySet<string>,
  headerDob: ReadonlyMap<string, Day>,
  headerSex: ReadonlyMap<string, string>,
): void {
  const hasHeader = ret.tables.header !== undefined;
  for (const spec of TABLE_SPECS) {
    const rows = rowsOf(ret, spec.name);
    // Rule 3: one record per child (per year for OC2 and OC3) in the tables that have one.
    if (['header', 'oc2', 'oc3', 'ad1', 'uasc', 'previous_permanence'].includes(spec.name)) {
      const seen = new Set<string>();
      for (const row of rows) {
        const key = `${row.cells.CHILD ?? ''}|${row.file}|${spec.yearly ? (row.year ?? '') : ''}`;
        if (seen.has(key)) {
          findings.add(
            3,
            row,
            spec.name,
            `the child is already in an earlier row of this table. Keep one row per child and remove the other.`,
            'CHILD',
          );
        }
        seen.add(key);
      }
    }
    if (spec.name === 'header' || !hasHeader) continue;
    for (const row of rows) {
      const child = row.cells.CHILD ?? '';
      if (child === '') continue;
      // Rule 1.
      if (!headerIds.has(child)) {
        findings.add(
          1,
          row,
          spec.name,
          'this child has no row in the Header table. Add the child to Header, or check the CHILD identifier.',
          'CHILD',
        );
        continue;
      }
      // Rule 2.
      if (spec.columns.includes('DOB')) {
        const dob = parseUkDate(row.cells.DOB ?? '');
        const header = headerDob.get(child);
        if (dob !== null && header !== undefined && dob !== header) {
          findings.add(
            2,
            row,
            spec.name,
            'the date of birth differs from the Header table. Correct whichever is wrong so both agree.',
            'DOB',
          );
        }
      }
      if (spec.name === 'uasc' && (row.cells.SEX ?? '') !== (headerSex.get(child) ?? '')) {
        findings.add(2, row, spec.name, 'SEX differs from the Header table. Correct whichever is wrong.', 'SEX');
      }
    }
  }
}

/** Rule 4: every date column holds a real dd/mm/yyyy date; required ones are not blank. */
export function checkDates(ret: Return903, findings: Findings): void {
  const required: Partial<Record<TableName, readonly string[]>> = {
    header: ['DOB'],
    episodes: ['DECOM'],
    uasc: ['DOB'],
    reviews: ['DOB', 'REVIEW'],
    ad1: ['DOB', 'DATE_INT', 'DATE_MATCH'],
    placed_for_adoption: ['DOB', 'DATE_PLACED'],
    oc2: ['DOB'],
    oc3: ['DOB'],
    missing: ['DOB', 'MIS_START'],
    sw_episodes: ['SW_DECOM'],
  };
  for (const spec of TABLE_SPECS) {
    const must = new Set(required[spec.name] ?? []);
    for (const row of rowsOf(ret, spec.name)) {
      const bad: string[] = [];
      for (const column of spec.dates) {
        const text = row.cells[column] ?? '';
        if (text === '' ? must.has(column) : parseUkDate(text) === null) bad.push(column);
      }
      if (bad.length > 0) {
        findings.add(
          4,
          row,
          spec.name,
          `${bad.join(' and ')} ${bad.length === 1 ? 'is' : 'are'} missing or not a real date. Write dates as dd/mm/yyyy (for example 31/03/2022).`,
          bad[0],
        );
      }
    }
  }
}

/** Rules 5 (under 24 hours), 8, 11, 12, 15 on each episode row as given. */
export function checkEpisodeRows(ret: Return903, findings: Findings): void {
  for (const row of rowsOf(ret, 'episodes')) {
    const cells = row.cells;
    const decom = parseUkDate(cells.DECOM ?? '');
    const dec = parseUkDate(cells.DEC ?? '');
    if (decom !== null && dec !== null && dec === decom) {
      findings.add(
        5,
        row,
        'episodes',
        'the episode ends on the day it starts; an episode lasts at least 24 hours. Check DEC.',
        'DEC',
      );
    }
    if (((cells.DEC ?? '') === '') !== ((cells.REC ?? '') === '')) {
      findings.add(
        8,
        row,
        'episodes',
        (cells.DEC ?? '') === ''
          ? 'REC is given but DEC is blank. Give the date the episode ended, or remove the reason.'
          : 'DEC is given but REC is blank. Give the reason the episode ended (X1 if a new episode followed).',
        (cells.DEC ?? '') === '' ? 'DEC' : 'REC',
      );
    }
    // Rule 11.
    const bad: string[] = [];
    const year = decom === null ? null : collectionYearOf(decom);
    for (const [column, codes] of CODE_SETS) {
      const code = cells[column] ?? '';
      if (code === '') {
        if (REQUIRED_CODES.has(column)) bad.push(`${column} is blank`);
        continue;
      }
      if (!codes.has(code)) bad.push(`${column} '${code}' is not a 903 code`);
      else if (year !== null) {
        const outOfYear = codeOutOfYear(column, code, column === 'REC' && dec !== null ? collectionYearOf(dec) : year);
        if (outOfYear) bad.push(`${column} ${outOfYear}`);
      }
    }
    if (bad.length > 0) {
      findings.add(
        11,
        row,
        'episodes',
        `${bad.join('; ')}. Use the codes of DfE's 903 guide for the year.`,
        bad[0]?.split(' ')[0],
      );
    }
    // Rule 12.
    const place = cells.PLACE ?? '';
    const provider = cells.PLACE_PROVIDER ?? '';
    const providerProblem =
      NO_PROVIDER_PLACES.has(place) && provider !== ''
        ? `a temporary or other placement (${place}) has no provider; leave PLACE_PROVIDER blank`
        : !NO_PROVIDER_PLACES.has(place) && place !== '' && provider === ''
          ? `a ${place} placement needs a provider (PR0 to PR5)`
          : provider === 'PR0' && place !== 'P1'
            ? 'PR0 (parents) is only for placements with parents (P1)'
            : (provider === 'PR1' || provider === 'PR2') && ['P1', 'R2', 'R5'].includes(place)
              ? `${provider} is not a provider of ${place} placements`
              : provider === 'PR3' && PR3_NOT_WITH.has(place)
                ? `PR3 (other public provision) is not a provider of ${place} placements`
                : (provider === 'PR4' || provider === 'PR5') && place === 'P1'
                  ? `${provider} is not a provider of placements with parents (P1)`
                  : null;
    if (providerProblem) {
      findings.add(12, row, 'episodes', `${providerProblem}. Correct PLACE or PLACE_PROVIDER.`, 'PLACE_PROVIDER');
    }
    // Rule 15.
    const shortBreak = cells.LS === 'V3' || cells.LS === 'V4';
    const postcodeProblems: string[] = [];
    for (const column of ['HOME_POST', 'PL_POST']) {
      const text = (cells[column] ?? '').toUpperCase();
      if (text === '') {
        if (!(shortBreak && column === 'HOME_POST')) postcodeProblems.push(`${column} is blank`);
      } else if (!POSTCODE.test(text.replace(/\s+/g, ' '))) postcodeProblems.push(`${column} is not a postcode`);
    }
    const home = (cells.HOME_POST ?? '').replace(/\s+/g, '').toUpperCase();
    const placed = (cells.PL_POST ?? '').replace(/\s+/g, '').toUpperCase();
    if (home !== '' && home === placed && place !== 'P1') {
      postcodeProblems.push('the home and placement postcodes are the same for a placement away from parents');
    }
    if (postcodeProblems.length > 0) {
      findings.add(
        15,
        row,
        'episodes',
        `${postcodeProblems.join('; ')}. Give full postcodes; distance from home cannot be worked out without them.`,
        postcodeProblems[0]?.split(' ')[0],
      );
    }
  }
}

export function checkDroppedEpisodes(index: CareIndex, findings: Findings): void {
  for (const { reason, source } of index.dropped) {
    if (reason === 'no_child') {
      findings.add(
        4,
        source,
        'episodes',
        'CHILD is blank, so the episode cannot be used. Give the child identifier.',
        'CHILD',
      );
    } else if (reason === 'dec_before_decom') {
      findings.add(5, source, 'episodes', 'DEC is before DECOM; the episode is not used. Correct either date.', 'DEC');
    } else if (reason === 'repeated_decom') {
      findings.add(
        21,
        source,
        'episodes',
        'another episode of this child starts on the same day; only the first is used. Remove the repeat or correct DECOM.',
        'DECOM',
      );
    }
    // Invalid dates are already rule 4 (checkDates).
  }
}

/** Rules 6, 7, 9, 10, 13, 14 on each child's episodes in order. */
export function checkEpisodeSequences(
  index: CareIndex,
  findings: Findings,
  headerDob: ReadonlyMap<string, Day>,
  spanStart: Day | null,
): void {
  for (const child of index.children) {
    const episodes = child.episodes;
    const given = (episode: Episode) => parseUkDate(episode.source.cells.DEC ?? '');
    const givenRec = (episode: Episode) => episode.source.cells.REC ?? '';
    episodes.forEach((episode, position) => {
      const next = episodes[position + 1];
      const dec = given(episode);
      const rec = givenRec(episode);
      if (next) {
        if (dec === null && (episode.source.cells.DEC ?? '') === '') {
          findings.add(
            7,
            episode.source,
            'episodes',
            'the episode has no end date but a later episode starts. Give DEC (and REC).',
            'DEC',
          );
        } else if (dec !== null && dec > next.decom) {
          findings.add(
            6,
            episode.source,
            'episodes',
            'the episode ends after the next episode of the child starts. Correct DEC or the next DECOM.',
            'DEC',
          );
        }
        if (dec !== null && rec === 'X1' && next.decom !== dec) {
          findings.add(
            9,
            episode.source,
            'episodes',
            'REC X1 says a new episode starts the same day, but the next one starts on another day.',
            'REC',
          );
        }
        if (dec !== null && rec === 'X1' && next.decom === dec && next.rne === 'S') {
          findings.add(
            9,
            next.source,
            'episodes',
            'RNE S (a new start) on the day the previous episode ended with X1 (continuing care). Use the RNE for the change, or correct the previous REC.',
            'RNE',
          );
        }
        if (dec !== null && rec !== '' && rec !== 'X1' && next.rne !== 'S') {
          findings.add(
            9,
            next.source,
            'episodes',
            `the previous episode ended care (REC ${rec}) but this one is not a new start (RNE S).`,
            'RNE',
          );
        }
      } else if (dec !== null && rec === 'X1') {
        findings.add(
          9,
          episode.source,
          'episodes',
          'REC X1 says a new episode follows, but there is none. Add the next episode or correct REC.',
          'REC',
        );
      }
      // Rule 13: before birth; after its year's end.
      const dob = headerDob.get(child.id);
      if (position === 0 && dob !== undefined && episode.decom < dob) {
        findings.add(
          13,
          episode.source,
          'episodes',
          "the child's first episode starts before the date of birth in Header.",
          'DECOM',
        );
      }
      const yearEnd = yearEndOf(episode.source);
      if (yearEnd !== null && (episode.decom > yearEnd || (dec !== null && dec > yearEnd))) {
        findings.add(
          13,
          episode.source,
          'episodes',
          `the episode ${episode.decom > yearEnd ? 'starts' : 'ends'} after 31 March of the file's year. Check the dates or the file.`,
          episode.decom > yearEnd ? 'DECOM' : 'DEC',
        );
      }
    });
    // Rule 10: a child whose first episode starts inside the return must start with RNE S.
    const first = episodes[0];
    if (first && first.rne !== 'S' && spanStart !== null && first.decom >= spanStart) {
      findings.add(
        10,
        first.source,
        'episodes',
        "the child's first episode in the files is not a start (RNE S), though it begins within the return's years. Add the earlier episodes or correct RNE.",
        'RNE',
      );
    }
    checkShortBreaks(child, findings);
  }
}

/** Rule 14: V3 and V4 in one collection year; a V3 break over 17 days; V3 breaks over 75 days in a year. */
export function checkShortBreaks(child: Child, findings: Findings): void {
  const byYear = new Map<number, { v3: Episode[]; v4: Episode[]; days: number }>();
  for (const episode of child.episodes) {
    if (!episode.shortBreak || episode.dec === null) continue;
    const year = collectionYearOf(episode.decom);
    let entry = byYear.get(year);
    if (!entry) {
      entry = { v3: [], v4: [], days: 0 };
      byYear.set(year, entry);
    }
    if (episode.ls === 'V3') {
      entry.v3.push(episode);
      entry.days += episode.dec - episode.decom;
      if (episode.dec - episode.decom > 17) {
        findings.add(
          14,
          episode.source,
          'episodes',
          'a single short break (V3) lasts more than 17 days. Check the dates or the legal status.',
          'DEC',
        );
      }
    } else entry.v4.push(episode);
  }
  for (const entry of byYear.values()) {
    const firstV3 = entry.v3[0];
    const firstV4 = entry.v4[0];
    if (firstV3 && firstV4) {
      findings.add(
        14,
        firstV4.source,
        'episodes',
        'the child has both V3 and V4 short breaks in one year. Record the breaks one way only.',
        'LS',
      );
    }
    const lastV3 = entry.v3[entry.v3.length - 1];
    if (lastV3 && entry.days > 75) {
      findings.add(
        14,
        lastV3.source,
        'episodes',
        'short breaks (V3) add up to more than 75 days in the year. Check the dates or the legal status.',
        'LS',
      );
    }
  }
}
