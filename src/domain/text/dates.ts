/** Dates in words, as committee papers write them, and today's date. */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The month's name for its number, 1 for January; '' for a number that names no month. */
export function monthName(monthNumber: number): string {
  return MONTH_NAMES[monthNumber - 1] ?? '';
}

/** 1 for "january" or "January", null for a word that is no month's name. */
export function monthNumberOf(name: string): number | null {
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase() === name.trim().toLowerCase());
  return index === -1 ? null : index + 1;
}

/** 2021-09-30 → "September 2021". */
export function monthYearInWords(isoDate: string): string {
  const [year = '', month = ''] = isoDate.split('-');
  return `${monthName(Number(month))} ${year}`;
}

/** 2019-09-09 → "9 September 2019", the way inspection reports and letters write dates. */
export function dateInWords(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return `${Number(day)} ${monthName(Number(month))} ${year}`;
}

/**
 * Today on the officer's computer as an ISO date: its own time zone, not UTC, so a file checked at
 * 00:30 in June is checked "today" and a file saved then is named for today.
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

const SHORT_MONTHS = MONTH_NAMES.map((month) => month.slice(0, 3).toLowerCase());

/**
 * Dates in a text written out as committee papers and letters write them: "as at 27-Sep-21" →
 * "as at 27 September 2021", "2021-09-30" → "30 September 2021". Anything that is not a real date is
 * left as it is.
 */
export function datesInWords(text: string): string {
  return text
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (found, year: string, month: string, day: string) =>
      monthName(Number(month)) && Number(day) >= 1 && Number(day) <= 31
        ? dateInWords(`${year}-${month}-${day}`)
        : found,
    )
    .replace(/\b(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})\b/g, (found, day: string, month: string, year: string) => {
      const index = SHORT_MONTHS.indexOf(month.toLowerCase());
      if (index === -1 || Number(day) < 1 || Number(day) > 31) return found;
      return `${Number(day)} ${MONTH_NAMES[index] ?? ''} ${year.length === 2 ? `20${year}` : year}`;
    });
}
