#!/usr/bin/env node
// Extract small test fixtures from the real DfE open-data files in ../shared/dfe-open-data
// (relative to the repo root) into test/fixtures/dfe/, for the tests of src/domain/dfe-*.ts.
//
// From each data file the mapping (data/dfe-measure-map.csv) reads, it keeps the header and every
// row that is
//   - National;
//   - Regional for the North East (E12000001), or for Inner London (E13000001), which DfE files
//     publish as a "Regional" row although it is a sub-region (the importer skips and counts it);
//   - Local authority for the twelve North East LAs, Stockton-on-Tees' neighbours in the April 2021
//     model (read from data/stat-neighbours-2021.csv, so build that first), and five LAs kept for
//     their quirks: Bristol, City of (a quoted name with a comma), Barnsley under its pre-2025 code
//     E08000016 (joined through its old LA code), Cumbria (abolished in 2023: not a current LA),
//     the Isles of Scilly (percentages of no children, published as z) and the joint
//     Northamptonshire return "E06000061 / E06000062" of the workforce census.
//
// Lines are copied byte for byte (a leading byte-order mark, quoting and line endings as
// published), so the fixtures are the real format, only shorter. The ees-format-example data file
// is copied whole. Plain Node ESM, no dependencies. Usage: node scripts/extract-dfe-fixtures.mjs

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(repoRoot, process.env.DFE_OPEN_DATA ?? '../shared/dfe-open-data');
const outDir = join(repoRoot, 'test', 'fixtures', 'dfe');

const FILES = [
  'cla_number_and_rate_per_10k_children.csv',
  'la_cla_placement_stability.csv',
  'la_care_leavers_activity.csv',
  'la_care_leavers_accommodation_suitability.csv',
  'b1_children_in_need_2013_to_2024.csv',
  'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
  'd3_cpps_subsequent_plan_2013_to_2025.csv',
  'csww_indicators_2017_to_2025.csv',
  'la_cla_swcount.csv',
  'la_conviction_health_outcome_cla.csv',
  'la_cla_during_year_new_placements.csv',
  'd5_cpps_at31march_by_duration_2013_to_2025.csv',
  'la_cla_school_moves.csv',
  'absence_la.csv',
  'ks2_la.csv',
  'ks4_la.csv',
  'c3_factors_identified_at_end_of_assessment_2018_to_2025.csv',
  'national_cla_adopted_average_time_between_adoption_process_stages.csv',
];

const STOCKTON = 'E06000004';
const REGIONS = new Set(['E12000001', 'E13000001']);
const QUIRKS = ['E06000023', 'E08000016', 'E10000006', 'E06000053', 'E06000061 / E06000062'];

/** Cells of one CSV line (no line breaks inside quotes in these files). */
function splitLine(line) {
  const cells = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inQuotes) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') {
      cells.push(field);
      field = '';
    } else field += c;
  }
  cells.push(field);
  return cells;
}

const areasText = readFileSync(join(repoRoot, 'data', 'areas.csv'), 'utf8');
const northEast = areasText
  .split('\n')
  .map(splitLine)
  .filter((cells) => cells[2] === 'local_authority' && cells[3] === 'E12000001')
  .map((cells) => cells[0]);

const neighboursText = readFileSync(join(repoRoot, 'data', 'stat-neighbours-2021.csv'), 'utf8');
const [neighbourHeader, ...neighbourLines] = neighboursText.trimEnd().split('\n').map(splitLine);
const column = (name) => neighbourHeader.indexOf(name);
const stocktonNeighbours = neighbourLines
  .filter((cells) => cells[column('la_code')] === STOCKTON)
  .map((cells) => cells[column('neighbour_code')])
  .filter((code) => code !== '');
if (northEast.length !== 12 || stocktonNeighbours.length !== 10) {
  throw new Error(
    `expected 12 North East LAs and 10 neighbours of Stockton-on-Tees, found ${northEast.length} and ${stocktonNeighbours.length}: run scripts/build-stat-neighbours.ts first`,
  );
}
const localAuthorities = new Set([...northEast, ...stocktonNeighbours, ...QUIRKS]);

