import type { Scorecard } from '../domain/scorecard/scorecard';
import { comparatorName } from '../domain/text/comparators';
import { DIRECTION_LABEL } from '../domain/text/direction';
import { formatFigure } from '../domain/text/figures';
import { RATING_LABEL } from '../domain/text/ratings';
import { largest } from '../domain/lists/extent';

/** `scorecard report` as text: one line per measure, under its heading when the measures are grouped by a framework. */
export function printScorecard(scorecard: Scorecard, io: { out: (line: string) => void }): void {
  const comparatorHeadings = scorecard.comparatorAreas.map((comparator) => comparatorName(comparator, 'short'));
  const header = ['Measure', 'Latest', 'Previous', 'Direction', ...comparatorHeadings];
  const lines: string[][] = [];
  // A framework's headings are printed above their rows; the key questions' are not (as before).
  const headings = new Map<number, string>();
  for (const section of scorecard.sections) {
    if (section.group !== null && section.rows.length > 0)
      headings.set(lines.length, `${section.group}: ${section.keyQuestion.title}`);
    for (const row of section.rows) {
      const latest = row.latest
        ? `${formatFigure(row.measure, row.latest)} ${row.latest.period.label}`
        : row.laterStatus
          ? formatFigure(row.measure, row.laterStatus)
          : '-';
      const previous = row.previous ? `${formatFigure(row.measure, row.previous)} ${row.previous.period.label}` : '-';
      const comparators = row.comparators.map((comparator) => {
        if (!comparator.observation) return '-';
        const value = formatFigure(row.measure, comparator.observation);
        return comparator.rating === 'not_rated'
          ? `${value} (${comparator.observation.period.label})`
          : `${value} (${comparator.observation.period.label}) ${RATING_LABEL[comparator.rating]}`;
      });
      lines.push([
        row.measure.shortTitle,
        latest,
        previous,
        row.direction ? DIRECTION_LABEL[row.direction] : '-',
        ...comparators,
      ]);
    }
  }
  const widths = header.map((heading, column) =>
    largest(
      lines.map((line) => (line[column] ?? '').length),
      heading.length,
    ),
  );
  const render = (cells: readonly string[]) =>
    cells
      .map((text, column) => text.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  io.out(`${scorecard.area.name} (${scorecard.area.code}): performance scorecard at ${scorecard.period.label}`);
  io.out(render(header));
  io.out(render(widths.map((width) => '-'.repeat(width))));
  lines.forEach((line, at) => {
    const heading = headings.get(at);
    if (heading !== undefined) {
      io.out('');
      io.out(heading);
    }
    io.out(render(line));
  });
}
