import type { ParseResult, Problem, SourceTable } from '../readers/result';
import { cell, missingColumns } from '../readers/table';
import { collectionYearOf, type Day } from './days';
import { grouped } from '../text/figures';

/**
 * ONS mid-year estimates of children aged 0 to 17 by area (data/population-0-17.csv, built by
 * scripts/build-population.mjs): the denominator of every rate per 10,000.
 */
export interface PopulationTable {
  /** Area code → estimate year (mid-year) → children aged 0 to 17. */
  byArea: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

const COLUMNS = ['area_code', 'year', 'population'] as const;

export function readPopulation(table: SourceTable): ParseResult<PopulationTable> {
  const problems: Problem[] = missingColumns(table, COLUMNS);
  const byArea = new Map<string, Map<number, number>>();
  if (problems.length > 0) return { value: { byArea }, problems };
  for (const record of table.records) {
    const area = cell(record, 'area_code');
    const year = Number(cell(record, 'year'));
    const population = Number(cell(record, 'population'));
    if (area === '' || !Number.isInteger(year) || !Number.isFinite(population) || population <= 0) {
      problems.push({
        severity: 'error',
        rule: 'invalid_population',
        row: record.row,
        message: `${table.fileName} row ${record.row}: needs an area code, a year and a population above 0. Rebuild the file with node scripts/build-population.mjs.`,
      });
      continue;
    }
    let years = byArea.get(area);
    if (!years) {
      years = new Map();
      byArea.set(area, years);
    }
    years.set(year, population);
  }
  return { value: { byArea }, problems };
}

export interface PopulationUsed {
  population: number;
  /** The mid-year estimate used. */
  year: number;
  /** The estimate DfE's rule asks for, when a later one than any published was needed. */
  wanted: number;
}

/**
 * The population for rates at a date. DfE divides the year ending 31 March Y by the mid-(Y−1)
 * estimate (SPEC §3.4), so a date in the collection year ending Y uses mid-(Y−1); when that estimate
 * is not published yet, the latest earlier one is used and `wanted` says which was asked for.
 */
export function populationFor(table: PopulationTable, areaCode: string, day: Day): PopulationUsed | null {
  const years = table.byArea.get(areaCode);
  if (!years) return null;
  const wanted = collectionYearOf(day) - 1;
  const exact = years.get(wanted);
  if (exact !== undefined) return { population: exact, year: wanted, wanted };
  let best: number | null = null;
  for (const year of years.keys()) if (year < wanted && (best === null || year > best)) best = year;
  if (best === null) return null;
  return { population: years.get(best) ?? 0, year: best, wanted };
}

/** The sentence a rate's note carries about its population. */
export function populationText(used: PopulationUsed): string {
  const base = `Population: ONS mid-${used.year} estimate of children aged 0 to 17 (${grouped(used.population)}).`;
  return used.year === used.wanted
    ? base
    : `${base} The mid-${used.wanted} estimate DfE would use is not in the population table yet.`;
}
