/**
 * Test-only: small Explore Education Statistics files written in the test, laid out as DfE publishes
 * the files of the National Framework that ../shared/dfe-open-data does not ship (docs/data-format.md):
 * the standard geography columns, then the file's filters and figures. Their columns are those DfE's
 * children's social care dashboard reads (dfe-analytical-services/CSC_outcomes_and_enablers, R/read_data.R):
 *
 * - children looked after, one file per cohort with the same columns: cla_group, characteristic,
 *   number, percentage (la_children_who_started_to_be_looked_after_during_the_year.csv,
 *   la_cla_on_31_march_by_characteristics.csv, la_children_who_ceased_during_the_year.csv);
 * - the workforce by characteristics: role, breakdown_topic, breakdown, inpost_FTE,
 *   inpost_FTE_percentage, inpost_headcount, inpost_headcount_percentage
 *   (csww_role_by_characteristics_inpost_2019_to_2025.csv).
 *
 * Cells are written as DfE writes them: numbers, or a symbol (c, x, z, low, k, u).
 */
import type { Area } from '../../../src/domain/areas/area';
import { ENGLAND, NORTH_EAST, YORKSHIRE } from './areas';
import { EES_GEOGRAPHY_COLUMNS } from '../../../src/domain/readers/dfe/dfe-columns';

/** The names Explore Education Statistics gives the files. */
export const EES_FILE = {
  started: 'la_children_who_started_to_be_looked_after_during_the_year.csv',
  onMarch31: 'la_cla_on_31_march_by_characteristics.csv',
  ceased: 'la_children_who_ceased_during_the_year.csv',
  workforce: 'csww_role_by_characteristics_inpost_2019_to_2025.csv',
} as const;

const GEOGRAPHY = EES_GEOGRAPHY_COLUMNS;

const REGION_NAMES = new Map([NORTH_EAST, YORKSHIRE].map((region) => [region.code, region.name]));

/** Where a row's figures are for: England, a region, or a council (under another code when given, as DfE wrote it before ONS replaced it). */
export interface EesPlace {
  area: Area;
  /** The council's code as the file writes it; its current code unless given. */
  code?: string;
}

function geography(place: EesPlace, year: string): string[] {
  const { area } = place;
  const start = [year, 'Reporting year'];
  if (area.type === 'country') return [...start, 'National', ENGLAND.code, 'England', '', '', '', '', ''];
  if (area.type === 'region') return [...start, 'Regional', ENGLAND.code, 'England', area.code, area.name, '', '', ''];
  return [
    ...start,
    'Local authority',
    ENGLAND.code,
    'England',
    area.regionCode,
    REGION_NAMES.get(area.regionCode) ?? '',
    place.code ?? area.code,
    area.oldLaCode,
    area.name,
  ];
}

function csvLine(cells: readonly string[]): string {
  return cells.map((text) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)).join(',');
}

/** One row of a children looked after file: a characteristic of a group, its number and percentage. */
export interface ClaRow extends EesPlace {
  group: string;
  characteristic: string;
  number: string;
  percentage: string;
  /** time_period: the year ending 31 March; 2025 unless given. */
  year?: string;
}

/** A children looked after file as its text, in DfE's layout, one line per row given. */
export function claFile(rows: readonly ClaRow[]): string {
  const header = [...GEOGRAPHY, 'cla_group', 'characteristic', 'number', 'percentage'];
  const lines = rows.map((row) =>
    csvLine([...geography(row, row.year ?? '2025'), row.group, row.characteristic, row.number, row.percentage]),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
}

/** One row of the workforce by characteristics: a role's headcount and FTE in a breakdown. */
export interface WorkforceRow extends EesPlace {
  role?: string;
  topic?: string;
  breakdown: string;
  headcount: string;
  headcountPercentage: string;
  /** time_period: the year of the census at 30 September; 2025 unless given. */
  year?: string;
}

/** The workforce by characteristics file as its text; FTEs are written as "x" (not read). */
export function workforceFile(rows: readonly WorkforceRow[]): string {
  const header = [
    ...GEOGRAPHY,
    'role',
    'breakdown_topic',
    'breakdown',
    'inpost_FTE',
    'inpost_FTE_percentage',
    'inpost_headcount',
    'inpost_headcount_percentage',
  ];
  const lines = rows.map((row) =>
    csvLine([
      ...geography(row, row.year ?? '2025'),
      row.role ?? 'Total',
      row.topic ?? 'Ethnicity major',
      row.breakdown,
      'x',
      'x',
      row.headcount,
      row.headcountPercentage,
    ]),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
}
