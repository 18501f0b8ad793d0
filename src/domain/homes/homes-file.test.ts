import { describe, expect, it, test } from 'vitest';
import { readHomesFile } from '../../../test/unit/homes-files';
import { located, readRepoText } from '../../../test/unit/tables';

const DURHAM = 'data/homes/county-durham-2016-06-08.csv';
const STOCKTON = 'test/fixtures/homes/stockton-2017-06.csv';

describe("Durham's ten homes (seed 000, 8 June 2016)", () => {
  test('are read with both inspections, their dates as the seed writes them (21.07.15, 16.02.2016)', async () => {
    const { problems, imported } = await readHomesFile(DURHAM);
    expect(problems).toEqual([]);
    expect(imported?.layout).toBe('homes');
    expect(imported?.homes?.hasInterim).toBe(true);
    expect(imported?.homes?.homes).toHaveLength(10);
    expect(imported?.homes?.homes[0]).toEqual({
      name: 'High Etherley',
      urn: null,
      full: { date: '2015-07-21', grade: 'outstanding' },
      interim: { date: '2016-02-16', outcome: 'declined' },
      source: { file: 'county-durham-2016-06-08.csv', row: 2 },
    });
  });

  it.each([
    { row: 3, name: 'New Lea House', full: ['2015-09-08', 'good'], interim: ['2016-02-10', 'improved'] },
    { row: 5, name: 'Moorside', full: ['2015-10-14', 'good'], interim: ['2016-02-16', 'sustained'] },
    { row: 7, name: 'West Rainton', full: ['2015-12-15', 'outstanding'], interim: ['2015-08-04', 'improved'] },
    { row: 11, name: 'Newton Drive', full: ['2016-06-07', 'outstanding'], interim: ['2016-02-17', 'improved'] },
  ])('row $row: $name', async ({ row, name, full, interim }) => {
    const home = (await readHomesFile(DURHAM)).imported?.homes?.homes.find((each) => each.source.row === row);
    expect(home?.name).toBe(name);
    expect([home?.full?.date, home?.full?.grade]).toEqual(full);
    expect([home?.interim?.date, home?.interim?.outcome]).toEqual(interim);
  });
});

test("Stockton's nine homes (seed 003) have a full inspection each and no interim columns", async () => {
  const { problems, imported } = await readHomesFile(STOCKTON);
  expect(problems).toEqual([]);
  expect(imported?.homes?.hasInterim).toBe(false);
  expect(imported?.homes?.homes.map((home) => [home.name, home.full?.date, home.full?.grade, home.interim])).toEqual([
    ['Ayton Place', '2016-11-22', 'good', null],
    ['Tilery House', '2016-08-24', 'outstanding', null],
    ['Princess Avenue', '2017-05-31', 'good', null],
    ['Rose House', '2016-06-14', 'good', null],
    ['Piper House', '2016-11-08', 'outstanding', null],
    ['Hartburn Lodge', '2016-10-18', 'outstanding', null],
    ['Red Plains', '2016-06-28', 'good', null],
    ['Old Vicarage', '2017-06-07', 'good', null],
    ['Fairview', '2017-05-02', 'good', null],
  ]);
});

