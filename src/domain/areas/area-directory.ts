import { ENGLAND_CODE, STAT_NEIGHBOUR_PREFIX, statNeighbourCode, type Area, type AreaType } from './area';
import type { ParseResult, Problem, SourceTable } from '../readers/result';
import { cell, emptyFileProblem, missingColumns } from '../readers/table';

const FILE_AREA_TYPES: Readonly<Record<string, AreaType>> = {
  country: 'country',
  region: 'region',
  local_authority: 'local_authority',
};

/** The areas a dataset can name, looked up by code. Statistical-neighbour groups are derived, never listed. */
export class AreaDirectory {
  private readonly byCode: ReadonlyMap<string, Area>;

  constructor(readonly areas: readonly Area[]) {
    this.byCode = new Map(areas.map((area) => [area.code, area]));
  }

  find(code: string): Area | undefined {
    const listed = this.byCode.get(code);
    if (listed) return listed;
    if (!code.startsWith(STAT_NEIGHBOUR_PREFIX)) return undefined;
    const localAuthority = this.byCode.get(code.slice(STAT_NEIGHBOUR_PREFIX.length));
    if (localAuthority?.type !== 'local_authority') return undefined;
    return {
      code: statNeighbourCode(localAuthority.code),
      name: `Statistical neighbours of ${localAuthority.name}`,
      type: 'stat_neighbours',
      regionCode: localAuthority.regionCode,
      oldLaCode: '',
    };
  }

  england(): Area | undefined {
    return this.byCode.get(ENGLAND_CODE);
  }

  localAuthorities(): Area[] {
    return this.areas.filter((area) => area.type === 'local_authority');
  }
}

export interface AreaGroup {
  label: string;
  areas: Area[];
}

/**
 * Local authorities grouped by region for a drop-down (regions and LAs in alphabetical order), so
 * the list can be scanned by region and typed into by name. LAs whose region is not listed go last,
 * under "Other local authorities". `localAuthorities` narrows the list (e.g. to LAs with figures).
 */
export function localAuthorityGroups(
  areas: AreaDirectory,
  localAuthorities: readonly Area[] = areas.localAuthorities(),
): AreaGroup[] {
  const byName = (a: Area, b: Area) => a.name.localeCompare(b.name, 'en-GB');
  const regions = areas.areas.filter((area) => area.type === 'region').sort(byName);
  const sorted = [...localAuthorities].sort(byName);
  const groups: AreaGroup[] = regions
    .map((region) => ({ label: region.name, areas: sorted.filter((area) => area.regionCode === region.code) }))
    .filter((group) => group.areas.length > 0);
  const regionCodes = new Set(regions.map((region) => region.code));
  const others = sorted.filter((area) => !regionCodes.has(area.regionCode));
  if (others.length > 0) groups.push({ label: 'Other local authorities', areas: others });
  return groups;
}

export function readAreas(table: SourceTable): ParseResult<Area[]> {
  const problems: Problem[] = [...missingColumns(table, ['code', 'name', 'type']), ...emptyFileProblem(table)];
  if (problems.length > 0) return { value: [], problems };
  const areas: Area[] = [];
  const seen = new Set<string>();
  for (const record of table.records) {
    const code = cell(record, 'code');
    const type = FILE_AREA_TYPES[cell(record, 'type')];
    if (!/^[EWSNK]\d{8}$/.test(code)) {
      problems.push({
        severity: 'error',
        rule: 'invalid_area_code',
        row: record.row,
        column: 'code',
        message: `${table.fileName} row ${record.row}, column code: '${code}' is not an ONS area code such as E06000047.`,
      });
      continue;
    }
    if (!type) {
      problems.push({
        severity: 'error',
        rule: 'invalid_area_type',
        row: record.row,
        column: 'type',
        message: `${table.fileName} row ${record.row}, column type: '${cell(record, 'type')}' is not an area type: use country, region or local_authority.`,
      });
      continue;
    }
    if (seen.has(code)) {
      problems.push({
        severity: 'error',
        rule: 'duplicate_area',
        row: record.row,
        column: 'code',
        message: `${table.fileName} row ${record.row}, column code: ${code} appears twice: keep one row per area.`,
      });
      continue;
    }
    seen.add(code);
    areas.push({
      code,
      name: cell(record, 'name'),
      type,
      regionCode: cell(record, 'region_code'),
      oldLaCode: cell(record, 'old_la_code'),
    });
  }
  return { value: areas, problems };
}
