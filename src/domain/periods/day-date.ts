/**
 * One day on the calendar, read from the ways files write it. Ofsted's published sheets write
 * dd/mm/yyyy and nothing else, so they are read strictly; officers' own tables, typed into Word or
 * Excel, also write 21.07.15, 16.02.2016 or 21/07/2015, and a date cell of a workbook reaches us as
 * ISO (2015-07-21).
 */
export type DayDateForms = 'published' | 'typed';

/** The forms each kind of file may use, in words, for a message that says how to write the day. */
export const DAY_DATE_EXAMPLES: Readonly<Record<DayDateForms, string>> = {
  published: 'dd/mm/yyyy, e.g. 09/09/2019',
  typed: 'dd.mm.yy, dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd, e.g. 21.07.15, 21.07.2015 or 2015-07-21',
};

const PUBLISHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TYPED = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A two-digit year is read in this century: the councils' tables that write them (21.07.15) report
 * inspections by Ofsted, which has inspected children's homes only since 2007.
 */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** The day as ISO yyyy-mm-dd, or null when the text is no date of `forms` or names no real day (31.02.2016). */
export function parseDayDate(text: string, forms: DayDateForms): string | null {
  const written = text.trim();
  if (forms === 'published') {
    const match = PUBLISHED.exec(written);
    return match ? isoDay(Number(match[3]), Number(match[2]), Number(match[1])) : null;
  }
  const typed = TYPED.exec(written);
  if (typed) return isoDay(fullYear(typed[4] ?? ''), Number(typed[3]), Number(typed[1]));
  const iso = ISO.exec(written);
  return iso ? isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; a four-digit year of the file never is one.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_MONTH = /^(\d{1,2})[-\s]([a-z]{3})[a-z]*[-\s](\d{2}|\d{4})$/i;

/**
 * A snapshot date as committee papers head their tables: 04-Jun-19, 27 Sep 2021 (Excel's dd-mmm-yy),
 * or any typed form parseDayDate reads. Null when it is none.
 */
export function parseSnapshotDate(text: string): string | null {
  const named = NAMED_MONTH.exec(text.trim());
  if (named) {
    const month = MONTH_ABBREVIATIONS.indexOf((named[2] ?? '').toLowerCase()) + 1;
    return month === 0 ? null : isoDay(fullYear(named[3] ?? ''), month, Number(named[1]));
  }
  return parseDayDate(text, 'typed');
}
