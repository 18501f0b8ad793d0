import { quoted } from '../../text/quote';
import { ENGLAND_CODE, statNeighbourCode } from '../../areas/area';
import type { Status } from '../../observations/status';
import { parsePeriod, type Period } from '../../periods/period';
import type { ObservationContext } from '../observations-file';
import type { Problem, SourceTable } from '../result';

/*
 * The scorecard layout's heading row: after the Measure column, one column per period
 * (`2019/20`, `2020/21 [Provisional]`, `Q2 2021/22`) and one per comparator (`England`, the LA's
 * region by name, `Stat Neighbour`), each read here into what its cells are figures of.
 */

/** Who the file's figures are for (the file does not say: the person uploading it does), and the catalogue and areas. */
export type ScorecardContext = ObservationContext & {
  areaCode: string;
  regionCode: string;
  /** The period the officer gave for comparator columns whose figures say none (comparator-period.ts). */
  comparatorPeriod?: Period | null;
};

/** A status that may go with a figure, which a period heading can give every figure in its column. */
type HeadingStatus = Extract<Status, 'final' | 'provisional' | 'revised' | 'estimate'>;

const HEADING_STATUSES: ReadonlyMap<string, HeadingStatus> = new Map([
  ['final', 'final'],
  ['provisional', 'provisional'],
  ['revised', 'revised'],
  ['estimate', 'estimate'],
]);

export type PeriodHeading =
  | { ok: true; period: Period; status: HeadingStatus }
  | { ok: false; rule: 'invalid_period' | 'invalid_status'; reason: string };

const BRACKETED_HINT = /^(.*?)\s*[[(]([^\])]*)[\])]$/;

/**
 * Reads a column heading as a period, with an optional status for the whole column:
 * `2020/21 [Provisional]`. Null when the heading is not trying to be a period (it has no digits),
 * so the caller can read it as a comparator or leave it aside.
 */
export function readPeriodHeading(heading: string): PeriodHeading | null {
  // Excel keeps a line break typed in a heading cell ("Q1⏎2021/22"); it is only a space.
  const text = heading.replace(/\s+/g, ' ').trim();
  const hinted = BRACKETED_HINT.exec(text);
  const written = hinted ? (hinted[1] ?? '') : text;
  if (!/\d/.test(written)) return null;
  const parsed = parsePeriod(written);
  if (!parsed.ok) return { ok: false, rule: 'invalid_period', reason: parsed.reason };
  if (!hinted) return { ok: true, period: parsed.period, status: 'final' };
  const hint = (hinted[2] ?? '').trim();
  const status = HEADING_STATUSES.get(hint.toLowerCase());
  if (!status) {
    return {
      ok: false,
      rule: 'invalid_status',
      reason: `${quoted(hint)} is not a status a period column can have: write ${written} [Provisional], [Revised] or [Estimate], or the period alone for final figures`,
    };
  }
  return { ok: true, period: parsed.period, status };
}

/**
 * Lower case, `&` as "and", thousands separators and apostrophes dropped, other punctuation as
 * spaces: "Strengths & Difficulties" matches "strengths and difficulties", "10,000" matches "10000".
 */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const STAT_NEIGHBOUR_HEADINGS = new Set([
  'sn',
  'stat neighbour',
  'stat neighbours',
  'statistical neighbour',
  'statistical neighbours',
  'stat neighbour average',
  'statistical neighbour average',
]);
const ENGLAND_HEADINGS = new Set(['england', 'england average']);
const OWN_REGION_HEADINGS = new Set(['region', 'regional', 'region average']);

type ComparatorHeading =
  { ok: true; areaCode: string; period: Period | null } | { ok: false; rule: Problem['rule']; reason: string };

/**
 * Reads a heading as a comparator: England, the LA's region (by name) or its statistical
 * neighbours. A period in brackets, `England (2019/20)`, is the period of every figure in the column.
 */
