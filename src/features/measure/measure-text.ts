import { comparatorName } from '../../domain/text/comparators';
import { figureInWords, formatCounts, formatStatus, shortFigure } from '../../domain/text/figures';
import { whenInWords } from '../../domain/text/periods';
import type { ScorecardRow } from '../../domain/scorecard/scorecard';

/**
 * The latest position in words, e.g. "90 per 10,000 children at 2021/22 Q2 (912 children).
 * England 67, North East 108, statistical neighbours 102 (2019/20)."
 */
export function latestPositionText(row: ScorecardRow): string {
  const { measure, latest, laterStatus } = row;
  if (!latest) {
    return laterStatus
      ? `${formatStatus(laterStatus)} ${whenInWords(laterStatus.period)}; there is no earlier figure.`
      : 'There is no figure for this measure yet.';
  }
  const value = latest.value ?? 0;
  const counts = formatCounts(measure, latest);
  const flag = latest.status === 'final' ? '' : `, ${formatStatus(latest).toLowerCase()}`;
  const sentences = [
    `${figureInWords(measure, value)} ${whenInWords(latest.period)}${counts ? ` (${counts}${flag})` : flag ? ` (${flag.slice(2)})` : ''}.`,
  ];
  if (laterStatus) sentences.push(`${formatStatus(laterStatus)} for ${laterStatus.period.label}.`);
  const withFigures = row.comparators.flatMap((comparator) =>
    comparator.observation?.value == null
      ? []
      : [{ comparator, period: comparator.observation.period.label, value: comparator.observation.value }],
  );
  if (withFigures.length > 0) {
    const periods = new Set(withFigures.map((figure) => figure.period));
    const single = periods.size === 1 ? [...periods][0] : undefined;
    const parts = withFigures.map(({ comparator, period, value }) => {
      const named = `${comparatorName(comparator, 'sentence')} ${shortFigure(measure, value)}`;
      return single ? named : `${named} (${period})`;
    });
    const sentence = parts.join(', ');
    sentences.push(
      `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${single && single !== latest.period.label ? ` (${single})` : ''}.`,
    );
  }
  return sentences.join(' ');
}
