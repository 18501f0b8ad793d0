import { describe, expect, it, test } from 'vitest';
import {
  DURHAM,
  SOME_AREAS,
  STOCKTON,
  YORKSHIRE_CODE,
  areaDirectory,
  localAuthority,
  region,
} from '../../../test/unit/builders/areas';
import { located, tableFrom } from '../../../test/unit/tables';
import { AreaDirectory, localAuthorityGroups, readAreas } from './area-directory';

const HEADER = 'code,name,type,region_code,old_la_code';
const ENGLAND = 'E92000001,England,country,,';
const NORTH_EAST = 'E12000001,North East,region,,';
const COUNTY_DURHAM = 'E06000047,County Durham,local_authority,E12000001,840';
const HARTLEPOOL = 'E06000001,Hartlepool,local_authority,E12000001,805';

const directory = new AreaDirectory(
  readAreas(tableFrom('areas.csv', [HEADER, ENGLAND, NORTH_EAST, COUNTY_DURHAM, HARTLEPOOL])).value,
);

describe('readAreas', () => {
  test('reads each row into an area with its region and old LA code', () => {
    expect(readAreas(tableFrom('areas.csv', [HEADER, ENGLAND, NORTH_EAST, COUNTY_DURHAM]))).toEqual({
      value: [
        { code: 'E92000001', name: 'England', type: 'country', regionCode: '', oldLaCode: '', formerCodes: [] },
        { code: 'E12000001', name: 'North East', type: 'region', regionCode: '', oldLaCode: '', formerCodes: [] },
        {
          code: 'E06000047',
          name: 'County Durham',
          type: 'local_authority',
          regionCode: 'E12000001',
          oldLaCode: '840',
          formerCodes: [],
        },
      ],
      problems: [],
    });
  });

  test('reads a file without the optional region_code and old_la_code columns', () => {
    expect(readAreas(tableFrom('areas.csv', ['code,name,type', 'E92000001,England,country']))).toEqual({
      value: [{ code: 'E92000001', name: 'England', type: 'country', regionCode: '', oldLaCode: '', formerCodes: [] }],
      problems: [],
    });
  });

  it.each([
    {
      rule: 'invalid_area_code',
      column: 'code',
      line: 'E0600047,County Durham,local_authority,E12000001,840',
      says: "'E0600047' is not an ONS area code such as E06000047.",
    },
    {
      rule: 'invalid_area_code',
      column: 'code',
      line: '840,County Durham,local_authority,E12000001,840',
      says: "'840' is not an ONS area code",
    },
    {
      rule: 'invalid_area_code',
      column: 'code',
      line: 'SN:E06000047,Statistical neighbours,local_authority,E12000001,',
      says: "'SN:E06000047' is not an ONS area code",
    },
    {
      rule: 'invalid_area_type',
      column: 'type',
      line: 'E06000047,County Durham,unitary,E12000001,840',
      says: "'unitary' is not an area type: use country, region or local_authority.",
    },
    {
      rule: 'invalid_area_type',
      column: 'type',
      line: 'E06000047,County Durham,,E12000001,840',
      says: "'' is not an area type",
    },
    {
      rule: 'duplicate_area',
      column: 'code',
      line: 'E12000001,North East (again),region,,',
      says: 'E12000001 appears twice: keep one row per area.',
    },
  ])("reports $rule at row 4, column $column for '$line'", ({ rule, column, line, says }) => {
    const read = readAreas(tableFrom('areas.csv', [HEADER, ENGLAND, NORTH_EAST, line]));
    expect(read.problems.map(located)).toEqual([{ rule, severity: 'error', row: 4, column }]);
    expect(read.problems[0]?.message).toContain(`areas.csv row 4, column ${column}: ${says}`);
    expect(read.value.map((area) => area.code)).toEqual(['E92000001', 'E12000001']);
  });

  it.each([
    { missing: 'code', header: 'name,type,region_code' },
    { missing: 'name', header: 'code,type,region_code' },
    { missing: 'type', header: 'code,name,region_code' },
  ])("reports missing_column on row 1 when the header has no '$missing' column", ({ missing, header }) => {
    const read = readAreas(tableFrom('areas.csv', [header, 'E92000001,England,']));
    expect(read.problems.map(located)).toEqual([
      { rule: 'missing_column', severity: 'error', row: 1, column: missing },
    ]);
    expect(read.value).toEqual([]);
  });

  test('reports empty_file when there is a header but no areas', () => {
    const read = readAreas(tableFrom('areas.csv', [HEADER]));
    expect(read.problems.map(located)).toEqual([
      { rule: 'empty_file', severity: 'error', row: undefined, column: undefined },
    ]);
    expect(read.problems[0]?.message).toBe(
      'areas.csv has a header but no rows. Add at least one row below the header.',
    );
  });
});

