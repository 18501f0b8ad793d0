import { quoted } from '../../text/quote';
import type { Area } from '../../areas/area';
import type { AreaDirectory } from '../../areas/area-directory';
import type { SourceRecord } from '../result';
import { closestMatches } from '../suggest';
import type { Columns } from './dfe-columns';

const LEVEL_NATIONAL = 'national';
const LEVEL_REGIONAL = 'regional';
const LEVEL_LOCAL_AUTHORITY = 'local authority';
/** The levels read, as DfE writes them. */
const READ_LEVELS = ['National', 'Regional', 'Local authority'];

/** ONS E13 codes are Inner and Outer London, which DfE files publish as "Regional" rows. */
const SUB_REGION = /^E13\d{6}$/;

/**
 * The area a row gives figures for; a level the scorecard does not show, to skip and count; or an
 * area not in areas.csv, with a key so the same one on many rows is reported once.
 */
export type DfeAreaLookup =
  | { kind: 'area'; area: Area }
  /** One figure DfE publishes for several councils together (a children's trust's joint return). */
  | { kind: 'joint'; areas: readonly Area[]; name: string }
  | {
      kind: 'skip';
      level: string;
      /** A level the scorecard reads that this one is probably a misspelling of. */ nearLevel?: string;
    }
  | { kind: 'unknown'; key: string; column: string; what: string };

/**
 * National rows are England (country_code), Regional rows their region (region_code) and Local
 * authority rows their LA (new_la_code, current or former, or old_la_code when the E-code is neither,
 * through AreaDirectory.findLocalAuthority). `keyOf` normalises the level as the file's other values are.
 */
export function dfeAreaOf(
  record: SourceRecord,
  columns: Columns,
  areas: AreaDirectory,
  keyOf: (text: string) => string,
): DfeAreaLookup {
  const level = columns.text(record, 'geographic_level');
  switch (keyOf(level)) {
    case LEVEL_NATIONAL: {
      const code = columns.text(record, 'country_code');
      const area = areas.find(code);
      return area?.type === 'country'
        ? { kind: 'area', area }
        : {
            kind: 'unknown',
            key: `country|${code}`,
            column: 'country_code',
            what: `${quoted(code)} (${columns.text(record, 'country_name')}) is not England`,
          };
    }
    case LEVEL_REGIONAL: {
      const code = columns.text(record, 'region_code');
      if (SUB_REGION.test(code))
        return { kind: 'skip', level: `Regional: ${columns.text(record, 'region_name') || code} (a sub-region)` };
      const area = areas.find(code);
      return area?.type === 'region'
        ? { kind: 'area', area }
        : {
            kind: 'unknown',
            key: `region|${code}`,
            column: 'region_code',
            what: `${quoted(code)} (${columns.text(record, 'region_name')}) is not one of the nine English regions in areas.csv`,
          };
    }
    case LEVEL_LOCAL_AUTHORITY: {
      const code = columns.text(record, 'new_la_code');
      const oldCode = columns.text(record, 'old_la_code');
      // The code as DfE wrote it, current or before ONS replaced it (Barnsley's rows before 2025
      // say E08000016); else the LA number, which DfE keeps only while the council's area is
      // unchanged, so it finds the same council.
      const match = areas.findLocalAuthority(code) ?? areas.findLocalAuthority(oldCode);
      if (match) return { kind: 'area', area: match.area };
      const members = areas.jointReturnMembers(code);
      if (members.length > 1) return { kind: 'joint', areas: members, name: columns.text(record, 'la_name') };
      return {
        kind: 'unknown',
        key: `la|${code}|${oldCode}`,
        column: 'new_la_code',
        what: `${quoted(code)} (${columns.text(record, 'la_name')}, old LA code ${oldCode || 'none'}) is not a current local authority in areas.csv, by its ONS code, a former code or its old LA code. It may have been abolished or reorganised, or several councils may have made one return`,
      };
    }
    default: {
      if (level === '') return { kind: 'skip', level: '(no geographic level)' };
      // "Local authorty" is skipped like "Ward", but said as a warning too: its rows were meant to be read.
      const [nearLevel] = closestMatches(keyOf(level), READ_LEVELS, 1);
      return nearLevel === undefined ? { kind: 'skip', level } : { kind: 'skip', level, nearLevel };
    }
  }
}
