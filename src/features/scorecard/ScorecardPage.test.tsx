import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import { periodLabel } from '../../domain/periods/period-label';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { ScorecardPage } from './ScorecardPage';

const dataset = loadSampleDataset();

function renderPage() {
  render(<ScorecardPage dataset={dataset} />);
  return screen.getByRole('table', { name: 'Performance scorecard' });
}

function columnHeadings(table: HTMLElement) {
  const [head] = within(table).getAllByRole('rowgroup');
  return within(head ?? table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.replace(/[▲▼⇅]/g, '').trim());
}

/** A measure's row, found by its row header (naming every row of the table by all its cells is slow). */
function rowOf(table: HTMLElement, measureTitle: RegExp) {
  const row = within(table).getByRole('rowheader', { name: measureTitle }).closest('tr');
  if (!row) throw new Error(`no row for ${String(measureTitle)}`);
  return row;
}

beforeEach(() => {
  useSelectionStore.setState(EMPTY_SELECTION);
});

// Each journey renders the page once and does what a reader does on it, in order: the page is
// large (39 measures), and rendering it afresh for every assertion was most of this file's time.
describe('ScorecardPage', () => {
  test('a panel member reads the scorecard at the latest period', () => {
    const table = renderPage();

    // names the local authority and the reporting period
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('County Durham');
    expect(screen.getByRole('combobox', { name: 'Reporting period' })).toHaveDisplayValue(
      'Quarter 2 2021/22 (July to September 2021)',
    );

    // lays out the seed columns: three years, the quarters so far, direction, trend and comparators
    expect(columnHeadings(table)).toEqual([
      'Measure',
      '2018/19',
      '2019/20',
      '2020/21',
      'Q1 2021/22',
      'Q2 2021/22',
      'Direction of travel',
      'Trend',
      'England',
      'North East',
      'Statistical neighbours',
    ]);

    // shows the seed's figures for the rate of children looked after
    const cells = within(rowOf(table, /Rate of children looked after/))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 5)).toEqual([
      '82.9 (833 children)',
      '90 (914 children)',
      '93.5 (949 children)Provisional',
      '92.7 (937 children)',
      '90 (912 children)',
    ]);
    expect(cells.slice(7)).toEqual([
      '67 (2019/20)Not rated',
      '108 (2019/20)Not rated',
      '102 (2019/20)Not ratedSupplied in the data',
    ]);

    // gives each rating a word as well as a colour, and the direction of travel in words with what it is compared with
    const placements = rowOf(table, /3 or more placements/);
    expect(within(placements).getAllByText('Better')).toHaveLength(1);
    expect(within(placements).getAllByText('Similar')).toHaveLength(2);
    expect(within(placements).getByText('Improving')).toBeInTheDocument();
    expect(within(placements).getByText(/since Q1 2021\/22/)).toBeInTheDocument();

    // keeps the last real figure when a newer cell says reported annually
    const missing = rowOf(table, /missing incident/);
    expect(within(missing).getAllByText('Reported annually')).toHaveLength(2);
    expect(within(missing).getByText(/latest figure is 2020\/21/)).toBeInTheDocument();

    // shows a three-year adoption figure with its period
    expect(within(rowOf(table, /moving in with its adoptive family/)).getByText('(2015-18)')).toBeInTheDocument();

    // groups measures under all seven key questions, including one with no measures
    expect(within(table).getAllByRole('rowgroup').slice(1)).toHaveLength(7);
    expect(within(table).getByText('Not evidenced through performance measures')).toBeInTheDocument();
  });

  test('an officer finds measures by name, then by key question', async () => {
    const user = userEvent.setup();
    const table = renderPage();
    const search = screen.getByRole('searchbox', { name: 'Search measures' });

    // searches measure names (pasted: each typed letter would filter and draw the table again)
    await user.click(search);
    await user.paste('dental');
    expect(within(table).getAllByRole('rowheader', { name: /dental/i })).toHaveLength(1);
    expect(screen.getByText(/^Showing 1 of 39 measures\./)).toBeInTheDocument();

    // says so when no measure matches the search
    await user.clear(search);
    await user.paste('zebra');
    expect(screen.getByText(/No measure matches/)).toBeInTheDocument();

    // filters by key question and records the choice in the store
    await user.clear(search);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Key question' }),
      'What are outcomes like for our care leavers?',
    );
    const filtered = screen.getByRole('table', { name: 'Performance scorecard' });
    expect(within(filtered).getAllByRole('rowgroup')).toHaveLength(2);
    expect(useSelectionStore.getState().question).toBe('care_leavers');
    expect(screen.getByText(/^Showing 7 of 39 measures\./)).toBeInTheDocument();
  });

  test('an officer sorts the care leavers’ measures by their rating against England', async () => {
    const user = userEvent.setup();
    useSelectionStore.setState({ question: 'care_leavers' });
    const table = renderPage();
    const header = within(table).getByRole('columnheader', { name: /England/ });

    // sorts by a column from a button in its header and announces it with aria-sort
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(useSelectionStore.getState().sort).toEqual({ column: 'comparator:england', desc: false });

    // puts better-rated measures first, and worse or similar first the other way round
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Better');
    await user.click(within(within(table).getByRole('columnheader', { name: /England/ })).getByRole('button'));
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent(/Worse|Similar/);
  });

  test('an officer looks back at an earlier period', async () => {
    const user = userEvent.setup();
    const table = renderPage();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Reporting period' }),
      '2020/21 (April 2020 to March 2021)',
    );
    expect(columnHeadings(table).slice(1, 4)).toEqual(['2018/19', '2019/20', '2020/21']);
    expect(useSelectionStore.getState().period).toBe('2020/21');
  });

  test('a shared link names a period without figures: the latest period is shown, and the page says so', () => {
    useSelectionStore.setState({ period: periodLabel('2030/31') });
    renderPage();
    expect(
      screen.getByText('There are no figures for County Durham for 2030/31, so 2021/22 Q2 is shown.'),
    ).toBeInTheDocument();
  });
});
