import { financialYear, parsePeriod, quartersOf, type Period } from '../../periods/period';
import { monthNumberOf } from '../../text/dates';

/**
 * What a DfE "Reporting year" means depends on the collection behind the file, so the measure map
 * says it for each measure (column reporting_year):
 * - `year_to_31_march`: the children's social care returns (children looked after SSDA903, children
 *   in need census, care leavers) count the year ending 31 March, so reporting year 2021 is the year
 *   1 April 2020 to 31 March 2021: financial year 2020/21.
 * - `at_30_september`: the children's social work workforce census counts social workers at
 *   30 September of the reporting year (leavers and starters in the year to that date), so reporting
 *   year 2024 is placed at 30 September 2024. Calling it 2023/24 or 2024/25 would move it half a
 *   year one way or the other on the timeline the comparisons use.
 */
export const REPORTING_YEARS = ['year_to_31_march', 'at_30_september'] as const;
export type ReportingYear = (typeof REPORTING_YEARS)[number];

/**
 * `note` is '' unless the period had to be fitted to one of ours (academic years), in which case it
 * says how, so the figure can carry it.
 */
export type DfePeriodResult =
  { ok: true; period: Period; note: string } | { ok: false; reason: string; column: DfePeriodColumn };

/** Which of the two columns is at fault: a year written wrong is time_period's, an unknown kind of period time_identifier's. */
export type DfePeriodColumn = 'time_period' | 'time_identifier';

const SUPPORTED =
  "'Reporting year' (2021), 'Financial year' (202324), 'Financial year Q1' to 'Q4', 'Academic year' (202324), " +
  "'Calendar year Q1' to 'Q4' (2024) or a month ('January' to 'December', 2024)";

function fail(reason: string, column: DfePeriodColumn = 'time_period'): DfePeriodResult {
  return { ok: false, reason, column };
}

function found(period: Period, note = ''): DfePeriodResult {
  return { ok: true, period, note };
}

/** A four-digit year such as 2021. */
function calendarYear(timePeriod: string): number | null {
  return /^\d{4}$/.test(timePeriod) ? Number(timePeriod) : null;
}

/**
 * EES writes a year that spans two calendar years as six digits, the first year and the last two
 * digits of the next: 202324. Anything else (202325, 2023/24) is refused rather than guessed.
 */
function spanningYear(timePeriod: string): number | null {
  const match = /^(\d{4})(\d{2})$/.exec(timePeriod);
  if (!match) return null;
  const first = Number(match[1]);
  return Number(match[2]) === (first + 1) % 100 ? first : null;
}

