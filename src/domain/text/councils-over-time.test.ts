import { describe, expect, it } from 'vitest';
import { DURHAM, localAuthority } from '../../../test/unit/builders/areas';
import { councilName, jointReturnNote } from './councils-over-time';

describe('the words for councils that changed', () => {
  it.each([
    { area: localAuthority('E10000006', 'Cumbria', { to: '2023-03-31' }), name: 'Cumbria (until 31 March 2023)' },
    { area: DURHAM, name: 'County Durham' },
  ])('names $area.name as $name', ({ area, name }) => {
    expect(councilName(area)).toBe(name);
  });

  it('says a joint return is one figure for its councils together', () => {
    const north = localAuthority('E06000061', 'North Northamptonshire');
    const west = localAuthority('E06000062', 'West Northamptonshire');
    expect(jointReturnNote([north, west])).toBe(
      'A joint return: DfE publishes one figure for North Northamptonshire and West Northamptonshire together',
    );
  });
});
