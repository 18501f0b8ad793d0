/**
 * The National Framework's 9 metrics whose files ../shared/dfe-open-data does not ship (issue 19,
 * point 2): each file built in its published layout (test/unit/builders/ees.ts), read as an upload is
 * (readCsvTable, then readImport) with the shipped catalogue, measure map, areas and population, and
 * each figure worked out by hand below.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScorecardReport } from '../../src/domain/scorecard/report';
import { readCsvTable } from '../../src/adapters/csv';
import type { Observation } from '../../src/domain/observations/observation';
import { readImport } from '../../src/domain/readers/read-import';
import { describeOpenDataRows } from '../../src/domain/text/open-data-rows';
import { BARNSLEY, ENGLAND, HARTLEPOOL, NORTH_EAST, STOCKTON, localAuthority } from './builders/areas';
import { EES_FILE, claFile, workforceFile, type ClaRow, type WorkforceRow } from './builders/ees';
import { run } from './cli';
import { loadSampleDataset } from './sample-dataset';
import { realPopulation } from './tables';

const sample = loadSampleDataset();
const context = {
  measures: sample.measuresById,
  areas: sample.areas,
  today: '2026-01-01',
  dfeMeasureMap: sample.dfeMeasureMap ?? undefined,
  population: realPopulation(),
};

function read(fileName: string, text: string) {
  return readImport(readCsvTable(fileName, text).value, context);
}

const row = (
  place: Pick<ClaRow, 'area' | 'code'>,
  group: string,
  characteristic: string,
  number: string,
  percentage: string,
): ClaRow => ({
  ...place,
  group,
  characteristic,
  number,
  percentage,
});
const UASC = 'Unaccompanied asylum-seeking children';
const CEASED = 'Reason episode ceased';
const SGO = 'Special guardianship order';
const CAO = 'Residence order or child arrangement order granted';
const PLACEMENT = 'Placement';
const DISTANCE = 'Distance between home and placement';
const stockton = { area: STOCKTON };

/*
 * DfE's dashboard picks the UASC rows by characteristic alone, so the cla_group they sit in is not
 * known here: 'UASC status' stands for it, and no map line reads it.
 */
/** Children who started to be looked after in 2024/25: UASC and one row the map does not read. */
const STARTED = claFile([
  row(stockton, 'UASC status', UASC, '9', '6'),
  row(stockton, 'UASC status', 'Non-unaccompanied asylum-seeking children', '152', '94'),
  row({ area: HARTLEPOOL }, 'UASC status', UASC, 'c', 'c'),
]);
/** Children looked after on 31 March 2025: placements, distance and UASC, with each group's Total. */
const ON_31_MARCH = claFile([
  row(stockton, PLACEMENT, 'Total', '564', '100'),
  row(stockton, PLACEMENT, 'Foster placements', '400', '71'),
  row(stockton, PLACEMENT, "Secure homes and children's homes", '60', '11'),
  row(stockton, PLACEMENT, 'Independent and semi-independent living arrangements/supported accommodation', '25', '4'),
  row(stockton, DISTANCE, 'Total', '564', '100'),
  row(stockton, DISTANCE, 'Placed more than 20 miles from home', '90', '16'),
  row(stockton, 'UASC status', UASC, '27', '5'),
  // Barnsley under the code it had before 2025, as DfE's older rows write it.
  row({ area: BARNSLEY, code: 'E08000016' }, PLACEMENT, 'Total', '300', '100'),
  row({ area: BARNSLEY, code: 'E08000016' }, PLACEMENT, 'Foster placements', '210', '70'),
  row({ area: ENGLAND }, PLACEMENT, 'Foster placements', '54,400', '65'),
  row({ area: NORTH_EAST }, PLACEMENT, 'Foster placements', '4,180', '68'),
]);
/** Children who ceased to be looked after in 2024/25, by reason, with Hartlepool's suppressed. */
const CEASED_FILE = claFile([
  row(stockton, CEASED, 'Total', '180', '100'),
  row(stockton, CEASED, SGO, '23', '13'),
  row(stockton, CEASED, CAO, '4', '2'),
  row(stockton, CEASED, 'Adopted', '15', '8'),
  row({ area: HARTLEPOOL }, CEASED, SGO, 'c', 'c'),
]);
const KINGSTON_RICHMOND = localAuthority('E09000021 / E09000027', 'Kingston upon Thames / Richmond upon Thames', {
  regionCode: 'E12000007',
  oldLaCode: '314 / 318',
});
const worker = (
  place: WorkforceRow['area'],
  breakdown: string,
  headcount: string,
  percentage: string,
): WorkforceRow => ({
  area: place,
  breakdown,
  headcount,
  headcountPercentage: percentage,
  year: '2024',
});
/** Social workers at 30 September 2024 (time_period 2024, the year of 2024/25) by ethnicity. */
const WORKFORCE = workforceFile([
  worker(STOCKTON, 'Known', '180', '100'),
  worker(STOCKTON, 'White', '172', '95.6'),
  worker(STOCKTON, 'Asian / Asian British', '5', '2.8'),
  worker(HARTLEPOOL, 'Known', '90', '100'),
  worker(HARTLEPOOL, 'White', 'c', 'c'),
  worker(KINGSTON_RICHMOND, 'Known', '120', '100'),
  worker(KINGSTON_RICHMOND, 'White', '84', '70'),
  // Another role's row is not the total of all social workers.
  { ...worker(STOCKTON, 'White', '40', '90'), role: 'Senior practitioner' },
]);

