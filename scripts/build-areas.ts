// Build data/areas.csv from the DfE geography lookups in
// ../shared/dfe-open-data/geography (relative to the repo root; DFE_OPEN_DATA names another
// copy of dfe-open-data, e.g. from a git worktree).
//
// Output: England, then the nine English regions (E12 codes), then every English local authority
// with children's services found in region_la_hierarchy.csv, live or since abolished (Cumbria,
// Northamptonshire, Bournemouth, Poole, Dorset County Council), sorted by region code then name.
//
// from, to: the days a council began and ceased (las.csv date_of_operation, date_of_termination, as
// ISO dates). las.csv starts every council it inherited at 01/01/2009, the lookup's first day: a
// from of 2009-01-01 means "before any figure here", not the day the council was made.
//
// replaces, replaced_by: which councils took over an abolished council's area. las.csv gives the
// days, not the successions, so these come from the statutory orders named in SUCCESSIONS below,
// and each is checked against las.csv: the successor began the day after its predecessor ceased,
// in the same region. An abolished council the table does not cover stops the build.
//
// joint_return: las.csv lists "E06000061 / E06000062" (North Northamptonshire / West
// Northamptonshire) as one entity: DfE's workforce files report the two councils' children's
// services as one return under that code. Each member council carries it.
//
// former_codes: the ONS codes a live council had before ONS replaced them, `;`-separated (see
// docs/data-format.md). A code is a former code of a live council when las.csv lists it as
// terminated with the same DfE LA number (old_la_code): DfE keeps the number only while the
// council's area is unchanged (Barnsley 370: E08000016 until 30/04/2025, then E08000038). A
// council abolished or split (Cumbria, Northamptonshire) has no live council with its number,
// so it is nobody's former code.
//
// Reads the files with the app's CSV reader. Usage: node --import tsx scripts/build-areas.ts
// Prints a short report of data oddities to stderr.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readCsvText } from '../src/adapters/csv';
import { cell } from '../src/domain/readers/table';

const repoRoot = resolve(import.meta.dirname, '..');
const geoDir = join(resolve(repoRoot, process.env.DFE_OPEN_DATA ?? '../shared/dfe-open-data'), 'geography');
const outFile = join(repoRoot, 'data', 'areas.csv');

/** A geography file's rows as the named columns' trimmed cells; any problem reading it stops the build. */
function read<Column extends string>(name: string, columns: readonly Column[]): Record<Column, string>[] {
  const table = readCsvText(name, readFileSync(join(geoDir, name), 'utf8'));
  if (table.problems.length > 0) throw new Error(table.problems.map((problem) => problem.message).join('\n'));
  return table.value.records.map(
    (record) => Object.fromEntries(columns.map((column) => [column, cell(record, column)])) as Record<Column, string>,
  );
}

function csvField(v: string): string {
  const s = v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const countries = read('country.csv', ['country_code', 'country_name']);
const regions = read('regions.csv', ['region_code', 'region_name']);
const las = read('las.csv', [
  'new_la_code',
  'la_name',
  'date_of_operation',
  'date_of_termination',
  'parent_geography_code',
  'status',
  'old_la_code',
]);
const hierarchy = read('region_la_hierarchy.csv', ['region_code', 'old_la_code', 'la_name', 'new_la_code']);

interface OutputLa {
  code: string;
  name: string;
  region_code: string;
  old_la_code: string;
  former_codes?: string[];
  from: string;
  to: string;
  replaces: string[];
  replaced_by: string[];
  joint_return: string;
}

/** The day before the first year any DfE file here gives figures for. */
const FIRST_FIGURES = '2009-03-31';
const BCP_ORDER = 'The Bournemouth, Dorset and Poole (Structural Changes) Order 2018';
/**
 * Who took over each abolished council's area, by the order that abolished it. A county split
 * between two successors lists both (Christchurch, a district of Dorset County, went to BCP).
 */
const SUCCESSIONS: readonly { order: string; predecessor: string; successors: string[] }[] = [
  { order: BCP_ORDER, predecessor: 'E06000028', successors: ['E06000058'] },
  { order: BCP_ORDER, predecessor: 'E06000029', successors: ['E06000058'] },
  { order: BCP_ORDER, predecessor: 'E10000009', successors: ['E06000058', 'E06000059'] },
  {
    order: 'The Northamptonshire (Structural Changes) Order 2020',
    predecessor: 'E10000021',
    successors: ['E06000061', 'E06000062'],
  },
  {
    order: 'The Cumbria (Structural Changes) Order 2022',
    predecessor: 'E10000006',
    successors: ['E06000063', 'E06000064'],
  },
];

/** las.csv's DD/MM/YYYY as ISO YYYY-MM-DD; blank stays blank. */
function isoDate(text: string): string {
  if (text === '') return '';
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) throw new Error(`las.csv: '${text}' is not a DD/MM/YYYY date`);
  return `${match[3]}-${match[2]}-${match[1]}`;
}

function dayAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const oddities: string[] = [];
const note = (msg: string) => oddities.push(msg);

// --- England
const england = countries.find((c) => c.country_code === 'E92000001');
if (!england) throw new Error('E92000001 not found in country.csv');

// --- Regions: E12 only (E13 Inner/Outer London are sub-regions, not regions)
const englishRegions = regions
  .filter((r) => /^E12\d{6}$/.test(r.region_code))
  .sort((a, b) => a.region_code.localeCompare(b.region_code));
for (const r of regions) {
  if (!/^E12\d{6}$/.test(r.region_code)) note(`regions.csv: excluded non-E12 row ${r.region_code} ${r.region_name}`);
}
if (englishRegions.length !== 9) throw new Error(`expected 9 E12 regions, found ${englishRegions.length}`);
const regionCodes = new Set(englishRegions.map((r) => r.region_code));

// --- Local authorities
const singleLaCode = /^E(06|08|09|10)\d{6}$/;
const lasByCode = new Map<string, (typeof las)[number]>();
/** Each member council's joint-return code (las.csv's "E06000061 / E06000062"). */
const jointReturnOf = new Map<string, string>();
for (const la of las) {
  const members = la.new_la_code.split(' / ');
  if (members.length > 1 && members.every((member) => singleLaCode.test(member))) {
    for (const member of members) jointReturnOf.set(member, la.new_la_code);
    note(`las.csv: joint return ${la.new_la_code} (${la.la_name}) kept on each member council`);
    continue;
  }
  if (!singleLaCode.test(la.new_la_code)) {
    note(`las.csv: skipped non-LA / combined row "${la.new_la_code}" ${la.la_name} (old ${la.old_la_code})`);
    continue;
  }
  if (lasByCode.has(la.new_la_code)) note(`las.csv: duplicate new_la_code ${la.new_la_code}`);
  lasByCode.set(la.new_la_code, la);
}

const out: OutputLa[] = [];
const seen = new Set<string>();
for (const h of hierarchy) {
  if (!regionCodes.has(h.region_code)) {
    note(`hierarchy: skipped row outside English regions: ${h.region_code} / ${h.la_name} / ${h.new_la_code}`);
    continue;
  }
  if (!singleLaCode.test(h.new_la_code)) {
    note(`hierarchy: skipped combined/invalid code "${h.new_la_code}" ${h.la_name}`);
    continue;
  }
  const la = lasByCode.get(h.new_la_code);
  if (!la) {
    note(`hierarchy: ${h.new_la_code} ${h.la_name} not in las.csv (skipped)`);
    continue;
  }
  const live = la.status === 'live' && la.date_of_termination === '';
  // A code ONS replaced while the council stayed the same (Barnsley's E08000016) is a former code of
  // the live council with its LA number, below; a council abolished is a row of its own.
  if (!live && las.some((other) => other.status === 'live' && other.old_la_code === la.old_la_code)) {
    note(`hierarchy: ${h.new_la_code} ${h.la_name} (old ${h.old_la_code}) is a former code, not a council`);
    continue;
  }
  // The 2009 reorganisation (Durham County, Bedfordshire, Cheshire…) came before the first figure of
  // any file here (2012): those councils would be rows no figure could name.
  if (!live && isoDate(la.date_of_termination) <= FIRST_FIGURES) {
    note(`hierarchy: skipped ${h.new_la_code} ${h.la_name}, ended ${la.date_of_termination}, before any figure`);
    continue;
  }
  if (seen.has(h.new_la_code)) {
    note(`hierarchy: duplicate live row ${h.new_la_code}`);
    continue;
  }
  seen.add(h.new_la_code);
  if (la.parent_geography_code !== h.region_code)
    note(`${h.new_la_code}: region differs (hierarchy ${h.region_code}, las.csv ${la.parent_geography_code})`);
  if (la.la_name !== h.la_name)
    note(`${h.new_la_code}: name differs (hierarchy "${h.la_name}", las.csv "${la.la_name}")`);
  if (la.old_la_code !== h.old_la_code)
    note(`${h.new_la_code}: old code differs (hierarchy ${h.old_la_code}, las.csv ${la.old_la_code})`);
  if (!/^\d{3}$/.test(h.old_la_code)) note(`${h.new_la_code}: old_la_code "${h.old_la_code}" is not 3 digits`);
  out.push({
    code: h.new_la_code,
    name: h.la_name,
    region_code: h.region_code,
    old_la_code: h.old_la_code,
    from: isoDate(la.date_of_operation),
    to: isoDate(la.date_of_termination),
    replaces: [],
    replaced_by: [],
    joint_return: jointReturnOf.get(h.new_la_code) ?? '',
  });
}

