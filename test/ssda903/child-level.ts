/**
 * Test-only: what in a generated return is about one child (identifiers, dates of birth, home and
 * placement postcodes), and a search of any text (a stored database, a download, a message) for
 * them, for the tests that check nothing child-level leaves the engine.
 */
import { readCsvText } from '../../src/adapters/csv';

export interface ChildLevel {
  ids: ReadonlySet<string>;
  dates: ReadonlySet<string>;
  postcodes: ReadonlySet<string>;
}

const ID_COLUMNS = ['CHILD', 'UPN'];
const DATE_COLUMNS = ['DOB', 'MC_DOB'];
const POSTCODE_COLUMNS = ['HOME_POST', 'PL_POST'];

/**
 * The day of a month's first or last day is left out of the dates: figures' notes name them as the
 * bounds of their windows (01/10/2020 to 30/09/2021), so a child born on one cannot be told apart.
 */
function isMonthBound(date: string): boolean {
  const [day = '', month = '', year = ''] = date.split('/');
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(day) === 1 || Number(day) === last;
}

export function childLevelOf(files: readonly { name: string; text: string }[]): ChildLevel {
  const ids = new Set<string>();
  const dates = new Set<string>();
  const postcodes = new Set<string>();
  for (const file of files) {
    for (const { cells } of readCsvText(file.name, file.text).value.records) {
      for (const column of ID_COLUMNS) if (cells[column]) ids.add(cells[column]);
      for (const column of DATE_COLUMNS) if (cells[column] && !isMonthBound(cells[column])) dates.add(cells[column]);
      for (const column of POSTCODE_COLUMNS) if (cells[column]) postcodes.add(cells[column].toUpperCase());
    }
  }
  return { ids, dates, postcodes };
}

/** Every child-level value found in the text, each said with what it is; empty when there is none. */
export function childLevelIn(text: string, values: ChildLevel): string[] {
  const found = new Set<string>();
  for (const token of text.match(/[A-Za-z0-9]+/g) ?? []) if (values.ids.has(token)) found.add(`id ${token}`);
  for (const date of text.match(/\d{2}\/\d{2}\/\d{4}/g) ?? []) if (values.dates.has(date)) found.add(`date ${date}`);
  for (const [, year, month, day] of text.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) {
    const date = `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
    if (values.dates.has(date)) found.add(`date ${date}`);
  }
  for (const postcode of text.toUpperCase().match(/[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}/g) ?? [])
    if (values.postcodes.has(postcode)) found.add(`postcode ${postcode}`);
  return [...found];
}