function readComparatorHeading(heading: string, context: ScorecardContext): ComparatorHeading | null {
  const hinted = BRACKETED_HINT.exec(heading.replace(/\s+/g, ' ').trim());
  const words = plainWords(hinted ? (hinted[1] ?? '') : heading);
  let areaCode: string | undefined;
  if (ENGLAND_HEADINGS.has(words)) areaCode = ENGLAND_CODE;
  else if (STAT_NEIGHBOUR_HEADINGS.has(words)) areaCode = statNeighbourCode(context.areaCode);
  else if (OWN_REGION_HEADINGS.has(words)) areaCode = context.regionCode;
  const region = areaCode
    ? undefined
    : context.areas.areas.find(
        (area) => area.type === 'region' && plainWords(area.name) === words.replace(/ average$/, ''),
      );
  if (region?.code === context.regionCode) areaCode = region.code;
  if (areaCode) {
    if (!hinted) return { ok: true, areaCode, period: null };
    const period = parsePeriod(hinted[2] ?? '');
    if (!period.ok)
      return {
        ok: false,
        rule: 'invalid_period',
        reason: `${period.reason}. A period in a comparator's heading is the period of all its figures: England (2019/20)`,
      };
    return { ok: true, areaCode, period: period.period };
  }
  if (!region) return null;
  const localAuthority = context.areas.find(context.areaCode);
  const ownRegion = context.areas.find(context.regionCode);
  return {
    ok: false,
    rule: 'wrong_region',
    reason: `${region.name} is not the region of ${localAuthority ? `${localAuthority.name} (${localAuthority.code})` : context.areaCode}, which is in ${ownRegion?.name ?? 'another region'}. Give the figures of the LA's own region under its name, or check the local authority chosen for this file`,
  };
}

export type Column =
  | { kind: 'period'; heading: string; period: Period; status: HeadingStatus }
  | { kind: 'comparator'; heading: string; areaCode: string; period: Period | null };

export function readColumns(table: SourceTable, context: ScorecardContext, problems: Problem[]): Column[] {
  const columns: Column[] = [];
  const seenPeriods = new Map<string, string>();
  const atHeading = (severity: Problem['severity'], rule: Problem['rule'], heading: string, message: string) =>
    problems.push({ severity, rule, row: 1, column: heading, message: `Row 1, column ${heading}: ${message}` });
  table.header.forEach((heading, index) => {
    if (index === 0 || heading.trim() === '') return;
    const asPeriod = readPeriodHeading(heading);
    if (asPeriod && !asPeriod.ok) {
      atHeading(
        'error',
        asPeriod.rule,
        heading,
        `${asPeriod.reason}. Write each period column's heading as a period: 2020/21, 2020/21 [Provisional] or Q2 2021/22.`,
      );
      return;
    }
    if (asPeriod) {
      const earlier = seenPeriods.get(asPeriod.period.label);
      if (earlier !== undefined) {
        atHeading(
          'error',
          'duplicate_period',
          heading,
          `this is the same period as the column ${quoted(earlier)} (${asPeriod.period.label}). Keep one column per period.`,
        );
        return;
      }
      seenPeriods.set(asPeriod.period.label, heading);
      columns.push({ kind: 'period', heading, period: asPeriod.period, status: asPeriod.status });
      return;
    }
    const asComparator = readComparatorHeading(heading, context);
    if (asComparator && !asComparator.ok) {
      atHeading('error', asComparator.rule, heading, `${asComparator.reason}.`);
      return;
    }
    if (asComparator) {
      columns.push({ kind: 'comparator', heading, areaCode: asComparator.areaCode, period: asComparator.period });
      return;
    }
    atHeading(
      'warning',
      'ignored_column',
      heading,
      `${quoted(heading)} is neither a period nor a comparator, so this column is not read. Period headings look like 2020/21, 2020/21 [Provisional] or Q2 2021/22; comparator headings are England, the region's name (such as North East) and Stat Neighbour.`,
    );
  });
  return columns;
}
