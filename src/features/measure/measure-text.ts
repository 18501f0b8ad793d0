import { formatCounts, formatNumber, formatStatus } from '../../domain/text/format';
import type { Measure } from '../../domain/catalogue/measure';
import type { Observation } from '../../domain/observations/observation';
import type { Period } from '../../domain/periods/period';
import type { ScorecardRow } from '../../domain/scorecard/scorecard';

const COMPARATOR_NAME = { england: 'England', region: '', stat_neighbours: 'statistical neighbours' } as const;

/** A figure in a sentence: "90 per 10,000 children", "72%", "413 days". */
export function figureInWords(measure: Measure, value: number): string {
  const number = formatNumber(value, measure.decimalPlaces);
  switch (measure.unit) {
    case 'percent':
      return `${number}%`;
    case 'rate_per_10k':
      return `${number} per 10,000 children`;
    case 'days':
      return `${number} days`;
    default:
      return number;
  }
}

function shortFigure(measure: Measure, value: number): string {
  const number = formatNumber(value, measure.decimalPlaces);
  return measure.unit === 'percent' ? `${number}%` : number;
}

/** "in 2020/21" for a year, "at 2021/22 Q2" for a point in a year. */
function when(period: Period): string {
  return period.type === 'financial_year' || period.type === 'three_year' ? `in ${period.label}` : `at ${period.label}`;
}

/**
 * The latest position in words, e.g. "90 per 10,000 children at 2021/22 Q2 (912 children).
 * England 67, North East 108, statistical neighbours 102 (2019/20)."
 */
export function latestPositionText(row: ScorecardRow): string {
  const { measure, latest, laterStatus } = row;
  if (!latest) {
    return laterStatus
      ? `${formatStatus(laterStatus)} ${when(laterStatus.period)}; there is no earlier figure.`
      : 'There is no figure for this measure yet.';
  }
  const value = latest.value ?? 0;
  const counts = formatCounts(measure, latest);
  const flag = latest.status === 'final' ? '' : `, ${formatStatus(latest).toLowerCase()}`;
  const sentences = [
    `${figureInWords(measure, value)} ${when(latest.period)}${counts ? ` (${counts}${flag})` : flag ? ` (${flag.slice(2)})` : ''}.`,
  ];
  if (laterStatus) sentences.push(`${formatStatus(laterStatus)} for ${laterStatus.period.label}.`);
  const withFigures = row.comparators.filter((comparator) => comparator.observation?.value != null);
  if (withFigures.length > 0) {
    const periods = new Set(withFigures.map((comparator) => comparator.observation?.period.label));
    const single = periods.size === 1 ? [...periods][0] : undefined;
    const parts = withFigures.map((comparator) => {
      const name = COMPARATOR_NAME[comparator.kind] || comparator.area.name;
      const observation = comparator.observation as Observation;
      const figure = shortFigure(measure, observation.value ?? 0);
      return single ? `${name} ${figure}` : `${name} ${figure} (${observation.period.label})`;
    });
    const sentence = parts.join(', ');
    sentences.push(
      `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${single && single !== latest.period.label ? ` (${single})` : ''}.`,
    );
  }
  return sentences.join(' ');
}

/**
 * The trend in one sentence, naming each turn: "rose from 82.9 in 2018/19 to 93.5 in 2020/21, then
 * fell to 90 at 2021/22 Q2". Points are the home area's figures in timeline order.
 */
export function trendSummary(measure: Measure, points: readonly { period: Period; value: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return 'There are no figures to show a trend.';
  if (rest.length === 0)
    return `There is one figure so far: ${shortFigure(measure, first.value)} ${when(first.period)}.`;
  const phrases: string[] = [];
  let start = first;
  let previous = first;
  let direction: 'rose' | 'fell' | 'stayed' | null = null;
  const flush = (end: { period: Period; value: number }) => {
    if (!direction) return;
    const to = `${shortFigure(measure, end.value)} ${when(end.period)}`;
    if (phrases.length === 0) {
      phrases.push(
        direction === 'stayed'
          ? `stayed at ${shortFigure(measure, start.value)} from ${start.period.label} to ${end.period.label}`
          : `${direction} from ${shortFigure(measure, start.value)} ${when(start.period)} to ${to}`,
      );
    } else {
      phrases.push(
        direction === 'stayed'
          ? `then stayed at ${shortFigure(measure, end.value)} to ${end.period.label}`
          : `then ${direction} to ${to}`,
      );
    }
  };
  for (const point of rest) {
    const step = point.value > previous.value ? 'rose' : point.value < previous.value ? 'fell' : 'stayed';
    if (direction !== null && step !== direction) {
      flush(previous);
      start = previous;
    }
    direction = step;
    previous = point;
  }
  flush(previous);
  const text = phrases.join(', ');
  return `${measure.shortTitle} ${text}.`;
}