describe('readAreas: former_codes', () => {
  const FORMER_HEADER = 'code,name,type,region_code,old_la_code,former_codes';
  const read = (...lines: string[]) => readAreas(tableFrom('areas.csv', [FORMER_HEADER, ENGLAND + ',', ...lines]));

  it.each([
    { cell: '', formerCodes: [] },
    { cell: 'E08000016', formerCodes: ['E08000016'] },
    { cell: 'E08000016; E08000099', formerCodes: ['E08000016', 'E08000099'] },
    { cell: 'E08000016;', formerCodes: ['E08000016'] },
  ])("reads '$cell' as $formerCodes", ({ cell, formerCodes }) => {
    const result = read(`E08000038,Barnsley,local_authority,E12000003,370,${cell}`);
    expect(result.problems).toEqual([]);
    expect(result.value[1]?.formerCodes).toEqual(formerCodes);
  });

  it.each([
    {
      what: 'an entry that is not a code',
      lines: ['E08000038,Barnsley,local_authority,E12000003,370,E08000016 until 2025'],
      rule: 'invalid_former_code',
      says: "areas.csv row 3, column former_codes: 'E08000016 until 2025' is not an ONS area code such as E08000016.",
    },
    {
      what: 'a current code given as a former one',
      lines: [
        'E08000038,Barnsley,local_authority,E12000003,370,E08000039',
        'E08000039,Sheffield,local_authority,E12000003,373,',
      ],
      rule: 'duplicate_area',
      says: 'areas.csv row 3, column former_codes: E08000039 is already the code of Sheffield. A code names one council only.',
    },
    {
      what: 'a former code of two councils',
      lines: [
        'E08000038,Barnsley,local_authority,E12000003,370,E08000016',
        'E08000039,Sheffield,local_authority,E12000003,373,E08000016',
      ],
      rule: 'duplicate_area',
      says: 'areas.csv row 4, column former_codes: E08000016 is already a former code of Barnsley. A code names one council only.',
    },
  ])('refuses $what', ({ lines, rule, says }) => {
    const result = read(...lines);
    expect(result.problems.map((problem) => [problem.rule, problem.column])).toEqual([[rule, 'former_codes']]);
    expect(result.problems[0]?.message).toContain(says);
  });
});

describe('AreaDirectory.findLocalAuthority', () => {
  const areas = areaDirectory([
    ...SOME_AREAS,
    localAuthority('E06000065', 'North Yorkshire', {
      regionCode: YORKSHIRE_CODE,
      oldLaCode: '815',
      formerCodes: ['E10000023'],
    }),
  ]);

  it.each([
    { code: 'E08000038', name: 'Barnsley', by: 'code' },
    { code: 'E08000016', name: 'Barnsley', by: 'former_code' },
    { code: '370', name: 'Barnsley', by: 'la_number' },
    { code: 'E08000019', name: 'Sheffield', by: 'former_code' },
    { code: 'E10000023', name: 'North Yorkshire', by: 'former_code' },
    { code: ' E06000047 ', name: 'County Durham', by: 'code' },
    { code: '840', name: 'County Durham', by: 'la_number' },
  ])('finds $name by $code ($by)', ({ code, name, by }) => {
    const match = areas.findLocalAuthority(code);
    expect([match?.area.name, match?.by]).toEqual([name, by]);
  });

  it.each([
    { code: 'E10000006', why: 'Cumbria was abolished, not recoded: no council has its number' },
    { code: 'E12000001', why: 'a region is not a local authority' },
    { code: 'E92000001', why: 'England is not a local authority' },
    { code: 'SN:E06000047', why: 'statistical neighbours are not a local authority' },
    { code: '', why: 'the code is blank' },
  ])("finds nothing for '$code' because $why", ({ code }) => {
    expect(areas.findLocalAuthority(code)).toBeUndefined();
  });
});

