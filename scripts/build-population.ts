#!/usr/bin/env node
// Build data/population-0-17.csv from the ONS mid-year population estimates of children aged 0 to 17
// that DfE publishes with its children's social care dashboard
// (../shared/dfe-open-data/ons_mid-year_population_estimates_2012_to_2024.csv; see data/PROVENANCE.md).
//
// Output: area_code,year,population — one row per area (England, the regions and the local
// authorities, by ONS code) and estimate year (mid-year, e.g. 2024 = mid-2024), sorted by code then
// year. Cells DfE marks `x` (an authority that did not exist in that form that year) are left out:
// a missing estimate is never written as zero.
//
// Reads the file with the app's CSV reader. Usage: node --import tsx scripts/build-population.ts
// (DFE_OPEN_DATA names another copy of ../shared/dfe-open-data, e.g. from a git worktree)

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCsvText } from '../src/adapters/csv';
import { cell } from '../src/domain/readers/table';

const repoRoot = resolve(import.meta.dirname, '..');
const openData = resolve(repoRoot, process.env.DFE_OPEN_DATA ?? '../shared/dfe-open-data');
const source = join(openData, 'ons_mid-year_population_estimates_2012_to_2024.csv');
const outFile = join(repoRoot, 'data', 'population-0-17.csv');

const read = readCsvText('ons_mid-year_population_estimates_2012_to_2024.csv', readFileSync(source, 'utf8'));
if (read.problems.some((problem) => problem.severity === 'error')) throw new Error(read.problems[0]?.message);
const records = read.value.records.map((record) => ({
  age_group: cell(record, 'age_group'),
  geographic_level: cell(record, 'geographic_level'),
  country_code: cell(record, 'country_code'),
  region_code: cell(record, 'region_code'),
  new_la_code: cell(record, 'new_la_code'),
  time_period: cell(record, 'time_period'),
  population_estimate: cell(record, 'population_estimate'),
}));
const rows = new Map<string, string>();
let suppressed = 0;
for (const record of records) {
  if (record.age_group !== 'Children aged 0 to 17 years') throw new Error(`unexpected age group ${record.age_group}`);
  const code =
    record.geographic_level === 'National'
      ? record.country_code
      : record.geographic_level === 'Regional'
        ? record.region_code
        : record.new_la_code;
  if (!/^E\d{8}$/.test(code)) throw new Error(`no area code in ${JSON.stringify(record)}`);
  if (!/^\d{4}$/.test(record.time_period)) throw new Error(`unexpected year ${record.time_period}`);
  if (record.population_estimate === 'x') {
    suppressed += 1;
    continue;
  }
  if (!/^\d+$/.test(record.population_estimate)) throw new Error(`unexpected estimate ${record.population_estimate}`);
  const key = `${code},${record.time_period}`;
  if (rows.has(key) && rows.get(key) !== record.population_estimate) throw new Error(`two estimates for ${key}`);
  rows.set(key, record.population_estimate);
}
const lines = [...rows.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([key, population]) => `${key},${population}`);
writeFileSync(outFile, ['area_code,year,population', ...lines].join('\n') + '\n');
process.stderr.write(`${outFile}: ${lines.length} estimates; ${suppressed} cells marked x left out\n`);