describe('one broken fixture per rule in test/fixtures/homes/, each named with its row and what to do', () => {
  it.each([
    {
      rule: 'missing_column',
      row: 1,
      column: 'Full inspection overall judgement',
      message:
        "missing_column.csv: this looks like a table of children's homes, but the header has no 'Full inspection overall judgement' column",
    },
    {
      rule: 'missing_name',
      row: 3,
      column: 'Name',
      message: "missing_name.csv row 3, column Name: the home has no name. Give each home's name",
    },
    {
      rule: 'duplicate_home',
      row: 4,
      column: 'Name',
      message: "duplicate_home.csv row 4, column Name: row 2 already lists 'high  etherley'. List each home once",
    },
    {
      rule: 'invalid_urn',
      row: 3,
      column: 'URN',
      message:
        "invalid_urn.csv row 3, column URN: 'SC12345' is not an Ofsted URN. Copy it from the home's Ofsted report",
    },
    {
      rule: 'invalid_date',
      row: 2,
      column: 'Interim inspection date',
      message:
        "invalid_date.csv row 2, column Interim inspection date: '31.02.2016' is not a date. Write the day as dd.mm.yy, dd.mm.yyyy",
    },
    {
      rule: 'future_date',
      row: 2,
      column: 'Full inspection date',
      message: 'future_date.csv row 2, column Full inspection date: 21.07.99 is after today',
    },
    {
      rule: 'date_before_ofsted',
      row: 2,
      column: 'Full inspection date',
      message:
        "date_before_ofsted.csv row 2, column Full inspection date: 21.07.2005 is before 1 April 2007, when Ofsted began inspecting children's homes.",
    },
    {
      rule: 'unknown_judgement',
      row: 2,
      column: 'Full inspection overall judgement',
      message:
        "unknown_judgement.csv row 2, column Full inspection overall judgement: 'Very good' is not one of Ofsted's judgements. Use one of 'Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'.",
    },
    {
      rule: 'unknown_interim_outcome',
      row: 2,
      column: 'Interim inspection overall outcome',
      message:
        "unknown_interim_outcome.csv row 2, column Interim inspection overall outcome: 'Declined' is not one of Ofsted's interim inspection outcomes. Use one of 'Improved effectiveness', 'Sustained effectiveness', 'Declined in effectiveness'.",
    },
    {
      rule: 'incomplete_inspection',
      row: 2,
      column: 'Full inspection overall judgement',
      message:
        'incomplete_inspection.csv row 2, column Full inspection overall judgement: the row gives the Full inspection date but not the Full inspection overall judgement. Give both, or leave both blank',
    },
  ])('the $rule fixture', async ({ rule, row, column, message }) => {
    const { problems, imported } = await readHomesFile(`test/fixtures/homes/${rule}.csv`);
    expect(problems.map(located)).toEqual([{ rule, severity: 'error', row, column }]);
    expect(problems[0]?.message).toContain(message);
    // A row with an error is left out, so nothing of it could be kept.
    expect(imported?.homes?.homes.some((home) => home.source.row === row) ?? false).toBe(false);
  });
});

test('an upload that reads figures refuses a homes table by name, after checking it', async () => {
  const good = await readHomesFile(DURHAM, false);
  expect(good.problems.map(located)).toEqual([
    { rule: 'homes_not_read_here', severity: 'error', row: undefined, column: undefined },
  ]);
  expect(good.imported?.observations).toEqual([]);
  const bad = await readHomesFile('test/fixtures/homes/unknown_judgement.csv', false);
  expect(bad.problems.map((problem) => problem.rule)).toEqual(['unknown_judgement', 'homes_not_read_here']);
});

test('the same homes saved as .xlsx, with Excel date cells, read as the CSV does', async () => {
  const fromCsv = await readHomesFile(DURHAM);
  const fromXlsx = await readHomesFile('test/fixtures/homes/county-durham-2016-06-08.xlsx');
  expect(fromXlsx.problems).toEqual([]);
  const withoutFile = (read: typeof fromCsv) =>
    read.imported?.homes?.homes.map(({ source, ...home }) => ({ ...home, row: source.row }));
  expect(withoutFile(fromXlsx)).toEqual(withoutFile(fromCsv));
});

test('every homes table data/manifest.json lists reads without a problem', async () => {
  const manifest = JSON.parse(readRepoText('data/manifest.json')) as { homes: string[] };
  expect(manifest.homes).toEqual(['homes/county-durham-2016-06-08.csv']);
  for (const file of manifest.homes) expect((await readHomesFile(`data/${file}`)).problems).toEqual([]);
});
