import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../test/unit/tables';
import { day } from '../../../test/ssda903/builders';
import { populationFor, populationText, readPopulation } from './population';

/** ONS mid-year estimates as data/population-0-17.csv writes them, for England and County Durham. */
const bundled = readPopulation(
  csvTable('population-0-17.csv', [
    'area_code,year,population',
    'E92000001,2020,11787794',
    'E92000001,2024,12183016',
    'E06000047,2020,99500',
    'E06000047,2023,99969',
    'E06000047,2024,100432',
  ]),
);

describe('ONS population of children aged 0 to 17', () => {
  it('reads the table without problems', () => {
    expect(bundled.problems).toEqual([]);
  });

  it.each([
    // DfE's own rates use these (SPEC §3.4): 2025 England rate on mid-2024, 2021 on mid-2020.
    ['E92000001', '31/03/2025', 2024, 12_183_016],
    ['E92000001', '31/03/2021', 2020, 11_787_794],
    ['E06000047', '31/03/2025', 2024, 100_432],
    ['E06000047', '30/09/2024', 2024, 100_432],
    ['E06000047', '30/06/2023', 2023, 99_969],
  ])('for %s at %s uses the mid-%i estimate (%i)', (area, date, year, population) => {
    expect(populationFor(bundled.value, area, day(date))).toEqual({ population, year, wanted: year });
  });

  it('falls back to the latest estimate when the one DfE would use is not published, and says so', () => {
    const used = populationFor(bundled.value, 'E06000047', day('30/09/2025'));
    expect(used).toEqual({ population: 100_432, year: 2024, wanted: 2025 });
    expect(used && populationText(used)).toBe(
      'Population: ONS mid-2024 estimate of children aged 0 to 17 (100,432). The mid-2025 estimate DfE would use is not in the population table yet.',
    );
  });

  it('has no figure for an area it does not hold, nor for years before its first estimate', () => {
    expect(populationFor(bundled.value, 'E99999999', day('31/03/2022'))).toBeNull();
    expect(populationFor(bundled.value, 'E06000047', day('31/03/2010'))).toBeNull();
  });

  it('reports a row it cannot read', () => {
    const read = readPopulation(csvTable('population.csv', ['area_code,year,population', 'E06000047,2024,x']));
    expect(read.problems).toEqual([expect.objectContaining({ rule: 'invalid_population', row: 2 })]);
  });
});