describe('AreaDirectory.find', () => {
  it.each([
    {
      code: 'E06000047',
      area: {
        code: 'E06000047',
        name: 'County Durham',
        type: 'local_authority',
        regionCode: 'E12000001',
        oldLaCode: '840',
        formerCodes: [],
      },
    },
    {
      code: 'E12000001',
      area: { code: 'E12000001', name: 'North East', type: 'region', regionCode: '', oldLaCode: '', formerCodes: [] },
    },
    {
      code: 'E92000001',
      area: { code: 'E92000001', name: 'England', type: 'country', regionCode: '', oldLaCode: '', formerCodes: [] },
    },
    {
      code: 'SN:E06000047',
      area: {
        code: 'SN:E06000047',
        name: 'Statistical neighbours of County Durham',
        type: 'stat_neighbours',
        regionCode: 'E12000001',
        oldLaCode: '',
        formerCodes: [],
      },
    },
    {
      code: 'SN:E06000001',
      area: {
        code: 'SN:E06000001',
        name: 'Statistical neighbours of Hartlepool',
        type: 'stat_neighbours',
        regionCode: 'E12000001',
        oldLaCode: '',
        formerCodes: [],
      },
    },
    {
      code: 'TARGET:E06000047',
      area: {
        code: 'TARGET:E06000047',
        name: 'Target for County Durham',
        type: 'target',
        regionCode: 'E12000001',
        oldLaCode: '',
        formerCodes: [],
      },
    },
  ])('finds $code as $area.name', ({ code, area }) => {
    expect(directory.find(code)).toEqual(area);
  });

  it.each([
    { code: 'SN:E12000001', why: 'a region has no statistical neighbours' },
    { code: 'SN:E92000001', why: 'England has no statistical neighbours' },
    { code: 'SN:E06000099', why: 'the local authority is not listed' },
    { code: 'SN:', why: 'no local authority is named' },
    { code: 'TARGET:E12000001', why: 'a region sets no targets of its own' },
    { code: 'TARGET:', why: 'no local authority is named' },
    { code: 'E06000099', why: 'the code is not listed' },
    { code: '', why: 'the code is blank' },
  ])("finds nothing for '$code' because $why", ({ code }) => {
    expect(directory.find(code)).toBeUndefined();
  });

  test('finds England', () => {
    expect(directory.england()?.name).toBe('England');
  });

  test('lists only local authorities as local authorities', () => {
    expect(directory.localAuthorities().map((area) => area.code)).toEqual(['E06000047', 'E06000001']);
  });
});

describe('localAuthorityGroups', () => {
  const LONDON = region('E12000007', 'London');
  const BARKING = localAuthority('E09000002', 'Barking and Dagenham', { regionCode: LONDON.code, oldLaCode: '301' });
  const LANCASHIRE = localAuthority('E10000017', 'Lancashire', { regionCode: 'E12000099', oldLaCode: '888' });
  const directory = areaDirectory([...SOME_AREAS, LONDON, BARKING, LANCASHIRE]);

  test('lists every local authority once, grouped by region in alphabetical order, those of no listed region last', () => {
    expect(localAuthorityGroups(directory).map((group) => [group.label, group.areas.map((area) => area.name)])).toEqual(
      [
        ['London', ['Barking and Dagenham']],
        ['North East', ['County Durham', 'Darlington', 'Gateshead', 'Hartlepool', 'Stockton-on-Tees', 'Sunderland']],
        ['Yorkshire and The Humber', ['Barnsley', 'Sheffield']],
        ['Other local authorities', ['Lancashire']],
      ],
    );
  });

  test('narrows to the local authorities given, keeping their region groups', () => {
    const given = [DURHAM, STOCKTON, BARKING];
    expect(
      localAuthorityGroups(directory, given).map((group) => [group.label, group.areas.map((area) => area.name)]),
    ).toEqual([
      ['London', ['Barking and Dagenham']],
      ['North East', ['County Durham', 'Stockton-on-Tees']],
    ]);
  });
});
