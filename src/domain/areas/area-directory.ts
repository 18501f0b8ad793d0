import {
  ENGLAND_CODE,
  STAT_NEIGHBOUR_PREFIX,
  TARGET_PREFIX,
  codesOf,
  existedOn,
  statNeighbourCode,
  targetCode,
  type Area,
  type AreaType,
  type CodeKind,
} from './area';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../readers/result';
import { cell, emptyFileProblem, missingColumns } from '../readers/table';
import { append } from '../lists/append';
import { quoted } from '../text/quote';

const ONS_CODE = /^[EWSNK]\d{8}$/;

const FILE_AREA_TYPES: Readonly<Record<string, AreaType>> = {
  country: 'country',
  region: 'region',
  local_authority: 'local_authority',
};

export interface LocalAuthorityMatch {
  area: Area;
  by: CodeKind;
}

/** The areas a dataset can name, looked up by code. Statistical-neighbour groups are derived, never listed. */
export class AreaDirectory {
  private readonly byCode: ReadonlyMap<string, Area>;
  private readonly councilsByAnyCode: ReadonlyMap<string, LocalAuthorityMatch>;
  private readonly jointReturns: ReadonlyMap<string, readonly Area[]>;

  constructor(readonly areas: readonly Area[]) {
    this.byCode = new Map(areas.map((area) => [area.code, area]));
    const councils = new Map<string, LocalAuthorityMatch>();
    for (const area of areas) {
      if (area.type !== 'local_authority') continue;
      // A council's own code wins over another's former code or number, should areas.csv ever share one.
      for (const { code, kind } of codesOf(area)) {
        if (!councils.has(code) || kind === 'code') councils.set(code, { area, by: kind });
      }
    }
    this.councilsByAnyCode = councils;
    const joint = new Map<string, Area[]>();
    for (const area of areas) {
      if (area.type !== 'local_authority' || area.jointReturn === undefined) continue;
      joint.set(area.jointReturn, [...(joint.get(area.jointReturn) ?? []), area]);
    }
    this.jointReturns = joint;
  }

  /**
   * The councils of a joint return, by the code DfE gives it ("E06000061 / E06000062"), or none:
   * DfE publishes one figure for them together (areas.csv joint_return).
   */
  jointReturnMembers(code: string): readonly Area[] {
    return this.jointReturns.get(code.trim()) ?? [];
  }

  /** The local authorities that existed on a day (ISO): those a ranking of that period counts. */
  localAuthoritiesOn(day: string): Area[] {
    return this.localAuthorities().filter((area) => existedOn(area, day));
  }

  /**
   * The current local authority a code names, however a file wrote it: its ONS code, a code it had
   * before ONS replaced it (former_codes), or DfE's three-digit LA number (old_la_code). The one
   * lookup of councils for every reader of outside files (DfE, Ofsted, the neighbour models), the area
   * search and the data-building scripts; `by` says which, so a reader can say it read an old code.
   */
  findLocalAuthority(code: string): LocalAuthorityMatch | undefined {
    return this.councilsByAnyCode.get(code.trim());
  }

