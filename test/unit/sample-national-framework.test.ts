/**
 * The National Framework's metrics read from DfE's real extracts (test/fixtures/dfe) through the
 * shipped measure map: for Stockton-on-Tees, at 2024/25 (the newest year each file gives), each
 * mapped metric against its raw row, picked by hand. A test of data/ as shipped.
 */
import { describe, expect, it } from 'vitest';
import { readDfeFile } from '../../src/domain/readers/dfe/dfe-file';
import { readDfeMeasureMap } from '../../src/domain/readers/dfe/dfe-measure-map';
import { LEADERSHIP_MEASURE } from '../../src/domain/readers/ofsted/leadership-measures';
import { SPENDING_MEASURE } from '../../src/domain/readers/outturn/outturn-spending';
import { readSampleFolder } from './sample-dataset';
import { readRepoCsv, readRepoText, realContext } from './tables';

const context = realContext();
const map = readDfeMeasureMap(readRepoCsv('data/dfe-measure-map.csv').value).value;
const STOCKTON = 'E06000004';

function read(file: string) {
  const csv = readRepoCsv(`test/fixtures/dfe/${file}`);
  return { csv, read: readDfeFile(csv.value, map, context) };
}
const files = new Map<string, ReturnType<typeof read>>();
function fixture(file: string) {
  let found = files.get(file);
  if (!found) files.set(file, (found = read(file)));
  return found;
}

/** The spreadsheet row of a raw line of an extract (the header is row 1). */
function rowOf(file: string, line: string): number {
  const index = readRepoText(`test/fixtures/dfe/${file}`).split('\n').indexOf(line);
  if (index === -1) throw new Error(`${file} has no line ${line}`);
  return index + 1;
}

const ABSENCE = 'absence_la.csv';
const ABSENCE_CINO =
  '202425,Academic year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,six half terms,CINO at 31 March,Total,747,269623,46992,17.4,21676,8,25316,9.4,353,47.3,79,10.6';
const ABSENCE_CPPO =
  '202425,Academic year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,six half terms,CPPO at 31 March,Total,165,59121,15086,25.5,4505,7.6,10581,17.9,104,63,31,18.8';
const ABSENCE_CLA =
  '202425,Academic year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,six half terms,CLA 12 months at 31 March,Total,281,102688,9108,8.9,4003,3.9,5105,5,47,16.7,16,5.7';
const KS2 = 'ks2_la.csv';
const KS4 = 'ks4_la.csv';