const FILES = [
  { name: EES_FILE.started, text: STARTED },
  { name: EES_FILE.onMarch31, text: ON_31_MARCH },
  { name: EES_FILE.ceased, text: CEASED_FILE },
  { name: EES_FILE.workforce, text: WORKFORCE },
] as const;
const figures: Observation[] = FILES.flatMap((file) => read(file.name, file.text).value.observations);
const figureOf = (measureId: string, areaCode: string) =>
  figures.find((figure) => figure.measureId === measureId && figure.areaCode === areaCode);

describe('the 9 metrics of files not shipped, from files in their published layouts', () => {
  it('reads each file without a problem: its percentages agree with their counts', () => {
    for (const file of FILES) {
      expect({ file: file.name, problems: read(file.name, file.text).problems }).toEqual({
        file: file.name,
        problems: [],
      });
    }
  });

  it.each([
    // 9 ÷ 45,079 (ONS mid-2024, children aged 0 to 17) × 10,000
    {
      order: 5,
      measure: 'cla_uasc_starts_rate',
      area: STOCKTON,
      value: 1.9965,
      counts: [9, 45_079],
      period: '2024/25',
    },
    // 27 ÷ 45,079 × 10,000
    { order: 6, measure: 'cla_uasc_rate', area: STOCKTON, value: 5.9895, counts: [27, 45_079], period: '2024/25' },
    // DfE's percentage as published; the counts 23 of the Total 180 (12.8%, published rounded as 13)
    { order: 43, measure: 'cla_ceased_sgo_percent', area: STOCKTON, value: 13, counts: [23, 180], period: '2024/25' },
    { order: 44, measure: 'cla_ceased_cao_percent', area: STOCKTON, value: 2, counts: [4, 180], period: '2024/25' },
    {
      order: 46,
      measure: 'cla_31_march_over_20_miles',
      area: STOCKTON,
      value: 16,
      counts: [90, 564],
      period: '2024/25',
    },
    { order: 48, measure: 'cla_foster_care_percent', area: STOCKTON, value: 71, counts: [400, 564], period: '2024/25' },
    {
      order: 49,
      measure: 'cla_childrens_homes_percent',
      area: STOCKTON,
      value: 11,
      counts: [60, 564],
      period: '2024/25',
    },
    {
      order: 50,
      measure: 'cla_independent_living_percent',
      area: STOCKTON,
      value: 4,
      counts: [25, 564],
      period: '2024/25',
    },
    // 100 − 95.6 (White, of the 180 whose ethnicity is known); 180 − 172 = 8 from ethnic minorities
    {
      order: 68,
      measure: 'sw_ethnic_minority_percent',
      area: STOCKTON,
      value: 4.4,
      counts: [8, 180],
      period: '2024-09-30',
    },
    // Barnsley's row under its former code E08000016 is Barnsley's (E08000038)
    { order: 48, measure: 'cla_foster_care_percent', area: BARNSLEY, value: 70, counts: [210, 300], period: '2024/25' },
    // A joint return: one figure for both councils, 100 − 70 and 120 − 84 = 36
    {
      order: 68,
      measure: 'sw_ethnic_minority_percent',
      area: localAuthority('E09000021', 'Kingston upon Thames'),
      value: 30,
      counts: [36, 120],
      period: '2024-09-30',
    },
    {
      order: 68,
      measure: 'sw_ethnic_minority_percent',
      area: localAuthority('E09000027', 'Richmond upon Thames'),
      value: 30,
      counts: [36, 120],
      period: '2024-09-30',
    },
  ])('metric $order ($measure) of $area.name: $value', ({ measure, area, value, counts, period }) => {
    const figure = figureOf(measure, area.code);
    expect(figure?.value === undefined || figure.value === null ? null : Number(figure.value.toFixed(4))).toBe(value);
    expect([figure?.numerator, figure?.denominator, figure?.status, figure?.period.label]).toEqual([
      ...counts,
      'final',
      period,
    ]);
  });

  it.each([
    { measure: 'cla_uasc_starts_rate', file: EES_FILE.started },
    { measure: 'cla_ceased_sgo_percent', file: EES_FILE.ceased },
    { measure: 'sw_ethnic_minority_percent', file: EES_FILE.workforce },
  ])(
    'a suppressed cell (c) of Hartlepool gives $measure as suppressed, never 0 nor its complement',
    ({ measure, file }) => {
      expect(figureOf(measure, HARTLEPOOL.code)).toMatchObject({
        value: null,
        numerator: null,
        denominator: null,
        status: 'suppressed',
        source: { file },
      });
    },
  );

  it("gives England's and the region's rows as their own figures", () => {
    expect([
      figureOf('cla_foster_care_percent', ENGLAND.code)?.value,
      figureOf('cla_foster_care_percent', NORTH_EAST.code)?.value,
    ]).toEqual([65, 68]);
  });

  it('takes each figure only from its own file: the UASC rows of the two files give different measures', () => {
    const uascOf = (file: string) =>
      figures.filter((figure) => figure.source.file === file && figure.measureId.startsWith('cla_uasc'));
    expect(uascOf(EES_FILE.started).map((figure) => figure.measureId)).toEqual([
      'cla_uasc_starts_rate',
      'cla_uasc_starts_rate',
    ]);
    expect(uascOf(EES_FILE.onMarch31).map((figure) => figure.measureId)).toEqual(['cla_uasc_rate']);
  });

  it.each(FILES)('accounts for every row of $name: read, used, or not read with a reason', ({ name, text }) => {
    const rows = read(name, text).value.openDataRows;
    const skipped = rows?.skipped.reduce((sum, level) => sum + level.rows, 0) ?? 0;
    expect(rows && rows.usedRows + rows.unmatchedRows + rows.rejectedRows + skipped).toBe(rows?.rows);
  });

  it('says in the preview what became of the rows of the 31 March file', () => {
    const rows = read(EES_FILE.onMarch31, ON_31_MARCH).value.openDataRows;
    expect(rows && describeOpenDataRows(rows)).toEqual([
      "The file has 11 rows. 8 rows give figures for the scorecard's measures.",
      // The three Total rows are the percentages' denominators, not figures of their own.
      '3 rows are breakdowns the measure catalogue has no measure for (for example a single age group or reason), so they are not read.',
    ]);
  });
});

