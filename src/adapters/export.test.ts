import { describe, expect, it, test } from 'vitest';
import { dataset as buildDataset } from '../../test/unit/builders/dataset';
import { VARIED_FIGURES, figure } from '../../test/unit/builders/observation';
import type { Observation } from '../domain/observations/observation';
import { toStoredRow } from '../domain/observations/stored-rows';
import { OBSERVATION_COLUMNS, readObservations } from '../domain/readers/observations-file';
import { readCsvText } from './csv';
import { blankTemplate, commentaryToCsv, dataPack, observationsToCsv, packMeasure } from './export';
import type { VersionMeta } from './version-store';

const dataset = buildDataset({ observations: VARIED_FIGURES });
const context = { measures: dataset.measuresById, areas: dataset.areas };
const claRate = dataset.measuresById.get('cla_rate')!;
const HEADER = '\uFEFFmeasure,area,period,value,numerator,denominator,status,note\r\n';

/** The exported text read back the way an upload reads it: the CSV reader, then the observations reader. */
function readBack(csv: string) {
  const table = readCsvText('export.csv', csv);
  const read = readObservations(table.value, context);
  return { value: read.value, problems: [...table.problems, ...read.problems] };
}

function asReadFromExport(observations: readonly Observation[]): Observation[] {
  return observations.map((observation, index) => ({ ...observation, source: { file: 'export.csv', row: index + 2 } }));
}

