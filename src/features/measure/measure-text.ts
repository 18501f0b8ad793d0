import { comparatorName } from '../../domain/text/comparators';
import { figureInWords, formatCounts, formatStatus, shortFigure } from '../../domain/text/figures';
import { periodName, whenInWords } from '../../domain/text/periods';
import { ratingSentence } from '../../domain/text/rating-sentence';
import type { ScorecardRow } from '../../domain/scorecard/scorecard';

/**
 * The latest position in words, with its ratings, e.g. "70.0% at Q2 2021/22. England 64.0%, North
 * East 63.0%, statistical neighbours 68.0% (2019/20). Better than England and the North East, and
 * similar to the statistical neighbours."
 */
export function latestPositionText(row: ScorecardRow): string {
  const { measure, latest, laterStatus } = row;
  if (!latest) {
    if (!laterStatus) return 'There is no figure for this measure yet.';
    // A status's note says what it stands for (a council's Ofsted judgement, in words), and the
    // comparators' figures still stand (how many councils were judged so in England and the region).
    const said = laterStatus.note ? `: ${laterStatus.note.replace(/\.$/, '')}` : '; there is no earlier figure';
    const others = row.comparators
      .flatMap((comparator) =>
        comparator.observation?.value == null
          ? []
          : [
              `${comparatorName(comparator, 'sentence')} ${shortFigure(measure, comparator.observation.value)} (${periodName(comparator.observation.period)})`,
            ],
      )
      .join(', ');
    const besides = others ? ` ${others.charAt(0).toUpperCase()}${others.slice(1)}.` : '';
    return `${formatStatus(laterStatus)} ${whenInWords(laterStatus.period)}${said}.${besides}`;
  }
  const value = latest.value ?? 0;
  const counts = formatCounts(measure, latest);
  const flag = latest.status === 'final' ? '' : `, ${formatStatus(latest).toLowerCase()}`;
  const sentences = [
    `${figureInWords(measure, value)} ${whenInWords(latest.period)}${counts ? ` (${counts}${flag})` : flag ? ` (${flag.slice(2)})` : ''}.`,
  ];
  if (laterStatus) sentences.push(`${formatStatus(laterStatus)} for ${periodName(laterStatus.period)}.`);
  const withFigures = row.comparators.flatMap((comparator) =>
    comparator.observation?.value == null
      ? []
      : [{ comparator, period: periodName(comparator.observation.period), value: comparator.observation.value }],
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
      `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${single && single !== periodName(latest.period) ? ` (${single})` : ''}.`,
    );
  }
  const ratings = ratingSentence(measure.polarity, row.comparators);
  if (ratings) sentences.push(ratings);
  return sentences.join(' ');
}
