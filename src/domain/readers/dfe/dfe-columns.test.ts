import { describe, expect, it } from 'vitest';
import { STAT_NEIGHBOUR_COLUMNS } from '../../comparison/neighbours';
import { detectDfeFile } from './dfe-columns';

describe('detectDfeFile: the five columns every EES file has', () => {
  it.each([
    {
      file: 'the care leavers’ activity file, as DfE publishes it',
      header:
        'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,care_leaver_age,breakdown,care_leaver_count,care_leaver_percent'.split(
          ',',
        ),
      dfe: true,
    },
    {
      file: 'a header still carrying its byte-order mark, in capitals',
      header: ['\uFEFFTIME_PERIOD', 'Time_Identifier', 'geographic_level', 'country_code', 'country_name'],
      dfe: true,
    },
    {
      file: "the analysts' guide example (geographical_level)",
      header:
        'time_period,time_identifier,geographical_level,country_code,country_name,region_code,region_name,sex,school_phase,number_children,percent_children'.split(
          ',',
        ),
      dfe: true,
    },
    { file: 'an observations file', header: ['measure', 'area', 'period', 'value'], dfe: false },
    {
      file: 'a file without country_name',
      header: ['time_period', 'time_identifier', 'geographic_level', 'country_code'],
      dfe: false,
    },
    {
      file: 'the statistical-neighbour model',
      header: STAT_NEIGHBOUR_COLUMNS,
      dfe: false,
    },
  ])('says $dfe for $file', ({ header, dfe }) => {
    expect(detectDfeFile(header)).toBe(dfe);
  });
});
