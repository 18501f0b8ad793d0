import { ordinal } from './ordinal';
import { type Direction } from '../comparison/direction';
import { type QuartileBand, type RankedArea } from '../comparison/rank';
import { type Rating } from '../comparison/rating';
import type { Measure, Polarity } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import type { Period } from '../periods/period';
import { STATUS_LABEL } from '../observations/status';

export function formatNumber(value: number, decimalPlaces: number): string {
  // Trailing zeros are dropped, as committee papers print them ("90", "92.7"), so the screen matches the paper.
  return value.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: decimalPlaces });
}

export function formatValue(measure: Measure, value: number): string {
  const number = formatNumber(value, measure.decimalPlaces);
  switch (measure.unit) {
    case 'percent':
      return `${number}%`;
    case 'days':
      return `${number} days`;
    default:
      return number;
  }
}

/** The bracketed counts behind a figure: "53 of 83", "912 children", or "" when the file gave none. */
export function formatCounts(measure: Measure, observation: Observation): string {
  const { numerator, denominator } = observation;
  if (numerator === null) return '';
  const counted = numerator.toLocaleString('en-GB');
  if (denominator !== null) return `${counted} of ${denominator.toLocaleString('en-GB')}`;
  return measure.numeratorLabel ? `${counted} ${measure.numeratorLabel}` : counted;
}

/** Words for a cell that has no figure; the see-chart status names its chart from the note. */
export function formatStatus(observation: Observation): string {
  if (observation.status === 'see_chart' && observation.note) return observation.note.split(':')[0] ?? observation.note;
  return STATUS_LABEL[observation.status];
}

/** A figure as the scorecard prints it: "90 (912 children)", "63.9% (53 of 83)", or a status in words. */
export function formatFigure(measure: Measure, observation: Observation): string {
  if (observation.value === null) return formatStatus(observation);
  const counts = formatCounts(measure, observation);
  const value = formatValue(measure, observation.value);
  return counts ? `${value} (${counts})` : value;
}

export const RATING_LABEL: Readonly<Record<Rating, string>> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  not_rated: 'Not rated',
};

export const DIRECTION_LABEL: Readonly<Record<Direction, string>> = {
  improving: 'Improving',
  worsening: 'Worsening',
  no_change: 'No change',
  higher: 'Higher',
  lower: 'Lower',
};

export const POLARITY_LABEL: Readonly<Record<Polarity, string>> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  no_polarity: 'No good or bad direction',
};

/** Whether the figure went up or down, which the arrow shows whatever the polarity. */
export function movement(previous: number | null, latest: number | null): 'up' | 'down' | 'same' | null {
  if (previous === null || latest === null) return null;
  if (latest > previous) return 'up';
  if (latest < previous) return 'down';
  return 'same';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function monthYear(isoDate: string): string {
  const [year = '', month = '1'] = isoDate.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`;
}

/** A period in words for readers who do not think in financial years: "Quarter 2 2021/22 (July to September 2021)". */
export function describePeriod(period: Period): string {
  switch (period.type) {
    case 'financial_year':
      return `${period.label} (April ${period.start.slice(0, 4)} to March ${period.end.slice(0, 4)})`;
    case 'quarter': {
      const [year = '', quarter = ''] = period.label.split(' ');
      return `Quarter ${quarter.slice(1)} ${year} (${monthYear(period.start).split(' ')[0] ?? ''} to ${monthYear(period.end)})`;
    }
    case 'month':
      return monthYear(period.start);
    case 'date':
      return `${Number(period.end.slice(8, 10))} ${monthYear(period.end)}`;
    case 'three_year':
      return `${period.label} (April ${period.start.slice(0, 4)} to March ${period.end.slice(0, 4)}, three years)`;
  }
}

const BAND_MEANING: Readonly<Record<'ranked' | 'unranked', Readonly<Record<QuartileBand, string>>>> = {
  ranked: { A: 'best quarter', B: 'second best quarter', C: 'second worst quarter', D: 'worst quarter' },
  // Measures with no good direction are ranked lowest first (as LAIT does), so "best" would be a judgement the data does not make.
  unranked: { A: 'lowest quarter', B: 'second lowest quarter', C: 'second highest quarter', D: 'highest quarter' },
};

export function bandMeaning(band: QuartileBand, polarity: Polarity): string {
  return BAND_MEANING[polarity === 'no_polarity' ? 'unranked' : 'ranked'][band];
}

/** "A (best quarter)"; for a measure with no good direction, "A (lowest quarter)". */
export function bandText(band: QuartileBand, polarity: Polarity): string {
  return `${band} (${bandMeaning(band, polarity)})`;
}

/** "the North East", "the East of England", but "London" and "Yorkshire and The Humber", which take no "the". */
export function regionPhrase(name: string): string {
  return /^(North|South|East|West)\b/.test(name) ? `the ${name}` : name;
}

/** "3rd", or "joint 3rd" when another of the areas ranked shares the rank, so a tie is never read as a clear place. */
export function rankOrdinal(own: RankedArea, ranked: readonly RankedArea[]): string {
  const shared = ranked.filter((entry) => entry.rank === own.rank).length > 1;
  return `${shared ? 'joint ' : ''}${ordinal(own.rank)}`;
}

/**
 * "3rd of 12", "joint 3rd of 12"; "3rd lowest of 12" for a measure with no good direction, which is
 * ranked lowest first (as LAIT does), so a bare "3rd" would read as a judgement the data does not make.
 */
export function placeText(own: RankedArea, ranked: readonly RankedArea[], polarity: Polarity): string {
  const lowest = polarity === 'no_polarity' ? ' lowest' : '';
  return `${rankOrdinal(own, ranked)}${lowest} of ${own.of}`;
}