// Successions, each checked against las.csv's days and regions.
const outByCode = new Map(out.map((la) => [la.code, la]));
for (const la of out) {
  if (la.to === '') continue;
  const succession = SUCCESSIONS.find((each) => each.predecessor === la.code);
  if (!succession) throw new Error(`${la.code} ${la.name} ended ${la.to}: add who replaced it to SUCCESSIONS`);
  for (const code of succession.successors) {
    const successor = outByCode.get(code);
    if (!successor) throw new Error(`${la.code}: successor ${code} is not a council in the output`);
    if (successor.from !== dayAfter(la.to) || successor.region_code !== la.region_code)
      throw new Error(`${la.code} ended ${la.to} but ${code} began ${successor.from} in ${successor.region_code}`);
    la.replaced_by.push(code);
    successor.replaces.push(la.code);
  }
  note(`${la.code} ${la.name} (to ${la.to}) replaced by ${la.replaced_by.join(', ')}: ${succession.order}`);
}

// Live LAs in las.csv that the hierarchy does not have
for (const la of lasByCode.values()) {
  if (la.status === 'live' && !seen.has(la.new_la_code)) {
    note(`las.csv: live ${la.new_la_code} ${la.la_name} not in region_la_hierarchy.csv (not included)`);
  }
}
// Old codes shared by more than one live LA
const byOld = new Map<string, string[]>();
for (const la of out.filter((each) => each.to === ''))
  byOld.set(la.old_la_code, [...(byOld.get(la.old_la_code) ?? []), la.code]);
for (const [old, codes] of byOld)
  if (codes.length > 1) note(`old_la_code ${old} shared by live LAs ${codes.join(', ')}`);

// Former codes: terminated single-LA codes whose DfE LA number a live council still has.
const liveByOld = new Map(out.filter((la) => la.to === '').map((la) => [la.old_la_code, la]));
for (const la of lasByCode.values()) {
  if (la.status === 'live' || !/^\d{3}$/.test(la.old_la_code)) continue;
  const successor = liveByOld.get(la.old_la_code);
  if (!successor) continue; // an abolished council: a row of its own, above
  successor.former_codes = [...(successor.former_codes ?? []), la.new_la_code].sort();
  // The same council under its earlier code: it existed since that code began (Barnsley from 2009).
  const began = isoDate(la.date_of_operation);
  if (began < successor.from) successor.from = began;
  note(`${successor.code} ${successor.name}: former code ${la.new_la_code} (ended ${la.date_of_termination})`);
}

out.sort((a, b) => a.region_code.localeCompare(b.region_code) || a.name.localeCompare(b.name, 'en'));

const lines = ['code,name,type,region_code,old_la_code,former_codes,from,to,replaces,replaced_by,joint_return'];
const blanks = ['', '', '', '', '', '', '', ''];
lines.push([england.country_code, england.country_name, 'country', ...blanks].map(csvField).join(','));
for (const r of englishRegions) lines.push([r.region_code, r.region_name, 'region', ...blanks].map(csvField).join(','));
for (const la of out)
  lines.push(
    [
      la.code,
      la.name,
      'local_authority',
      la.region_code,
      la.old_la_code,
      (la.former_codes ?? []).join(';'),
      la.from,
      la.to,
      la.replaces.sort().join(';'),
      la.replaced_by.sort().join(';'),
      la.joint_return,
    ]
      .map(csvField)
      .join(','),
  );

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, lines.join('\n') + '\n');

const perRegion = englishRegions.map(
  (r) => `${r.region_name}: ${out.filter((l) => l.region_code === r.region_code).length}`,
);
console.error(`Wrote ${outFile}: 1 country, ${englishRegions.length} regions, ${out.length} local authorities`);
console.error(`  ${perRegion.join('; ')}`);
console.error(`Oddities (${oddities.length}):`);
for (const o of oddities) console.error(`  - ${o}`);