  find(code: string): Area | undefined {
    const listed = this.byCode.get(code);
    if (listed) return listed;
    const prefix = [STAT_NEIGHBOUR_PREFIX, TARGET_PREFIX].find((each) => code.startsWith(each));
    if (prefix === undefined) return undefined;
    const localAuthority = this.byCode.get(code.slice(prefix.length));
    if (localAuthority?.type !== 'local_authority') return undefined;
    const neighbours = prefix === STAT_NEIGHBOUR_PREFIX;
    return {
      code: neighbours ? statNeighbourCode(localAuthority.code) : targetCode(localAuthority.code),
      name: neighbours ? `Statistical neighbours of ${localAuthority.name}` : `Target for ${localAuthority.name}`,
      type: neighbours ? 'stat_neighbours' : 'target',
      regionCode: localAuthority.regionCode,
      oldLaCode: '',
      formerCodes: [],
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
  /** Each area's row, for messages about its former codes. */
  const rows = new Map<string, number>();
  for (const record of table.records) {
    const code = cell(record, 'code');
    const type = FILE_AREA_TYPES[cell(record, 'type')];
    if (!ONS_CODE.test(code)) {
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
    if (rows.has(code)) {
      problems.push({
        severity: 'error',
        rule: 'duplicate_area',
        row: record.row,
        column: 'code',
        message: `${table.fileName} row ${record.row}, column code: ${code} appears twice: keep one row per area.`,
      });
      continue;
    }
    areas.push({
      code,
      name: cell(record, 'name'),
      type,
      regionCode: cell(record, 'region_code'),
      oldLaCode: cell(record, 'old_la_code'),
      formerCodes: readFormerCodes(table.fileName, record, problems),
      ...readLifetime(table.fileName, record, problems),
    });
    rows.set(code, record.row);
  }
  append(problems, formerCodeClashes(table.fileName, areas, rows));
  return { value: areas, problems };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The from, to, replaces, replaced_by and joint_return cells; each absent when blank. */
function readLifetime(
  fileName: string,
  record: SourceRecord,
  problems: Problem[],
): Pick<Area, 'from' | 'to' | 'replaces' | 'replacedBy' | 'jointReturn'> {
  const lifetime: Pick<Area, 'from' | 'to' | 'replaces' | 'replacedBy' | 'jointReturn'> = {};
  for (const column of ['from', 'to'] as const) {
    const day = cell(record, column);
    if (day === '') continue;
    if (ISO_DAY.test(day)) lifetime[column] = day;
    else
      problems.push({
        severity: 'error',
        rule: 'invalid_date',
        row: record.row,
        column,
        message: `${fileName} row ${record.row}, column ${column}: ${quoted(day)} is not a date: write it as 2021-03-31.`,
      });
  }
  const codes = (column: string) => codeList(fileName, record, column, problems);
  const replaces = codes('replaces');
  if (replaces.length > 0) lifetime.replaces = replaces;
  const replacedBy = codes('replaced_by');
  if (replacedBy.length > 0) lifetime.replacedBy = replacedBy;
  const joint = cell(record, 'joint_return');
  if (joint !== '') lifetime.jointReturn = joint;
  return lifetime;
}

/**
 * The `former_codes` cell: ONS codes separated by `;`. Each entry is read here and only here, so an
 * entry can later carry more than a code (such as the dates it was used, for councils that were
 * abolished) without another column. An entry that is not a code is reported and left out.
 */
function readFormerCodes(fileName: string, record: SourceRecord, problems: Problem[]): string[] {
  return codeList(fileName, record, 'former_codes', problems);
}

/** A cell of ONS codes separated by `;` (former_codes, replaces, replaced_by). */
function codeList(fileName: string, record: SourceRecord, column: string, problems: Problem[]): string[] {
  const entries = cell(record, column)
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return entries.filter((entry) => {
    if (ONS_CODE.test(entry)) return true;
    problems.push({
      severity: 'error',
      rule: 'invalid_former_code',
      row: record.row,
      column,
      message: `${fileName} row ${record.row}, column ${column}: '${entry}' is not an ONS area code such as E08000016. Separate two codes with ';'.`,
    });
    return false;
  });
}

/** A former code must name one council only, and never be an area's current code, or a file using it would be read as either. */
function formerCodeClashes(fileName: string, areas: readonly Area[], rows: ReadonlyMap<string, number>): Problem[] {
  const problems: Problem[] = [];
  const claimedBy = new Map<string, Area>();
  for (const area of areas) {
    for (const former of area.formerCodes) {
      const other = rows.has(former) ? areas.find((candidate) => candidate.code === former) : claimedBy.get(former);
      if (other) {
        const row = rows.get(area.code);
        problems.push({
          severity: 'error',
          rule: 'duplicate_area',
          ...(row === undefined ? {} : { row }),
          column: 'former_codes',
          message: `${fileName}${row === undefined ? '' : ` row ${row}`}, column former_codes: ${former} is already ${other.code === former ? 'the code of' : 'a former code of'} ${other.name}. A code names one council only.`,
        });
        continue;
      }
      claimedBy.set(former, area);
    }
  }
  return problems;
}
