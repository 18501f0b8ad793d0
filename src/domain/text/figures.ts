/** Figures in words: numbers as committee papers print them, with their unit, counts and status. */
import type { Measure, Unit } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import { STATUS_LABEL } from '../observations/status';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The en-GB number format with these decimals, made once: making one is what toLocaleString does
 * on every call, about 0.1 ms each, which a scorecard of hundreds of figures and a ranking of 150
 * councils paid thousands of times; formatting with one already made is about a hundredth of that.
 */
function numberFormat(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}|${maximumFractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits, maximumFractionDigits });
    formatters.set(key, format);
  }
  return format;
}

/** A number with its thousands grouped ("1,144", "0.5"), as `value.toLocaleString('en-GB')` writes it. */
export function grouped(value: number): string {
  return numberFormat(0, 3).format(value);
}

/** A number with up to `decimalPlaces` decimals, trailing zeros dropped: for counts and sizes that are not a measure's figure. */
export function formatNumber(value: number, decimalPlaces: number): string {
  return numberFormat(0, decimalPlaces).format(value);
}

/**
 * A measure's figure with exactly its decimals ("90.0", "54.0%"), as the DfE and the seed paper
 * print them, so one measure's figures line up in a row and 54% never sits beside 55.8%.
 */
export function fixedNumber(value: number, decimalPlaces: number): string {
  return numberFormat(decimalPlaces, decimalPlaces).format(value);
}

/** A figure as a table cell prints it: "63.9%", "413 days", "90" (a rate's unit is in the measure's title). */
export function formatValue(measure: Measure, value: number): string {
  const number = fixedNumber(value, measure.decimalPlaces);
  switch (measure.unit) {
    case 'percent':
      return `${number}%`;
    case 'days':
      return `${number} days`;
    case 'months':
      return `${number} months`;
    case 'pounds_per_child':
      return `£${number}`;
    default:
      return number;
  }
}

/** A figure in a sentence that has not said its unit yet: "90 per 10,000 children", "72%", "413 days". */
export function figureInWords(measure: Measure, value: number): string {
  if (measure.unit === 'rate_per_10k') return `${fixedNumber(value, measure.decimalPlaces)} per 10,000 children`;
  if (measure.unit === 'pounds_per_child') return `${formatValue(measure, value)} per child`;
  return formatValue(measure, value);
}

/**
 * An amount of money as a paper writes it: "£81.9 million", "£16.9 billion", "£950,000". Councils'
 * accounts are in thousands of pounds, so a million is given to the nearest hundred thousand.
 */
export function poundsInWords(pounds: number): string {
  const size = Math.abs(pounds);
  // Compared after rounding, so £999.96 million is "£1.0 billion", never "£1,000.0 million".
  if (size >= 999_950_000) return `£${fixedNumber(pounds / 1e9, 1)} billion`;
  if (size >= 999_999.5) return `£${fixedNumber(pounds / 1e6, 1)} million`;
  return `£${fixedNumber(pounds, 0)}`;
}

/** A figure in a list after its unit has been said: "67", "64%", "£1,385"; only the per cent and pound signs are kept. */
export function shortFigure(measure: Measure, value: number): string {
  const number = fixedNumber(value, measure.decimalPlaces);
  if (measure.unit === 'percent') return `${number}%`;
  return measure.unit === 'pounds_per_child' ? `£${number}` : number;
}

/** The bracketed counts behind a figure: "53 of 83", "912 children", or "" when the file gave none. */
export function formatCounts(measure: Measure, observation: Observation): string {
  const { numerator, denominator } = observation;
  if (numerator === null) return '';
  const counted = grouped(numerator);
  if (denominator !== null) return `${counted} of ${grouped(denominator)}`;
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

/** What a measure's figures are, for its facts list: "Percentage", "Rate per 10,000 children". */
export const UNIT_NAME: Readonly<Record<Unit, string>> = {
  percent: 'Percentage',
  rate_per_10k: 'Rate per 10,000 children',
  days: 'Number of days',
  months: 'Number of months',
  count: 'Number',
  score: 'Average score',
  ratio: 'Ratio',
  pounds_per_child: 'Pounds per child',
  chart: 'Shown as a chart',
};