mkdirSync(outDir, { recursive: true });
for (const file of FILES) {
  const text = readFileSync(join(sharedDir, file), 'utf8');
  const lines = text.split('\n');
  const last = lines.pop();
  if (last !== '') throw new Error(`${file} does not end with a line break`);
  const [headerLine, ...rows] = lines;
  const header = splitLine(headerLine.replace(/^\uFEFF/, '')).map((name) => name.trim());
  const at = (name) => header.indexOf(name);
  const kept = rows.filter((line) => {
    const cells = splitLine(line);
    const level = cells[at('geographic_level')];
    if (level === 'National') return true;
    if (level === 'Regional') return REGIONS.has(cells[at('region_code')]);
    if (level === 'Local authority') return localAuthorities.has(cells[at('new_la_code')]);
    return false;
  });
  writeFileSync(join(outDir, file), `${[headerLine, ...kept].join('\n')}\n`);
  process.stderr.write(`${file}: ${kept.length} of ${rows.length} rows\n`);
}
// OHID's Fingertips downloads have no geographic_level: rows are kept by their Area Code (England's
// include its deprivation deciles, which no map line reads).
for (const file of ['la_hospital_admissions_2324.csv', 'region_hospital_admissions_2324.csv']) {
  const lines = readFileSync(join(sharedDir, file), 'utf8').split('\n');
  if (lines.pop() !== '') throw new Error(`${file} does not end with a line break`);
  const [headerLine, ...rows] = lines;
  const at = splitLine(headerLine.replace(/^\uFEFF/, '')).indexOf('Area Code');
  const kept = rows.filter((line) => {
    const code = splitLine(line)[at];
    return code === 'E92000001' || REGIONS.has(code) || localAuthorities.has(code);
  });
  writeFileSync(join(outDir, file), `${[headerLine, ...kept].join('\n')}\n`);
  process.stderr.write(`${file}: ${kept.length} of ${rows.length} rows\n`);
}
// MHCLG's revenue outturn sheets (la-spending/) open with title lines above their header: those
// lines and the header are kept, then the rows of the councils above (by ONS Code), the three
// councils whose returns were not received (Birmingham, Cumberland, Slough: [x] and note M), the
// first shire district and the first other authority (rows the reader skips by class), England, and
// the sheet's second table (totals by class of authority) with the hidden row under it, whole.
const OUTTURN_KEPT = new Set([...localAuthorities, 'E08000025', 'E06000063', 'E06000039', 'E92000001']);
for (const file of ['RO3_LA_Data_202425.csv', 'RSX_LA_Data_202425.csv']) {
  const lines = readFileSync(join(sharedDir, 'la-spending', file), 'utf8').split('\n');
  if (lines.pop() !== '') throw new Error(`${file} does not end with a line break`);
  const headers = lines.flatMap((line, index) => (line.replace(/^\uFEFF/, '').startsWith('E-code,') ? [index] : []));
  const [first, second] = headers;
  if (first === undefined || second === undefined) throw new Error(`${file}: expected the sheet's two tables`);
  const classes = new Set();
  const kept = lines.slice(first + 1, second).filter((line) => {
    const cells = splitLine(line);
    if (OUTTURN_KEPT.has(cells[1])) return true;
    // The first row of each class the reader skips.
    if ((cells[4] === 'SD' || cells[4] === 'O') && !classes.has(cells[4])) return classes.add(cells[4]);
    return false;
  });
  const text = [...lines.slice(0, first + 1), ...kept, ...lines.slice(second)];
  writeFileSync(join(outDir, file), `${text.join('\n')}\n`);
  process.stderr.write(
    `${file}: ${kept.length} of ${second - first - 1} rows of the first table, and the second whole\n`,
  );
}
// Read and written rather than copied, so the copy does not inherit the read-only mode of /work/shared.
writeFileSync(
  join(outDir, 'ees_demo_datafile.csv'),
  readFileSync(join(sharedDir, 'ees-format-example', 'ees_demo_datafile.csv')),
);
process.stderr.write('ees_demo_datafile.csv: copied whole\n');