// Each metric: its file, the raw line, and the figure (or DfE's symbol's status) it must give.
it.each<{ measure: string; file: string; period: string; line: string; value: number | null; status: string }>([
  {
    measure: 'cino_overall_absence',
    file: ABSENCE,
    period: '2024/25',
    line: ABSENCE_CINO,
    value: 17.4,
    status: 'final',
  },
  {
    measure: 'cppo_overall_absence',
    file: ABSENCE,
    period: '2024/25',
    line: ABSENCE_CPPO,
    value: 25.5,
    status: 'final',
  },
  { measure: 'cla_overall_absence', file: ABSENCE, period: '2024/25', line: ABSENCE_CLA, value: 8.9, status: 'final' },
  {
    measure: 'cino_persistent_absence',
    file: ABSENCE,
    period: '2024/25',
    line: ABSENCE_CINO,
    value: 47.3,
    status: 'final',
  },
  {
    measure: 'cppo_persistent_absence',
    file: ABSENCE,
    period: '2024/25',
    line: ABSENCE_CPPO,
    value: 63,
    status: 'final',
  },
  {
    measure: 'cla_persistent_absence_percent',
    file: ABSENCE,
    period: '2024/25',
    line: ABSENCE_CLA,
    value: 16.7,
    status: 'final',
  },
  {
    measure: 'cino_severe_absence',
    file: ABSENCE,
    period: '2024/25',
    line: ABSENCE_CINO,
    value: 10.6,
    status: 'final',
  },
  {
    measure: 'cppo_severe_absence',
    file: ABSENCE,
    period: '2024/25',
    line: ABSENCE_CPPO,
    value: 18.8,
    status: 'final',
  },
  { measure: 'cla_severe_absence', file: ABSENCE, period: '2024/25', line: ABSENCE_CLA, value: 5.7, status: 'final' },
  {
    measure: 'cino_ks2_rwm',
    file: KS2,
    period: '2024/25',
    line: '202425,Academic year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CINO at 31 March,Revised,76,38,50,76,39,51,76,35,46,76,30,39,76,32,42,76,42,55,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x',
    value: 39,
    status: 'final',
  },
  {
    measure: 'cppo_ks2_rwm',
    file: KS2,
    period: '2024/25',
    line: '202425,Academic year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CPPO at 31 March,Revised,10,c,c,10,c,c,10,c,c,10,c,c,10,c,c,10,c,c,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x',
    value: null,
    status: 'suppressed',
  },
  {
    measure: 'cla_ks2_rwm',
    file: KS2,
    period: '2024/25',
    line: '202425,Academic year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CLA 12 months at 31 March,Revised,26,11,42,26,12,46,26,10,38,26,9,35,26,11,42,26,13,50,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x',
    value: 35,
    status: 'final',
  },
  {
    measure: 'cino_ks4_attainment8',
    file: KS4,
    period: '2024/25',
    line: '202425,Academic year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CINO at 31 March,Revised,62,1008.5,16.3,c,c,10,16.1,c,c,86.99,1.4,x,x,x,x,x',
    value: 16.3,
    status: 'final',
  },
  {
    measure: 'cppo_ks4_attainment8',
    file: KS4,
    period: '2024/25',
    line: '202425,Academic year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CPPO at 31 March,Revised,12,202,16.8,x,x,x,x,x,x,x,x,x,x,x,x,x',
    value: 16.8,
    status: 'final',
  },
  {
    measure: 'cla_ks4_attainment8',
    file: KS4,
    period: '2024/25',
    line: '202425,Academic year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CLA 12 months at 31 March,Revised,33,599,18.2,c,c,6,18.2,x,x,x,x,x,x,x,x,x',
    value: 18.2,
    status: 'final',
  },
  {
    measure: 'cpp_2_years_or_more',
    file: 'd5_cpps_at31march_by_duration_2013_to_2025.csv',
    period: '2024/25',
    line: '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,E06000004,Stockton-on-Tees,Child Protection Plans by length of time,282,78,27.7,71,25.2,85,30.1,c,c,c,c',
    value: null,
    status: 'suppressed',
  },
  {
    measure: 'cla_sdq_score',
    file: 'la_conviction_health_outcome_cla.csv',
    period: '2024/25',
    line: '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,Ages 5 to 16 years with SDQ score,SDQ average score,14.5,z',
    value: 14.5,
    status: 'final',
  },
  // The newest year of the school moves file is 2023/24.
  {
    measure: 'cla_school_mid_year_moves',
    file: 'la_cla_school_moves.csv',
    period: '2023/24',
    line: '2024,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CLA on 31 March,Mid-year moves,With one or more mid-year moves during the year,28,7',
    value: 7,
    status: 'final',
  },
])(
  "gives Stockton-on-Tees' $measure for $period as its raw row in $file",
  ({ measure, file, period, line, value, status }) => {
    const { read: found } = fixture(file);
    const observations = found.value.observations.filter(
      (observation) =>
        observation.measureId === measure && observation.areaCode === STOCKTON && observation.period.label === period,
    );
    expect(observations.map((observation) => [observation.value, observation.status, observation.source.row])).toEqual([
      [value, status, rowOf(file, line)],
    ]);
    const newest = found.value.observations
      .filter((observation) => observation.measureId === measure && observation.areaCode === STOCKTON)
      .map((observation) => observation.period.label)
      .sort()
      .at(-1);
    expect(newest).toBe(period);
  },
);

describe('the new extracts', () => {
  it.each([
    ABSENCE,
    KS2,
    KS4,
    'd5_cpps_at31march_by_duration_2013_to_2025.csv',
    'la_cla_school_moves.csv',
    'la_conviction_health_outcome_cla.csv',
  ])('reads %s with no error and counts every row: used + unmatched + rejected + skipped', (file) => {
    const { csv, read: found } = fixture(file);
    expect(found.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const skipped = found.value.skipped.reduce((sum, level) => sum + level.rows, 0);
    expect(found.value.usedRows + found.value.unmatchedRows + found.value.rejectedRows + skipped).toBe(
      csv.value.records.length,
    );
    expect(found.value.usedRows).toBeGreaterThan(0);
  });
});

describe('the National Framework in data/frameworks.csv', () => {
  const dataset = readSampleFolder().value;
  const national = dataset?.frameworks.find((framework) => framework.id === 'national');
  it('names a catalogue measure for all 68 of its metrics, each read by the measure map, MHCLG’s outturn or Ofsted’s sheet', () => {
    const mapped = national?.metrics.filter((metric) => metric.measureId !== null) ?? [];
    expect([mapped.length, national?.metrics.length]).toEqual([68, 68]);
    const read = new Set(map.mappings.map((mapping) => mapping.measureId));
    // The spending measures are worked out from MHCLG's outturn sheets (readers/outturn), and Ofsted's
    // leadership counts come from its sheet (readers/ofsted/leadership.ts), not the map.
    expect(
      mapped
        .filter((metric) => metric.measureId !== null && !read.has(metric.measureId))
        .map((metric) => metric.measureId),
    ).toEqual([...Object.values(SPENDING_MEASURE), ...Object.values(LEADERSHIP_MEASURE)]);
  });
});
