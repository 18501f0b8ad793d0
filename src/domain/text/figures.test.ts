import { describe, expect, it } from 'vitest';
import {
  UNIT_NAME,
  figureInWords,
  formatCounts,
  formatFigure,
  formatNumber,
  formatStatus,
  formatValue,
  grouped,
  poundsInWords,
  shortFigure,
} from './figures';
import type { Unit } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import type { Status } from '../observations/status';
import { measure as measureOf } from '../../../test/unit/builders/measure';

function measure(unit: Unit, decimalPlaces = 1, numeratorLabel = '') {
  return measureOf(unit, { decimalPlaces, numeratorLabel });
}

function observation(
  value: number | null,
  counts: { numerator?: number; denominator?: number; status?: Status; note?: string } = {},
): Observation {
  return {
    measureId: 'example',
    areaCode: 'E06000047',
    period: { type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
    value,
    numerator: counts.numerator ?? null,
    denominator: counts.denominator ?? null,
    status: counts.status ?? 'final',
    note: counts.note ?? '',
    source: { file: 'format.csv', row: 2 },
  };
}

const RATE = measure('rate_per_10k', 1, 'children');
const PERCENT = measure('percent', 1, 'children');
const PERCENT_UNLABELLED = measure('percent', 1);
const DAYS = measure('days', 0);
const COUNT = measure('count', 0, 'carers');
const SCORE = measure('score', 1);
const CHART = measure('chart', 0);

describe('formatFigure', () => {
  it.each([
    { shows: '90.0 (912 children)', of: RATE, figure: observation(90, { numerator: 912 }) },
    { shows: '82.9 (833 children)', of: RATE, figure: observation(82.9, { numerator: 833 }) },
    { shows: '63.9% (53 of 83)', of: PERCENT, figure: observation(63.9, { numerator: 53, denominator: 83 }) },
    { shows: '0.1% (1 of 914)', of: PERCENT, figure: observation(0.1, { numerator: 1, denominator: 914 }) },
    { shows: '7.7% (73 children)', of: PERCENT, figure: observation(7.7, { numerator: 73 }) },
    { shows: '7.7% (73)', of: PERCENT_UNLABELLED, figure: observation(7.7, { numerator: 73 }) },
    { shows: '0.0% (0 children)', of: PERCENT, figure: observation(0, { numerator: 0 }) },
    {
      shows: '12.3% (1,234 of 10,000)',
      of: PERCENT,
      figure: observation(12.34, { numerator: 1234, denominator: 10000 }),
    },
    { shows: '70.0%', of: PERCENT, figure: observation(70.0) },
    { shows: '70.6%', of: PERCENT, figure: observation(70.6) },
    { shows: '63.9%', of: PERCENT, figure: observation(63.94) },
    { shows: '430 days', of: DAYS, figure: observation(430) },
    { shows: '431 days', of: DAYS, figure: observation(430.6) },
    { shows: '1,234', of: COUNT, figure: observation(1234) },
    { shows: '12,345 (12,345 carers)', of: COUNT, figure: observation(12345, { numerator: 12345 }) },
    { shows: '13.5', of: SCORE, figure: observation(13.5) },
    { shows: '-2.5', of: SCORE, figure: observation(-2.5) },
    { shows: 'Reported annually', of: PERCENT, figure: observation(null, { status: 'reported_annually' }) },
    { shows: 'No new data', of: PERCENT, figure: observation(null, { status: 'no_new_data' }) },
    { shows: 'Suppressed', of: PERCENT, figure: observation(null, { status: 'suppressed' }) },
    { shows: 'To be confirmed', of: PERCENT, figure: observation(null, { status: 'tbc' }) },
    { shows: 'Not available', of: PERCENT, figure: observation(null, { status: 'not_available' }) },
    {
      shows: 'See chart 1',
      of: CHART,
      figure: observation(null, { status: 'see_chart', note: 'See chart 1: Length of time looked after by age' }),
    },
    {
      shows: 'See chart 3',
      of: CHART,
      figure: observation(null, {
        status: 'see_chart',
        note: 'See chart 3: Caseload breakdown (SW/ASYE) - Sep 2021 WTE',
      }),
    },
    { shows: 'Shown in a chart', of: CHART, figure: observation(null, { status: 'see_chart' }) },
  ])('prints "$shows"', ({ shows, of, figure }) => {
    expect(formatFigure(of, figure)).toBe(shows);
  });
});

describe('formatNumber', () => {
  it.each([
    { value: 70, decimalPlaces: 1, shows: '70' },
    { value: 92.7, decimalPlaces: 1, shows: '92.7' },
    { value: 92.75, decimalPlaces: 1, shows: '92.8' },
    { value: 0.5, decimalPlaces: 0, shows: '1' },
    { value: 1234.5, decimalPlaces: 2, shows: '1,234.5' },
    { value: 1234567, decimalPlaces: 0, shows: '1,234,567' },
    { value: 0, decimalPlaces: 1, shows: '0' },
  ])('prints $value to at most $decimalPlaces places as "$shows"', ({ value, decimalPlaces, shows }) => {
    expect(formatNumber(value, decimalPlaces)).toBe(shows);
  });
});

describe('grouped', () => {
  it.each([
    { value: 1144, shows: '1,144' },
    { value: 1234567, shows: '1,234,567' },
    { value: 0.5, shows: '0.5' },
    { value: 1234.5678, shows: '1,234.568' },
    { value: -3, shows: '-3' },
    { value: 0, shows: '0' },
  ])('prints $value with its thousands grouped as "$shows", as toLocaleString does', ({ value, shows }) => {
    expect(grouped(value)).toBe(shows);
  });
});

describe('formatValue', () => {
  it.each([
    { unit: 'percent', shows: '63.9%' },
    { unit: 'rate_per_10k', shows: '63.9' },
    { unit: 'days', shows: '63.9 days' },
    { unit: 'score', shows: '63.9' },
    { unit: 'ratio', shows: '63.9' },
  ] as const)('prints 63.9 in $unit as "$shows"', ({ unit, shows }) => {
    expect(formatValue(measure(unit), 63.9)).toBe(shows);
  });
});

describe('formatCounts', () => {
  it.each([
    { numerator: undefined, denominator: undefined, shows: '' },
    { numerator: undefined, denominator: 83, shows: '' },
    { numerator: 53, denominator: 83, shows: '53 of 83' },
    { numerator: 912, denominator: undefined, shows: '912 children' },
  ])('prints numerator $numerator and denominator $denominator as "$shows"', ({ numerator, denominator, shows }) => {
    expect(formatCounts(PERCENT, observation(63.9, { numerator, denominator }))).toBe(shows);
  });
});

describe('formatStatus', () => {
  it.each([
    { status: 'low', shows: 'Fewer than 0.5 (rounds to 0)' },
    { status: 'low_reliability', shows: 'Low reliability' },
    { status: 'not_applicable', shows: 'Not applicable' },
  ] as const)('prints $status in words as "$shows"', ({ status, shows }) => {
    expect(formatStatus(observation(null, { status }))).toBe(shows);
  });
});

describe('amounts of money', () => {
  it.each([
    [81_939_000, '£81.9 million'],
    [16_878_876_000, '£16.9 billion'],
    [950_000, '£950,000'],
    [999_999_999, '£1.0 billion'],
    [999_999.6, '£1.0 million'],
  ])('writes £%d as "%s"', (pounds, words) => {
    expect(poundsInWords(pounds)).toBe(words);
  });
});

describe('figures in a sentence', () => {
  it.each([
    { unit: 'percent', inWords: '63.9%', short: '63.9%', name: 'Percentage' },
    { unit: 'rate_per_10k', inWords: '63.9 per 10,000 children', short: '63.9', name: 'Rate per 10,000 children' },
    { unit: 'days', inWords: '63.9 days', short: '63.9', name: 'Number of days' },
    { unit: 'count', inWords: '63.9', short: '63.9', name: 'Number' },
    { unit: 'score', inWords: '63.9', short: '63.9', name: 'Average score' },
    { unit: 'ratio', inWords: '63.9', short: '63.9', name: 'Ratio' },
    { unit: 'pounds_per_child', inWords: '£63.9 per child', short: '£63.9', name: 'Pounds per child' },
    { unit: 'chart', inWords: '63.9', short: '63.9', name: 'Shown as a chart' },
  ] as const)(
    'writes 63.9 in $unit as "$inWords", in a list as "$short"; the unit is "$name"',
    ({ unit, inWords, short, name }) => {
      expect([figureInWords(measure(unit), 63.9), shortFigure(measure(unit), 63.9), UNIT_NAME[unit]]).toEqual([
        inWords,
        short,
        name,
      ]);
    },
  );
});
