import { describe, expect, it } from 'vitest';
import { realAreaDirectory } from '../../../test/unit/tables';
import { AreaDirectory } from './area-directory';
import { AreaNames } from './area-names';

const names = new AreaNames(realAreaDirectory());

describe('AreaNames: our council for the name Ofsted writes', () => {
  it.each([
    { name: 'Durham', code: 'E06000047' },
    { name: 'County Durham', code: 'E06000047' },
    { name: 'Bristol', code: 'E06000023' },
    { name: 'Kingston upon Hull', code: 'E06000010' },
    { name: 'Herefordshire', code: 'E06000019' },
    { name: 'Southend on Sea', code: 'E06000033' },
    { name: 'St Helens', code: 'E08000013' },
    { name: 'Bournemouth, Christchurch & Poole', code: 'E06000058' },
    { name: 'Telford & Wrekin', code: 'E06000020' },
    { name: 'Stockton-on-Tees', code: 'E06000004' },
    { name: 'City of London', code: 'E09000001' },
    { name: 'Cumbria', code: 'E10000006' },
    { name: 'North East', code: undefined },
  ])('finds "$name" as $code', ({ name, code }) => {
    expect(names.localAuthority(name)?.code).toBe(code);
  });

  it.each([
    { name: 'North East', code: 'E12000001' },
    { name: 'Yorkshire and The Humber', code: 'E12000003' },
    { name: 'Yorkshire & the Humber', code: 'E12000003' },
    { name: 'North East, Yorkshire and the Humber', code: undefined },
  ])('finds the region "$name" as $code', ({ name, code }) => {
    expect(names.region(name)?.code).toBe(code);
  });

  it('finds neither of two councils whose names read alike', () => {
    const twins = new AreaNames(
      new AreaDirectory([
        { code: 'E06000901', name: 'Newtown', type: 'local_authority', regionCode: '', oldLaCode: '', formerCodes: [] },
        {
          code: 'E06000902',
          name: 'Newtown, City of',
          type: 'local_authority',
          regionCode: '',
          oldLaCode: '',
          formerCodes: [],
        },
      ]),
    );
    expect(twins.localAuthority('Newtown')).toBeUndefined();
  });

  // Dorset County Council (E10000009) to 31 March 2019, Dorset Council (E06000059) from 1 April 2019.
  it.each([
    { name: 'Dorset', day: null, code: undefined },
    { name: 'Dorset', day: '2019-03-31', code: 'E10000009' },
    { name: 'Dorset', day: '2023-03-31', code: 'E06000059' },
    { name: 'Cumbria', day: '2023-03-31', code: 'E10000006' },
    { name: 'Cumbria', day: '2025-03-31', code: undefined },
  ])('finds "$name" on $day as $code, the council of that day', ({ name, day, code }) => {
    expect(new AreaNames(realAreaDirectory(), day).localAuthority(name)?.code).toBe(code);
  });
});
