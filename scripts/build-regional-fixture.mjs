#!/usr/bin/env node
// Builds test/fixtures/regional/cla_rate_all_las.csv, the upload the regional-comparison browser
// test uses: every 2020/21 rate of children looked after per 10,000 that DfE publishes for England,
// the nine regions and the local authorities, in the observations layout (docs/data-format.md).
//
// Read from the real DfE file ../shared/dfe-open-data/cla_number_and_rate_per_10k_children.csv
// (relative to the repo root): rows of population_type "Children looked after on 31 March each
// year" with time_period 2021 (31 March 2021, the 2020/21 year). Kept: the National row, the
// Regional rows whose code is a region in data/areas.csv (DfE also publishes Inner and Outer London
// as "Regional"), and the Local authority rows whose code is a current LA in data/areas.csv (LAs
// reorganised since 2021, such as Cumbria, have no current code and are left out, so the England
// ranking has councils without a figure, as real data does). Rows come out in the order of
// data/areas.csv, so the file is the same byte for byte on every run:
//
//   node scripts/build-regional-fixture.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvRecords } from './read-csv-rows.mjs';

const root = path.resolve(import.meta.dirname, '..');
const SOURCE = path.resolve(root, '../shared/dfe-open-data/cla_number_and_rate_per_10k_children.csv');
const OUTPUT = path.join(root, 'test/fixtures/regional/cla_rate_all_las.csv');
const POPULATION = 'Children looked after on 31 March each year';
const LEVEL_TYPE = { National: 'country', Regional: 'region', 'Local authority': 'local_authority' };

const areas = readCsvRecords(readFileSync(path.join(root, 'data/areas.csv'), 'utf8'));
const areaType = new Map(areas.map((area) => [area.code, area.type]));

const figures = new Map();
for (const row of readCsvRecords(readFileSync(SOURCE, 'utf8'))) {
  if (row.time_period !== '2021' || row.population_type !== POPULATION) continue;
  const type = LEVEL_TYPE[row.geographic_level];
  const code = type === 'country' ? row.country_code : type === 'region' ? row.region_code : row.new_la_code;
  if (!type || areaType.get(code) !== type) continue;
  if (figures.has(code)) throw new Error(`${code} appears twice in ${path.basename(SOURCE)} for 2021`);
  // DfE writes counts as whole numbers or a symbol (c, x, z); a symbol is no count at all.
  const numerator = /^\d+$/.test(row.children_count) ? row.children_count : '';
  figures.set(code, `cla_rate,${code},2020/21,${row.rate_per_10000},${numerator},,,`);
}

const lines = [
  'measure,area,period,value,numerator,denominator,status,note',
  ...areas.flatMap((area) => (figures.has(area.code) ? [figures.get(area.code)] : [])),
];
writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
const missing = areas
  .filter((area) => area.type === 'local_authority' && !figures.has(area.code))
  .map((area) => area.name);
console.log(
  `wrote ${path.relative(root, OUTPUT)}: ${lines.length - 1} figures; LAs without one: ${missing.join(', ') || 'none'}`,
);
