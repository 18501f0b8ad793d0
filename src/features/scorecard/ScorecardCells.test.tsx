import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DURHAM, ENGLAND_CODE, areaDirectory } from '../../../test/unit/builders/areas';
import { catalogue } from '../../../test/unit/builders/catalogue';
import { measure } from '../../../test/unit/builders/measure';
import { figure, period } from '../../../test/unit/builders/observation';
import { ObservationIndex } from '../../domain/observations/series';
import { buildScorecard } from '../../domain/scorecard/scorecard';
import { ComparatorCell, Direction, LatestFigure } from './ScorecardCells';

// DfE's workforce census counts social workers at 30 September: a period that is none of the
// scorecard's columns (financial years and quarters), yet the figure its direction and ratings are about.
const CASELOAD = measure('ratio', { id: 'sw_caseload', polarity: 'lower_is_better', frequency: 'annual' });

function caseloadRow() {
  const scorecard = buildScorecard({
    catalogue: catalogue([CASELOAD]),
    areas: areaDirectory(),
    index: new ObservationIndex([
      figure(CASELOAD.id, '2019-09-30', 17.2),
      figure(CASELOAD.id, '2020-09-30', 15.1),
      figure(CASELOAD.id, '2020-09-30', 16.3, { areaCode: ENGLAND_CODE }),
    ]),
    area: DURHAM,
    period: period('2021/22 Q2'),
  });
  const row = scorecard.sections[0]?.rows[0];
  if (!row) throw new Error('no row');
  return { row, columns: scorecard.columns };
}

describe('the rated figure is on the row', () => {
  test('a figure dated 30 September, in no column, is shown with its date beside its direction and rating', () => {
    const { row, columns } = caseloadRow();
    expect(row.cells.every((cell) => cell === null)).toBe(true);
    expect(columns.map((column) => column.heading)).not.toContain('30 September 2020');
    const { container } = render(
      <>
        <LatestFigure row={row} />
        <Direction row={row} />
        {row.comparators[0] ? <ComparatorCell row={row} comparator={row.comparators[0]} /> : null}
      </>,
    );
    expect(container).toHaveTextContent('15.1');
    expect(screen.getByText('30 September 2020')).toHaveClass('cell-period');
    expect(screen.getByText(/since 30 September 2019/)).toBeInTheDocument();
    expect(screen.getByText('Better: 15.1 is more than 1 below England’s 16.3.')).toBeInTheDocument();
  });

  test('a year-to-date figure for part of the year says why it has no direction and is not rated against a whole year', () => {
    const approved = measure('count', {
      id: 'adopters_approved',
      decimalPlaces: 0,
      accumulation: 'year_to_date',
      similarTolerance: 2,
    });
    const scorecard = buildScorecard({
      catalogue: catalogue([approved]),
      areas: areaDirectory(),
      index: new ObservationIndex([
        figure(approved.id, '2021/22 Q1', 10),
        figure(approved.id, '2021/22 Q2', 16),
        figure(approved.id, '2020/21', 47, { areaCode: ENGLAND_CODE }),
      ]),
      area: DURHAM,
      period: period('2021/22 Q2'),
    });
    const row = scorecard.sections[0]?.rows[0];
    if (!row?.comparators[0]) throw new Error('no row');
    render(
      <>
        <Direction row={row} />
        <ComparatorCell row={row} comparator={row.comparators[0]} />
      </>,
    );
    expect(screen.getByText('Year so far: no figure for Q2 2020/21 to compare with')).toBeInTheDocument();
    expect(screen.getByText('Not rated')).toBeInTheDocument();
    expect(
      screen.getByText('The figure is for part of the year so far, and England’s is for a whole year.'),
    ).toBeInTheDocument();
  });
});
