import { collectionYearOf, parseUkDate, type Day } from './days';

interface DatedCells {
  cells: Readonly<Record<string, string>>;
}

/** The latest episode start or end in the rows, or null when no date can be read. */
export function latestEpisodeDay(rows: readonly DatedCells[]): Day | null {
  let latest: Day | null = null;
  for (const { cells } of rows) {
    for (const column of ['DECOM', 'DEC']) {
      const day = parseUkDate(cells[column] ?? '');
      if (day !== null && (latest === null || day > latest)) latest = day;
    }
  }
  return latest;
}

/**
 * The collection year (closing year) of the latest episode date: a year's return ends on or before
 * 31 March, so this is the year the return is for; a current extract gives the year in progress.
 */
export function collectionYearOfLatestEpisode(rows: readonly DatedCells[]): number | null {
  const latest = latestEpisodeDay(rows);
  return latest === null ? null : collectionYearOf(latest);
}
