// Builds test/fixtures/regional/cla_rate_all_las.csv, the upload the regional-comparison browser
// test uses: every 2020/21 rate of children looked after per 10,000 that DfE publishes for England,
// the nine regions and the local authorities, in the observations layout (docs/data-format.md).
//
// Read from the real DfE file ../shared/dfe-open-data/cla_number_and_rate_per_10k_children.csv
// (relative to the repo root; DFE_OPEN_DATA names another copy, e.g. from a git worktree): rows of
// population_type "Children looked after on 31 March each year" with time_period 2021 (31 March
// 2021, the 2020/21 year). Kept: the National row, the Regional rows whose code is a region in
// data/areas.csv (DfE also publishes Inner and Outer London as "Regional"), and the Local authority
// rows that name a current LA, found as the app's DfE reader finds them (AreaDirectory's
// findLocalAuthority: the code, current or former, then the LA number), so Barnsley's and
// Sheffield's rows under their codes before 2025 are theirs, and Cumbria's and Northamptonshire's
// (councils in 2020/21, abolished since) are theirs too. Rows come out in the order of
// data/areas.csv, so the file is the same byte for byte on every run:
//
//   node --import tsx scripts/build-regional-fixture.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvText } from '../src/adapters/csv';
import type { Area } from '../src/domain/areas/area';
import { AreaDirectory, readAreas } from '../src/domain/areas/area-directory';
import { cell } from '../src/domain/readers/table';

const root = path.resolve(import.meta.dirname, '..');
const SOURCE = path.resolve(
  root,
  process.env.DFE_OPEN_DATA ?? '../shared/dfe-open-data',
  'cla_number_and_rate_per_10k_children.csv',
);
const OUTPUT = path.join(root, 'test/fixtures/regional/cla_rate_all_las.csv');
const POPULATION = 'Children looked after on 31 March each year';

const areasRead = readCsvText('areas.csv', readFileSync(path.join(root, 'data/areas.csv'), 'utf8'));
const areaList = readAreas(areasRead.value);
if (areasRead.problems.length + areaList.problems.length > 0) throw new Error('data/areas.csv does not read cleanly');
const areas = new AreaDirectory(areaList.value);

/** The area a DfE row is for, by its level, or undefined when it is none of ours. */
function areaOf(cells: (column: string) => string): Area | undefined {
  const ofType = (area: Area | undefined, type: Area['type']) => (area?.type === type ? area : undefined);
  switch (cells('geographic_level')) {
    case 'National':
      return ofType(areas.find(cells('country_code')), 'country');
    case 'Regional':
      return ofType(areas.find(cells('region_code')), 'region');
    case 'Local authority':
      return (areas.findLocalAuthority(cells('new_la_code')) ?? areas.findLocalAuthority(cells('old_la_code')))?.area;
    default:
      return undefined;
  }
}

const source = readCsvText(path.basename(SOURCE), readFileSync(SOURCE, 'utf8'));
if (source.problems.length > 0) throw new Error(source.problems.map((problem) => problem.message).join('\n'));
const figures = new Map<string, string>();
for (const record of source.value.records) {
  const cells = (column: string) => cell(record, column);
  if (cells('time_period') !== '2021' || cells('population_type') !== POPULATION) continue;
  const area = areaOf(cells);
  if (!area) continue;
  if (figures.has(area.code)) throw new Error(`${area.code} appears twice in ${path.basename(SOURCE)} for 2021`);
  // DfE writes counts as whole numbers or a symbol (c, x, z); a symbol is no count at all.
  const count = cells('children_count');
  const numerator = /^\d+$/.test(count) ? count : '';
  figures.set(area.code, `cla_rate,${area.code},2020/21,${cells('rate_per_10000')},${numerator},,,`);
}

const lines = [
  'measure,area,period,value,numerator,denominator,status,note',
  ...areas.areas.flatMap((area) => figures.get(area.code) ?? []),
];
writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
const missing = areas
  .localAuthorities()
  .filter((area) => !figures.has(area.code))
  .map((area) => area.name);
console.log(
  `wrote ${path.relative(root, OUTPUT)}: ${lines.length - 1} figures; LAs without one: ${missing.join(', ') || 'none'}`,
);
