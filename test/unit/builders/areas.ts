/**
 * Test-only: areas and an area directory written in the test, so a test of a rule does not depend on
 * data/areas.csv. The codes are the real ONS codes (and DfE LA numbers) of the councils named, so a
 * test reads as the papers do; only the councils a test names are in its directory.
 */
import type { Area } from '../../../src/domain/areas/area';
import { AreaDirectory } from '../../../src/domain/areas/area-directory';
import type { SourceTable } from '../../../src/domain/readers/result';

export const ENGLAND_CODE = 'E92000001';
export const NORTH_EAST_CODE = 'E12000001';
export const YORKSHIRE_CODE = 'E12000003';

export function country(code = ENGLAND_CODE, name = 'England'): Area {
  return { code, name, type: 'country', regionCode: '', oldLaCode: '', formerCodes: [] };
}

export function region(code: string, name: string): Area {
  return { code, name, type: 'region', regionCode: '', oldLaCode: '', formerCodes: [] };
}

export function localAuthority(
  code: string,
  name: string,
  changes: Partial<
    Pick<Area, 'regionCode' | 'oldLaCode' | 'formerCodes' | 'from' | 'to' | 'replaces' | 'jointReturn'>
  > = {},
): Area {
  return {
    code,
    name,
    type: 'local_authority',
    regionCode: NORTH_EAST_CODE,
    oldLaCode: '',
    formerCodes: [],
    ...changes,
  };
}

export const ENGLAND = country();
export const NORTH_EAST = region(NORTH_EAST_CODE, 'North East');
export const YORKSHIRE = region(YORKSHIRE_CODE, 'Yorkshire and The Humber');
export const DURHAM = localAuthority('E06000047', 'County Durham', { oldLaCode: '840' });
export const DARLINGTON = localAuthority('E06000005', 'Darlington', { oldLaCode: '841' });
export const HARTLEPOOL = localAuthority('E06000001', 'Hartlepool', { oldLaCode: '805' });
export const STOCKTON = localAuthority('E06000004', 'Stockton-on-Tees', { oldLaCode: '808' });
export const SUNDERLAND = localAuthority('E08000024', 'Sunderland', { oldLaCode: '394' });
export const GATESHEAD = localAuthority('E08000037', 'Gateshead', { oldLaCode: '390', formerCodes: ['E08000020'] });
/** A council with a former ONS code (E08000016 until 2025), for the former-code rules. */
export const BARNSLEY = localAuthority('E08000038', 'Barnsley', {
  regionCode: YORKSHIRE_CODE,
  oldLaCode: '370',
  formerCodes: ['E08000016'],
});
export const SHEFFIELD = localAuthority('E08000039', 'Sheffield', {
  regionCode: YORKSHIRE_CODE,
  oldLaCode: '373',
  formerCodes: ['E08000019'],
});

/** England, two regions and the councils above: enough for ranks in a region, neighbours and former codes. */
export const SOME_AREAS: readonly Area[] = [
  ENGLAND,
  NORTH_EAST,
  YORKSHIRE,
  DURHAM,
  DARLINGTON,
  HARTLEPOOL,
  STOCKTON,
  SUNDERLAND,
  GATESHEAD,
  BARNSLEY,
  SHEFFIELD,
];

export function areaDirectory(areas: readonly Area[] = SOME_AREAS): AreaDirectory {
  return new AreaDirectory(areas);
}

/** The areas as data/areas.csv writes them, for readers that take the file (assembleDataset, readAreas). */
export function areasTable(areas: readonly Area[] = SOME_AREAS, fileName = 'areas.csv'): SourceTable {
  const header = ['code', 'name', 'type', 'region_code', 'old_la_code', 'former_codes'];
  return {
    fileName,
    header,
    records: areas.map((area, index) => ({
      row: index + 2,
      cells: {
        code: area.code,
        name: area.name,
        type: area.type,
        region_code: area.regionCode,
        old_la_code: area.oldLaCode,
        former_codes: area.formerCodes.join(';'),
      },
    })),
  };
}
