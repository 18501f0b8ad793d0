import { describe, expect, it } from 'vitest';
import { realAreaDirectory } from '../../../test/unit/tables';
import { matchAreas } from './area-search';

const localAuthorities = realAreaDirectory().localAuthorities();

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
        'North Lincolnshire',
        'North Northamptonshire',
        'North Somerset',
        'North Tyneside',
        'North Yorkshire',
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
