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

function rowOf(table: HTMLElement, measureTitle: RegExp) {
  return within(table).getByRole('row', { name: measureTitle });
}

beforeEach(() => {
  useSelectionStore.setState(EMPTY_SELECTION);
});

describe('ScorecardPage', () => {
  test('names the local authority and the reporting period', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('County Durham');
    expect(screen.getByRole('combobox', { name: 'Reporting period' })).toHaveDisplayValue(
      'Quarter 2 2021/22 (July to September 2021)',
    );
  });

  test('fits the screen: the measure, its latest figure, direction, trend and the three comparators with their ratings', () => {
    expect(columnHeadings(renderPage())).toEqual([
      'Measure',
      'Latest figure',
      'Direction of travel',
      'Trend',
      'England',
      'North East',
      'Statistical neighbours',
    ]);
  });

  test('adds the seed columns (three years and the quarters so far) after the ratings when every period is asked for', async () => {
    const user = userEvent.setup();
    const table = renderPage();
    await user.click(screen.getByRole('checkbox', { name: 'Show every period’s figure' }));
    expect(columnHeadings(table).slice(7)).toEqual(['2018/19', '2019/20', '2020/21', 'Q1 2021/22', 'Q2 2021/22']);
    expect(useSelectionStore.getState().history).toBe(true);
  });

  test("shows the seed's figures for the rate of children looked after", async () => {
    const user = userEvent.setup();
    const table = renderPage();
    const cells = () =>
      within(rowOf(table, /Rate of children looked after/))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells()[0]).toBe('90.0 (912 children)Q2 2021/22');
    expect(cells().slice(3)).toEqual([
      '67.0 (2019/20)Not rated',
      '108.0 (2019/20)Not rated',
      '102.0 (2019/20)Not ratedFrom the council’s own scorecard',
    ]);
    await user.click(screen.getByRole('checkbox', { name: 'Show every period’s figure' }));
    expect(cells().slice(6)).toEqual([
      '82.9 (833 children)',
      '90.0 (914 children)',
      '93.5 (949 children)Provisional',
      '92.7 (937 children)',
      '90.0 (912 children)',
    ]);
  });

  test('spells out an abbreviation at its first use in a title, and marks it up with its meaning', () => {
    const row = rowOf(renderPage(), /placed over 20 miles/);
    expect(within(row).getByRole('link')).toHaveTextContent(
      'Percentage of children looked after (CLA) placed over 20 miles from home',
    );
    expect(within(row).getByTitle('children looked after')).toHaveTextContent('CLA');
  });

  test('shows titles and key questions in young people’s words when asked', () => {
    useSelectionStore.setState({ words: 'child' });
    const table = renderPage();
    expect(
      within(table).getByRole('link', { name: /^Percentage of children in care with 3 or more moves/ }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Where children in care live' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: /placement/i })).not.toBeInTheDocument();
  });

  test('gives each rating a word as well as a colour', () => {
    const row = rowOf(renderPage(), /3 or more placements/);
    expect(within(row).getAllByText('Better')).toHaveLength(1);
    expect(within(row).getAllByText('Similar')).toHaveLength(2);
  });

  test('shows the direction of travel in words with what it is compared with', () => {
    const row = rowOf(renderPage(), /3 or more placements/);
    expect(within(row).getByText('Improving')).toBeInTheDocument();
    expect(within(row).getByText(/since Q1 2021\/22/)).toBeInTheDocument();
  });

  test('keeps the last real figure when a newer cell says reported annually', () => {
    const row = rowOf(renderPage(), /missing incident/);
    const [latest] = within(row).getAllByRole('cell');
    expect(latest).toHaveTextContent('7.3%Provisional2020/21Reported annually for Q2 2021/22');
  });

  test('shows a three-year adoption figure with its period among every period’s figures', () => {
    useSelectionStore.setState({ history: true });
    const row = rowOf(renderPage(), /moving in with its adoptive family/);
    expect(within(row).getByText('(2015/16 to 2017/18)')).toBeInTheDocument();
  });

  test('groups measures under all seven key questions, including one with no measures', () => {
    const table = renderPage();
    expect(within(table).getAllByRole('rowgroup').slice(1)).toHaveLength(7);
    expect(within(table).getByText('Not evidenced through performance measures')).toBeInTheDocument();
  });

  test('filters by key question and records the choice in the store', async () => {
    const user = userEvent.setup();
    const table = renderPage();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Key question' }),
      'What are outcomes like for our care leavers?',
    );
    expect(within(table).getAllByRole('rowgroup')).toHaveLength(2);
    expect(useSelectionStore.getState().question).toBe('care_leavers');
    expect(screen.getByText(/^Showing 7 of 39 measures\./)).toBeInTheDocument();
  });

  test('searches measure names', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: 'Search measures' }), 'dental');
    const table = screen.getByRole('table', { name: 'Performance scorecard' });
    expect(within(table).getAllByRole('row', { name: /dental/i })).toHaveLength(1);
    expect(screen.getByText(/^Showing 1 of 39 measures\./)).toBeInTheDocument();
  });

  test('says so when no measure matches the search', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: 'Search measures' }), 'zebra');
    expect(screen.getByText(/No measure matches/)).toBeInTheDocument();
  });

  test('sorts by a column from a button in its header and announces it with aria-sort', async () => {
    const user = userEvent.setup();
    const table = renderPage();
    const header = within(table).getByRole('columnheader', { name: /England/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(useSelectionStore.getState().sort).toEqual({ column: 'comparator:england', desc: false });
  });

  test('puts better-rated measures first when sorted by England rating', async () => {
    const user = userEvent.setup();
    useSelectionStore.setState({ question: 'care_leavers', sort: { column: 'comparator:england', desc: false } });
    const table = renderPage();
    const firstRow = within(table).getAllByRole('row')[2];
    expect(firstRow).toHaveTextContent('Better');
    await user.click(within(within(table).getByRole('columnheader', { name: /England/ })).getByRole('button'));
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent(/Worse|Similar/);
  });

  test('moves the columns when an earlier period is chosen', async () => {
    const user = userEvent.setup();
    useSelectionStore.setState({ history: true });
    const table = renderPage();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Reporting period' }),
      '2020/21 (April 2020 to March 2021)',
    );
    expect(columnHeadings(table).slice(7)).toEqual(['2018/19', '2019/20', '2020/21']);
    expect(useSelectionStore.getState().period).toBe('2020/21');
  });

  test('falls back to the latest period when a link names one without figures', () => {
    useSelectionStore.setState({ period: periodLabel('2030/31') });
    renderPage();
    expect(
      screen.getByText('There are no figures for County Durham for 2030/31, so 2021/22 Q2 is shown.'),
    ).toBeInTheDocument();
  });
});
