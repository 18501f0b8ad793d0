import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../test/unit/tables';
import { episode, header, table903 } from '../../../test/ssda903/builders';
import { readReturn } from './read-tables';

describe('reading the tables of a 903 return', () => {
  it('recognises each file by its header whatever its name, and normalises cells (SPEC N1)', () => {
    const read = readReturn([
      { table: csvTable('export1.csv', ['child,sex,dob,ethnic,upn,mother,mc_dob', ' 7 ,2,01/02/2010,wbri,un1,1.0,']) },
      {
        table: csvTable('export2.CSV', [
          'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
          '7,01/04/2021,s,c2,n1,u4,pr1,,,,XX1 1AA,XX2 2BB,',
        ]),
      },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.value.tables.header?.rows[0]).toMatchObject({
      file: 'export1.csv',
      row: 2,
      cells: { CHILD: '7', SEX: '2', ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: '1' },
    });
    expect(read.value.tables.episodes?.rows[0]?.cells).toMatchObject({
      RNE: 'S',
      LS: 'C2',
      PLACE: 'U4',
      PLACE_PROVIDER: 'PR1',
    });
  });

  it.each([
    [['measure,area,period,value', 'cla_rate,E06000047,2021/22,90'], 'unknown_903_table', 'error'],
    [['CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC', '7,01/04/2021,S,C2,N1,U4,,'], 'missing_903_column', 'error'],
    [['CHILD,DOB,IN_TOUCH,ACTIV,ACCOM,TEAM', '7,01/02/2004,YES,F1,U1,North'], 'extra_903_column', 'warning'],
    [['CHILD,DOB,MISSING,MIS_START,MIS_END'], 'empty_903_table', 'warning'],
  ])('reports %j as %s', (lines, rule, severity) => {
    const read = readReturn([{ table: csvTable('file_2021-22.csv', lines) }]);
    expect(read.problems).toEqual([expect.objectContaining({ rule, severity, row: 1 })]);
  });

  it('names the missing columns and the table it looks like', () => {
    const read = readReturn([{ table: csvTable('eps.csv', ['CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC']) }]);
    expect(read.problems[0]?.message).toContain('looks like the Episodes table');
    expect(read.problems[0]?.message).toContain('PLACE_PROVIDER, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN');
    expect(read.value.tables.episodes).toBeUndefined();
  });

  it("merges several years' files, keeping each record from the latest year (SPEC §1.6)", () => {
    const older = table903(
      'episodes',
      [episode('1', '01/04/2020', ''), episode('2', '05/05/2020', '')],
      'episodes_2020-21.csv',
    );
    const newer = table903(
      'episodes',
      [episode('1', '01/04/2020', '30/06/2021', { REC: 'E4A' }), episode('3', '01/01/2022', '')],
      'episodes_2021-22.csv',
    );
    const read = readReturn([{ table: newer }, { table: older }]);
    const rows = read.value.tables.episodes?.rows ?? [];
    expect(rows.map((row) => [row.file, row.cells.CHILD, row.cells.DEC])).toEqual([
      ['episodes_2020-21.csv', '2', ''],
      ['episodes_2021-22.csv', '1', '30/06/2021'],
      ['episodes_2021-22.csv', '3', ''],
    ]);
  });

  it('keeps one OC2 table per year, and takes an undated one as the year of the latest episode, with a warning', () => {
    const read = readReturn([
      { table: table903('episodes', [episode('1', '01/04/2019', '')]) },
      { table: table903('episodes', [episode('1', '01/04/2019', '')], 'episodes_2021.csv') },
      { table: table903('oc2', [{ CHILD: '1', DOB: '01/01/2015' }], 'oc2_2020-21.csv') },
      { table: table903('oc2', [{ CHILD: '1', DOB: '01/01/2015' }], 'oc2.csv') },
    ]);
    const years = (read.value.tables.oc2?.rows ?? []).map((row) => row.year);
    expect(years).toEqual([2021, 2020]);
    expect(read.problems).toEqual([expect.objectContaining({ rule: 'collection_year_assumed', severity: 'warning' })]);
  });

  it('reads the postcode lookup, without spaces and in upper case', () => {
    const read = readReturn([
      { table: csvTable('postcodes.csv', ['postcode,easting,northing', 'xx1 1aa,400000,500000', 'XX9 9ZZ,,']) },
      { table: table903('header', [header('1', '01/01/2010')]) },
    ]);
    expect(read.value.postcodes?.get('XX11AA')).toEqual({ easting: 400000, northing: 500000 });
    expect(read.value.postcodes?.size).toBe(1);
    expect(read.problems).toEqual([expect.objectContaining({ rule: 'unreadable_postcode_row', row: 3 })]);
  });
});
