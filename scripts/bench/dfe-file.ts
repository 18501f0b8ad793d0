/**
 * A generated DfE open-data file for the import benchmark: the columns of DfE's "Children looked
 * after in England including adoption" national-tables file (cla_number_and_rate_per_10k_children.csv,
 * as in test/fixtures/dfe/), with England, the nine regions and every local authority, month by
 * month, so that 300,000 rows give distinct figures rather than repeats. Three population types
 * have a line in data/dfe-measure-map.csv (rates of children looked after, starting and ceasing);
 * the fourth has none, as DfE files hold breakdowns the scorecard does not show. Every 40th figure
 * is suppressed ('c'), as small counts are in the real file.
 */
import { monthName } from '../../src/domain/text/dates';

export const DFE_HEADER = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'la_name',
  'new_la_code',
  'population_type',
  'population_estimate',
  'children_count',
  'rate_per_10000',
] as const;

export const POPULATION_TYPES = [
  'Children looked after on 31 March each year',
  'Children starting to be looked after each year',
  'Children ceasing to be looked after each year',
  // No line of the measure map reads this one: its rows are counted as unmatched.
  'Children looked after during the year',
] as const;

/** What the generator needs to know of an area; the bench passes data/areas.csv. */
export interface GeneratedArea {
  code: string;
  name: string;
  type: 'country' | 'region' | 'local_authority';
  regionCode: string;
  oldLaCode: string;
}

/**
 * The file starts in January 2012 and 300,000 rows run to 2050: synthetic, but every month is a
 * distinct period. It cannot start earlier: dfePeriod reads a month as parsePeriod('YYYY-MM'), which
 * refuses June 2005 ('2005-06') and its like, one month a year from 1998 to 2011, as ambiguous with a financial year.
 */
const FIRST_YEAR = 2012;

function level(type: GeneratedArea['type']): string {
  if (type === 'country') return 'National';
  return type === 'region' ? 'Regional' : 'Local authority';
}

/** A name with a comma is quoted, as DfE's files quote it ("Bristol, City of"). */
function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The file's text, CRLF line ends as DfE publishes them, with exactly `rows` data rows below the
 * header. Figures vary by row so that no two areas or months read alike, but deterministically, so
 * every run reads the same file.
 */
export function generateDfeFile(rows: number, areas: readonly GeneratedArea[]): string {
  if (areas.length === 0) throw new Error('generateDfeFile needs at least one area');
  const england = areas.find((area) => area.type === 'country');
  const regionNames = new Map(areas.filter((area) => area.type === 'region').map((area) => [area.code, area.name]));
  const lines: string[] = [DFE_HEADER.join(',')];
  let month = 0;
  while (lines.length <= rows) {
    const year = String(FIRST_YEAR + Math.floor(month / 12));
    const identifier = monthName((month % 12) + 1);
    for (const [areaIndex, area] of areas.entries()) {
      const regionCode = area.type === 'local_authority' ? area.regionCode : area.type === 'region' ? area.code : '';
      const place = [
        year,
        identifier,
        level(area.type),
        england?.code ?? 'E92000001',
        england?.name ?? 'England',
        regionCode,
        csvCell(regionNames.get(regionCode) ?? ''),
        area.type === 'local_authority' ? area.oldLaCode : '',
        area.type === 'local_authority' ? csvCell(area.name) : '',
        area.type === 'local_authority' ? area.code : '',
      ].join(',');
      for (const [typeIndex, populationType] of POPULATION_TYPES.entries()) {
        if (lines.length > rows) break;
        const population = 40_000 + ((areaIndex * 7_919 + month * 13) % 160_000);
        const children = 20 + ((areaIndex * 31 + month * 7 + typeIndex * 17) % 900);
        const suppressed = lines.length % 40 === 0;
        const rate = suppressed ? 'c' : String(Math.round((children / population) * 10_000));
        lines.push(`${place},${populationType},${population},${suppressed ? 'c' : children},${rate}`);
      }
    }
    month += 1;
  }
  return `${lines.join('\r\n')}\r\n`;
}
