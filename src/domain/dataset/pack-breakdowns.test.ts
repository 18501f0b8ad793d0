import { describe, expect, it } from 'vitest';
import { cell } from '../../../test/unit/builders/breakdown';
import { PLACEMENTS } from '../../../test/unit/builders/breakdown-catalogue';
import { realAreaDirectory } from '../../../test/unit/tables';
import { addPackBreakdowns } from './pack-breakdowns';

const reference = { breakdownCatalogue: PLACEMENTS, areas: realAreaDirectory() };
const held = [cell('placements', 'foster', 60, 100), cell('placements', 'residential', 40, 100)];
const PACK = 'observations/pack.json';

describe('addPackBreakdowns', () => {
  it.each([
    {
      case: 'a figure the folder lacks is added',
      pack: [cell('placements', 'foster', 55, 100, { period: '2022/23' })],
      held: 3,
      problems: [],
    },
    {
      case: 'a figure given again exactly is held once',
      pack: [cell('placements', 'foster', 60, 100)],
      held: 2,
      problems: [],
    },
    {
      case: 'a different figure for the same breakdown, area, period and category is an error',
      pack: [cell('placements', 'foster', 61, 100)],
      held: 2,
      problems: [
        {
          severity: 'error',
          rule: 'conflicting_values',
          message: `${PACK} (breakdowns): 1 figure differs from the data folder's breakdown files (the first: 'placements', E06000047, 2021/22). A data pack holds every figure of its version: list it in manifest.json in place of the files it replaces, not beside them.`,
        },
      ],
    },
    {
      case: 'a breakdown the catalogue does not list is left out, counted',
      pack: [cell('legal_status', 'C2', 3, 5), cell('legal_status', 'V2', 2, 5)],
      held: 2,
      problems: [
        {
          severity: 'warning',
          rule: 'unknown_breakdown',
          message: `${PACK} (breakdowns): 2 figures of the breakdown 'legal_status', which breakdowns.csv does not list, are left out. Add it there to show them.`,
        },
      ],
    },
    {
      case: 'an area areas.csv does not list is left out',
      pack: [cell('placements', 'foster', 60, 100, { areaCode: 'E06099999' })],
      held: 2,
      problems: [
        {
          severity: 'warning',
          rule: 'unknown_area',
          message: `${PACK} (breakdowns): 1 figure of the area 'E06099999', which areas.csv does not list, is left out. Add it there to show them.`,
        },
      ],
    },
  ])('$case', ({ pack, held: count, problems }) => {
    const added = addPackBreakdowns(held, [{ file: PACK, breakdowns: pack }], reference);
    expect(added.value).toHaveLength(count);
    expect(added.problems).toEqual(problems);
  });
});