describe('observationsToCsv', () => {
  test('writes a byte-order mark, the observations header and CRLF line ends, a final figure with a blank status', () => {
    expect(observationsToCsv([figure('cla_rate', '2021/22 Q2', 90, { numerator: 912 })])).toBe(
      `${HEADER}cla_rate,E06000047,2021/22 Q2,90,912,,,\r\n`,
    );
  });

  test('writes a status without a figure as a blank value and the status id', () => {
    expect(observationsToCsv([figure('cla_sdq_score', '2021/22 Q2', null, { status: 'reported_annually' })])).toBe(
      `${HEADER}cla_sdq_score,E06000047,2021/22 Q2,,,,reported_annually,\r\n`,
    );
  });

  test('gives a header our CSV reader reads without the byte-order mark', () => {
    expect(readCsvText('export.csv', observationsToCsv([])).value.header).toEqual(OBSERVATION_COLUMNS);
  });

  test('round trip: figures of every kind written out and read back are the same observations, with no problems', () => {
    expect(readBack(observationsToCsv(dataset.observations))).toEqual({
      value: asReadFromExport(dataset.observations),
      problems: [],
    });
  });

  it.each([
    { what: 'a comma', note: 'Comparator period not stated, taken as 2019/20' },
    { what: 'quotes', note: 'the "Staying put" scheme' },
    { what: 'a line break', note: 'First line\nsecond line' },
    { what: 'a Windows line break', note: 'First line\r\nsecond line' },
    { what: 'all three', note: 'Rate, "provisional"\nsee note 2' },
    { what: 'pound signs and accents', note: '£1,200 per placement; café' },
    { what: 'HTML', note: '<script>alert(1)</script>' },
  ])('round trip: a note with $what survives', ({ note }) => {
    const observations = [figure('cla_rate', '2021/22 Q2', 90, { note })];
    expect(readBack(observationsToCsv(observations))).toEqual({ value: asReadFromExport(observations), problems: [] });
  });

  it.each([
    { note: '=HYPERLINK("http://evil.example","Click")', cell: `"'=HYPERLINK(""http://evil.example"",""Click"")"` },
    { note: '+1', cell: "'+1" },
    { note: '@SUM(A1:A9)', cell: "'@SUM(A1:A9)" },
    { note: '-cmd', cell: "'-cmd" },
    { note: '\tcmd', cell: "'\tcmd" },
    { note: '\rcmd', cell: `"'\rcmd"` },
    { note: '＝HYPERLINK()', cell: "'＝HYPERLINK()" },
    { note: '＋1', cell: "'＋1" },
    { note: '－1', cell: "'－1" },
    { note: '＠SUM(A1)', cell: "'＠SUM(A1)" },
    { note: '﹦1+1', cell: "'﹦1+1" },
    { note: '\u2212cmd', cell: "'\u2212cmd" },
    { note: '\u200B=1+1', cell: "'\u200B=1+1" },
    { note: '\uFEFF=1+1', cell: "'\uFEFF=1+1" },
    { note: '  =1+1', cell: "'  =1+1" },
    { note: '\u00A0=1+1', cell: "'\u00A0=1+1" },
    { note: ';=1+1', cell: "';=1+1" },
    { note: '|=1+1', cell: "'|=1+1" },
    { note: ' ; \u200B@SUM(A1)', cell: "' ; \u200B@SUM(A1)" },
  ])('neutralises the formula $note in a text cell with a leading apostrophe', ({ note, cell }) => {
    expect(observationsToCsv([figure('cla_rate', '2021/22 Q2', 90, { note })])).toBe(
      `${HEADER}cla_rate,E06000047,2021/22 Q2,90,,,,${cell}\r\n`,
    );
  });

  it.each([
    { what: 'text with an equals sign inside', note: 'Target = 70%' },
    { what: 'a separator before words', note: '; see the note above' },
    { what: 'a space before words', note: ' Rising since June' },
  ])('leaves $what as it is', ({ note }) => {
    expect(observationsToCsv([figure('cla_rate', '2021/22 Q2', 90, { note })])).toBe(
      `${HEADER}cla_rate,E06000047,2021/22 Q2,90,,,,${note}\r\n`,
    );
  });

  it.each([
    { value: -2.5, numerator: -3, line: 'cla_rate,E06000047,2021/22 Q2,-2.5,-3,,,' },
    { value: 0, numerator: 0, line: 'cla_rate,E06000047,2021/22 Q2,0,0,,,' },
    { value: 0.0000001, numerator: null, line: 'cla_rate,E06000047,2021/22 Q2,0.0000001,,,,' },
    { value: -1.5e-7, numerator: null, line: 'cla_rate,E06000047,2021/22 Q2,-0.00000015,,,,' },
    { value: 1e21, numerator: null, line: 'cla_rate,E06000047,2021/22 Q2,1000000000000000000000,,,,' },
    { value: 1.2345e22, numerator: null, line: 'cla_rate,E06000047,2021/22 Q2,12345000000000000000000,,,,' },
  ])('writes the number $value as plain digits, never neutralised: $line', ({ value, numerator, line }) => {
    expect(observationsToCsv([figure('cla_rate', '2021/22 Q2', value, { numerator })])).toBe(`${HEADER}${line}\r\n`);
  });
});

describe('dataPack', () => {
  const version: VersionMeta = {
    id: 4,
    name: '2021/22 Q2 figures',
    createdAt: '2022-01-10T09:30:00.000Z',
    fileName: 'county-durham-2021-22-q2.csv',
    kind: 'upload',
    counts: { added: 275, changed: 0, unchanged: 0, total: 275 },
  };
  const pack: unknown = JSON.parse(
    dataPack({
      catalogue: dataset.catalogue,
      observations: dataset.observations,
      version,
      exportedAt: new Date('2022-01-11T12:00:00Z'),
    }),
  );

  test('is JSON naming its format and version, with the time, the saved version, the catalogue and every figure', () => {
    expect(pack).toEqual({
      format: 'scorecard-data-pack',
      formatVersion: 1,
      exportedAt: '2022-01-11T12:00:00.000Z',
      version,
      keyQuestions: dataset.catalogue.keyQuestions,
      measures: dataset.catalogue.measures.map(packMeasure),
      observations: dataset.observations.map(toStoredRow),
      commentary: [],
      breakdowns: [],
    });
  });

  test('writes each measure under the measures.csv column names', () => {
    expect(packMeasure(claRate)).toMatchObject({
      id: 'cla_rate',
      short_title: 'Children in care per 10,000',
      key_question: 'characteristics',
      unit: 'rate_per_10k',
      decimal_places: 1,
      similar_tolerance: null,
      numerator_label: 'children',
    });
  });

  test('has a null version for data never saved as a version', () => {
    expect(JSON.parse(dataPack({ catalogue: dataset.catalogue, observations: [], version: null }))).toMatchObject({
      version: null,
      observations: [],
    });
  });
});

