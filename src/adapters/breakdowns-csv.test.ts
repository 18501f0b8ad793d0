import { describe, expect, it } from 'vitest';
import { cell } from '../../test/unit/builders/breakdown';
import { readCsvText } from './csv';
import { BREAKDOWNS_CSV_HEADER, breakdownsToCsv } from './breakdowns-csv';

describe('breakdownsToCsv', () => {
  it('writes one line per category, the second dimension blank for a one-way breakdown, for Excel', () => {
    const crossed = {
      ...cell('cla_age_and_time_in_care', '10_to_15', 2, 5, { note: '=At 31/03/2022, of those looked after' }),
      categories: [
        { dimension: 'age_band', key: '10_to_15', label: '10 to 15' },
        { dimension: 'time_in_care', key: '2_to_5_years', label: '2 to under 5 years' },
      ] as const,
    };
    const csv = breakdownsToCsv([
      cell('cla_legal_status', 'C2', 3, 5),
      crossed,
      cell('cla_legal_status', 'V2', null, 5, { status: 'suppressed' }),
    ]);
    expect(csv.startsWith(`\uFEFF${BREAKDOWNS_CSV_HEADER}\r\n`)).toBe(true);
    const rows = readCsvText('breakdowns.csv', csv).value.records.map(({ cells }) => cells);
    expect(
      rows.map((row) => [row.breakdown, row.category, row.category_2, row.count, row.percent, row.total, row.status]),
    ).toEqual([
      ['cla_legal_status', 'C2', '', '3', '60', '5', ''],
      ['cla_age_and_time_in_care', '10_to_15', '2_to_5_years', '2', '40', '5', ''],
      ['cla_legal_status', 'V2', '', '', '', '5', 'suppressed'],
    ]);
    expect(rows[1]?.note).toBe("'=At 31/03/2022, of those looked after");
  });
});