describe('telling apart the files DfE publishes with the same columns', () => {
  it('reads a file saved under its name with a suffix, as a browser saves a second download', () => {
    const figuresOf = read('la_children_who_ceased_during_the_year (1).csv', CEASED_FILE).value.observations;
    expect(figuresOf.map((figure) => figure.measureId)).toContain('cla_ceased_sgo_percent');
  });

  it('reads nothing from a file of those columns under another name, and says which names are read', () => {
    const result = read('cla-download.csv', CEASED_FILE);
    expect(result.value.observations).toEqual([]);
    expect(result.problems.map((problem) => [problem.rule, problem.severity])).toEqual([['no_dfe_mapping', 'warning']]);
    expect(result.problems[0]?.message).toContain(EES_FILE.ceased);
    expect(result.problems[0]?.message).toContain(EES_FILE.onMarch31);
    expect(result.problems[0]?.message).toContain(
      'Upload the file under the name Explore Education Statistics gave it',
    );
    const rows = result.value.openDataRows;
    expect(rows && describeOpenDataRows(rows).at(-1)).toBe(
      'No line of the measure map applies to this file, so its 5 rows are not read: the warning below says why.',
    );
  });
});

describe('uploaded, the built files fill in the framework view of Stockton-on-Tees, 2024/25', () => {
  it('shows each of the 9 metrics under its heading with the file’s figure, through the command the upload page’s reading shares', async () => {
    // The files as an officer downloads them, read by `scorecard report` (readUpload, then readImport,
    // as the upload page's worker reads them) over the shipped data folder.
    const folder = mkdtempSync(path.join(tmpdir(), 'unshipped-'));
    const paths = FILES.map((file) => {
      const written = path.join(folder, file.name);
      writeFileSync(written, file.text);
      return written;
    });
    const args = ['report', ...paths, '--framework', 'national', '--area', STOCKTON.code, '--period', '2024/25'];
    const { code, out, err } = await run(...args, '--json');
    expect(err.filter((line) => /error/i.test(line))).toEqual([]);
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n')) as ScorecardReport;
    // The report lists every metric of the framework; those of the shipped files have no figure here.
    const shown = report.measures
      .filter((measure) => measure.latest)
      .map((measure) => ({
        measure: measure.id,
        heading: measure.question,
        value: measure.latest?.value == null ? null : Number(measure.latest.value.toFixed(4)),
      }));
    expect(shown).toEqual([
      { measure: 'cla_uasc_starts_rate', heading: 'Family stability', value: 1.9965 },
      { measure: 'cla_uasc_rate', heading: 'Family stability', value: 5.9895 },
      {
        measure: 'cla_ceased_sgo_percent',
        heading: 'Families engaging and receiving support from their family network',
        value: 13,
      },
      {
        measure: 'cla_ceased_cao_percent',
        heading: 'Families engaging and receiving support from their family network',
        value: 2,
      },
      { measure: 'cla_31_march_over_20_miles', heading: 'Stability and quality of where a child lives', value: 16 },
      { measure: 'cla_foster_care_percent', heading: 'Stability and quality of where a child lives', value: 71 },
      { measure: 'cla_childrens_homes_percent', heading: 'Stability and quality of where a child lives', value: 11 },
      { measure: 'cla_independent_living_percent', heading: 'Stability and quality of where a child lives', value: 4 },
      { measure: 'sw_ethnic_minority_percent', heading: 'Social worker ethnicity', value: 4.4 },
    ]);
    const foster = report.measures.find((measure) => measure.id === 'cla_foster_care_percent');
    const comparators = Object.fromEntries(foster?.comparators.map((each) => [each.kind, each.value]) ?? []);
    expect([comparators.england, comparators.region]).toEqual([65, 68]);
  });
});