function yearLabel(first: number): string {
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** Months and dates go through parsePeriod, so they are built exactly as an observations file's are. */
function fromText(written: string, text: string): DfePeriodResult {
  const parsed = parsePeriod(text);
  return parsed.ok ? found(parsed.period) : fail(`${written}: ${parsed.reason}`);
}

/**
 * Maps an Explore Education Statistics time_period and time_identifier to one of our periods.
 *
 * - 'Reporting year' YYYY: by `reportingYear` (see REPORTING_YEARS); by default the year ending
 *   31 March YYYY, i.e. financial year (YYYY-1)/YY: 2021 → 2020/21.
 * - 'Financial year' 202324 → 2023/24; 'Financial year Q1'..'Q4' 202324 → 2023/24 Q1..Q4 (both run
 *   from April, as ours do).
 * - 'Academic year' 202324 (1 September 2023 to 31 August 2024) → financial year 2023/24, with a
 *   note saying so. Our timeline has no academic year; the financial year with the same label holds
 *   seven of its twelve months, and it is where LAIT and committee papers show academic-year
 *   figures (exclusions, attainment of children in care) beside the financial-year ones.
 * - 'Calendar year Q1'..'Q4' YYYY: the same three months as one of our quarters, so they map
 *   exactly: calendar 2024 Q1 (January to March 2024) → 2023/24 Q4, Q2 → 2024/25 Q1, and so on.
 * - A month ('January'..'December') YYYY → that month.
 * - 'Calendar year' is refused: January to December straddles two financial years, and placing it
 *   in either would misstate three months of it. Other identifiers (tax years, terms, weeks) are
 *   refused too, each with the reason.
 */
export function dfePeriod(
  timePeriod: string,
  timeIdentifier: string,
  reportingYear: ReportingYear = 'year_to_31_march',
): DfePeriodResult {
  const time = timePeriod.trim();
  const identifier = timeIdentifier.trim().replace(/\s+/g, ' ').toLowerCase();
  const written = `${time} '${timeIdentifier.trim()}'`;

  if (identifier === 'reporting year') {
    const year = calendarYear(time);
    if (year === null) return fail(`${written}: a reporting year is a four-digit year such as 2021`);
    if (reportingYear === 'at_30_september') return fromText(written, `${year}-09-30`);
    return found(financialYear(year - 1));
  }

  if (identifier === 'financial year' || identifier === 'academic year') {
    const first = spanningYear(time);
    if (first === null)
      return fail(
        `${written}: give the year as six digits, the first year and the next one's last two digits, such as 202324`,
      );
    const note =
      identifier === 'academic year'
        ? `Academic year ${yearLabel(first)} (September ${first} to August ${first + 1}), shown as financial year ${yearLabel(first)}.`
        : '';
    return found(financialYear(first), note);
  }

  const financialQuarter = /^financial year q([1-4])$/.exec(identifier);
  if (financialQuarter) {
    const first = spanningYear(time);
    if (first === null) return fail(`${written}: give the financial year as six digits, such as 202324`);
    const quarter = quartersOf(first)[Number(financialQuarter[1]) - 1];
    return quarter ? found(quarter) : fail(`${written}: not a quarter`, 'time_identifier');
  }

  const calendarQuarter = /^calendar year q([1-4])$/.exec(identifier);
  if (calendarQuarter) {
    const year = calendarYear(time);
    if (year === null) return fail(`${written}: a calendar year is a four-digit year such as 2024`);
    const number = Number(calendarQuarter[1]);
    // January to March is the last quarter of the financial year that began the April before.
    const quarter = number === 1 ? quartersOf(year - 1)[3] : quartersOf(year)[number - 2];
    return quarter ? found(quarter) : fail(`${written}: not a quarter`, 'time_identifier');
  }

  const month = monthNumberOf(identifier);
  if (month !== null) {
    const year = calendarYear(time);
    if (year === null) return fail(`${written}: a month's year is four digits, such as 2024`);
    return fromText(written, `${year}-${String(month).padStart(2, '0')}`);
  }

  if (identifier === 'calendar year') {
    return fail(
      `${written}: a calendar year (January to December) straddles two financial years, so it cannot be shown as one of the scorecard's periods. Use figures by financial year or by quarter`,
      'time_identifier',
    );
  }
  return fail(
    `${written}: '${timeIdentifier.trim()}' is not a time identifier the scorecard can place. It reads ${SUPPORTED}`,
    'time_identifier',
  );
}

/**
 * dfePeriod remembered for one file: a file repeats a few hundred periods over all its rows, so
 * each is read once, and found again by its cells as written in three lookups rather than by a key
 * made for every row.
 */
export function rememberedDfePeriod(): (
  timePeriod: string,
  timeIdentifier: string,
  reportingYear: ReportingYear,
) => DfePeriodResult {
  const known = new Map<string, Map<string, Map<ReportingYear, DfePeriodResult>>>();
  return (timePeriod, timeIdentifier, reportingYear) => {
    let byIdentifier = known.get(timePeriod);
    if (!byIdentifier) {
      byIdentifier = new Map();
      known.set(timePeriod, byIdentifier);
    }
    let byYear = byIdentifier.get(timeIdentifier);
    if (!byYear) {
      byYear = new Map();
      byIdentifier.set(timeIdentifier, byYear);
    }
    let period = byYear.get(reportingYear);
    if (!period) {
      period = dfePeriod(timePeriod, timeIdentifier, reportingYear);
      byYear.set(reportingYear, period);
    }
    return period;
  };
}