describe('commentaryToCsv', () => {
  const note = {
    measureId: 'cla_rate',
    areaCode: 'E06000047',
    period: '2021/22 Q2',
    text: 'Up, as expected.',
    updatedAt: '2022-01-10T09:30:00.000Z',
  };

  test('writes a byte-order mark, the header and one row per note with the measure title, in catalogue order', () => {
    const later = { ...note, measureId: 'cla_3plus_placements', text: '=Fewer moves' };
    expect(commentaryToCsv([later, note], dataset.catalogue)).toBe(
      '\uFEFFmeasure,measure_title,area,period,commentary,updated_at\r\n' +
        `cla_rate,"${claRate.title}",E06000047,2021/22 Q2,"Up, as expected.",2022-01-10T09:30:00.000Z\r\n` +
        `cla_3plus_placements,${dataset.measuresById.get('cla_3plus_placements')?.title ?? ''},E06000047,2021/22 Q2,'=Fewer moves,2022-01-10T09:30:00.000Z\r\n`,
    );
  });
});

describe('blankTemplate', () => {
  const options = { periods: ['2018/19', '2019/20', '2020/21', 'Q1 2021/22'], regionName: 'North East' };

  test('observations layout: the observations header and one row per measure id, in catalogue order, the rest blank', () => {
    const template = readCsvText('template.csv', blankTemplate('observations', dataset.catalogue, options));
    expect(template.problems).toEqual([]);
    expect(template.value.header).toEqual(OBSERVATION_COLUMNS);
    expect(template.value.records.map((record) => record.cells.measure)).toEqual(
      dataset.catalogue.measures.map((measure) => measure.id),
    );
    expect(template.value.records[0]?.cells).toEqual({
      measure: 'cla_rate',
      area: '',
      period: '',
      value: '',
      numerator: '',
      denominator: '',
      status: '',
      note: '',
    });
  });

  test('scorecard layout: Measure, the periods, England, the region and Stat Neighbour, one row per measure title', () => {
    const template = readCsvText('template.csv', blankTemplate('scorecard', dataset.catalogue, options));
    expect(template.problems).toEqual([]);
    expect(template.value.header).toEqual([
      'Measure',
      '2018/19',
      '2019/20',
      '2020/21',
      'Q1 2021/22',
      'England',
      'North East',
      'Stat Neighbour',
    ]);
    expect(template.value.records.map((record) => record.cells.Measure)).toEqual(
      dataset.catalogue.measures.map((measure) => measure.title),
    );
  });

  it.each([{ layout: 'observations' as const }, { layout: 'scorecard' as const }])(
    'starts the $layout template with a byte-order mark and ends lines with CRLF',
    ({ layout }) => {
      expect(blankTemplate(layout, dataset.catalogue, options)).toMatch(/^\uFEFF[^\n]*\r\n[^\n]*\r\n/);
    },
  );

  test('neutralises a measure title that reads as a formula', () => {
    const catalogue = { keyQuestions: [], measures: [{ ...claRate, title: '=1+1' }] };
    expect(blankTemplate('scorecard', catalogue, { periods: [], regionName: 'North East' })).toBe(
      "\uFEFFMeasure,England,North East,Stat Neighbour\r\n'=1+1,,,\r\n",
    );
  });
});
