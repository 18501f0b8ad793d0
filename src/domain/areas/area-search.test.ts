import { describe, expect, it } from 'vitest';
import {
  BARNSLEY,
  DURHAM,
  SHEFFIELD,
  STOCKTON,
  SUNDERLAND,
  YORKSHIRE_CODE,
  localAuthority,
} from '../../../test/unit/builders/areas';
import { matchAreas } from './area-search';

const localAuthorities = [
  DURHAM,
  STOCKTON,
  SUNDERLAND,
  BARNSLEY,
  SHEFFIELD,
  localAuthority('E08000013', 'St. Helens', { regionCode: 'E12000002', oldLaCode: '342' }),
  localAuthority('E06000023', 'Bristol, City of', { regionCode: 'E12000009', oldLaCode: '801' }),
  localAuthority('E06000012', 'North East Lincolnshire', { regionCode: YORKSHIRE_CODE, oldLaCode: '812' }),
  localAuthority('E08000022', 'North Tyneside', { oldLaCode: '392' }),
  localAuthority('E06000057', 'Northumberland', { oldLaCode: '929', formerCodes: ['E06000048'] }),
  localAuthority('E06000022', 'Bath and North East Somerset', { regionCode: 'E12000009', oldLaCode: '800' }),
  localAuthority('E06000062', 'West Northamptonshire', { regionCode: 'E12000004', oldLaCode: '941' }),
];

describe('matchAreas', () => {
  it.each([
    { query: 'durham', names: ['County Durham'] },
    { query: 'stockton', names: ['Stockton-on-Tees'] },
    { query: 'stockton on tees', names: ['Stockton-on-Tees'] },
    { query: 'E06000004', names: ['Stockton-on-Tees'] },
    { query: '808', names: ['Stockton-on-Tees'] },
    { query: 'E08000016', names: ['Barnsley'] },
    { query: 'e08000019', names: ['Sheffield'] },
    { query: 'st helens', names: ['St. Helens'] },
    { query: 'bristol', names: ['Bristol, City of'] },
    {
      query: 'north',
      names: [
        'North East Lincolnshire',
        'North Tyneside',
        'Northumberland',
        'Bath and North East Somerset',
        'West Northamptonshire',
      ],
    },
    { query: '   ', names: [] },
    { query: 'atlantis', names: [] },
  ])('finds $names for "$query", best match first', ({ query, names }) => {
    expect(matchAreas(localAuthorities, query).map((area) => area.name)).toEqual(names);
  });
});
