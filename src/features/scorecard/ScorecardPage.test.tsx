import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import { periodLabel } from '../../domain/periods/period-label';
import { loadSampleDataset, loadSampleHomes } from '../../../test/unit/sample-dataset';
import { homesTable } from '../../../test/unit/builders/homes';
import { ScorecardPage } from './ScorecardPage';

const dataset = loadSampleDataset();
const homes = loadSampleHomes();

function renderPage(held = homes) {
  render(<ScorecardPage dataset={dataset} homes={held} />);
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
  test('a panel member reads the scorecard at the latest period, then every period’s figure', async () => {
    const user = userEvent.setup();
    const table = renderPage();

    // names the local authority and the reporting period
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('County Durham');
    expect(screen.getByRole('combobox', { name: 'Reporting period' })).toHaveDisplayValue(
      'Quarter 2 2021/22 (July to September 2021)',
    );

    // fits the screen: the measure, its latest figure, direction, trend and the three comparators with their ratings
    expect(columnHeadings(table)).toEqual([
      'Measure',
      'Latest figure',
      'Direction of travel',
      'Trend',
      'England',
      'North East',
      'Statistical neighbours',
    ]);

    // shows the seed's figures for the rate of children looked after, with the measure's decimals
    const cla = () =>
      within(rowOf(table, /Rate of children looked after/))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cla()[0]).toBe('90.0 (912 children)Q2 2021/22');
    expect(cla().slice(3)).toEqual([
      '67.0 (2019/20)Not ratedNot rated: this measure has no good or bad direction.',
      '108.0 (2019/20)Not ratedNot rated: this measure has no good or bad direction.',
      '102.0 (2019/20)Not ratedNot rated: this measure has no good or bad direction.From the council’s own scorecard',
    ]);

    // spells out an abbreviation at its first use in a title, and marks it up with its meaning
    const miles = rowOf(table, /placed over 20 miles/);
    expect(within(miles).getByRole('link')).toHaveTextContent(
      'Percentage of children looked after (CLA) placed over 20 miles from home',
    );
    expect(within(miles).getByTitle('children looked after')).toHaveTextContent('CLA');

    // gives each rating a word as well as a colour, and the direction of travel in words with what it is compared with
    const placements = rowOf(table, /3 or more placements/);
    // (10% of children against 11%, 10% and 10%, its counts not known: each within 2 percentage points)
    expect(within(placements).getAllByText('Similar')).toHaveLength(3);
    expect(
      within(placements).getByText('Similar: 10.0% is within 2 percentage points of England’s 11.0%.'),
    ).toHaveClass('visually-hidden');
    expect(within(placements).getByText('Improving')).toBeInTheDocument();
    expect(within(placements).getByText(/since Q1 2021\/22/)).toBeInTheDocument();

    // keeps the last real figure when a newer cell says reported annually
    const [missing] = within(rowOf(table, /missing incident/)).getAllByRole('cell');
    expect(missing).toHaveTextContent('7.3%Provisional2020/21Reported annually for Q2 2021/22');

    // groups measures under all seven key questions, including one with no measures
    expect(within(table).getAllByRole('rowgroup').slice(1)).toHaveLength(7);
    expect(within(table).getByText('Not evidenced through performance measures')).toBeInTheDocument();

    // adds the seed columns (three years and the quarters so far) after the ratings when every period is asked for
    await user.click(screen.getByRole('checkbox', { name: 'Show every period’s figure' }));
    expect(useSelectionStore.getState().history).toBe(true);
    expect(columnHeadings(table).slice(7)).toEqual(['2018/19', '2019/20', '2020/21', 'Q1 2021/22', 'Q2 2021/22']);
    expect(cla().slice(6)).toEqual([
      '82.9 (833 children)',
      '90.0 (914 children)',
      '93.5 (949 children)Provisional',
      '92.7 (937 children)',
      '90.0 (912 children)',
    ]);

    // shows a three-year adoption figure with its period among every period's figures
    expect(
      within(rowOf(table, /moving in with its adoptive family/)).getByText('(2015/16 to 2017/18)'),
    ).toBeInTheDocument();

    // sums up the council's own children's homes (seed 000), linking to them
    expect(
      screen.getByRole('heading', {
        name: "Our children's homes: 10 of 10 good or better at their latest full inspection",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'See each home’s inspections, and the homes and places in the area' }),
    ).toHaveAttribute('href', '/inspections');
  });

  test('says nothing of homes for a council whose table is not held', () => {
    renderPage([homesTable([], 'E06000004')]);
    expect(screen.queryByRole('heading', { name: /^Our children's homes/ })).toBeNull();
  });

  test('a young person reads titles and key questions in their own words', () => {
    useSelectionStore.setState({ words: 'child' });
    const table = renderPage();
    expect(
      within(table).getByRole('link', { name: /^Percentage of children in care with 3 or more moves/ }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Where children in care live' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: /placement/i })).not.toBeInTheDocument();
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
    useSelectionStore.setState({ history: true });
    const table = renderPage();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Reporting period' }),
      '2020/21 (April 2020 to March 2021)',
    );
    expect(columnHeadings(table).slice(7)).toEqual(['2018/19', '2019/20', '2020/21']);
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

describe('ScorecardPage grouped by the National Framework', () => {
  test('an officer regroups the same table by outcomes and headings, with the neighbours’ median, and sees what is missing', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Group measures by' }),
      "Children's Social Care National Framework",
    );
    expect(useSelectionStore.getState().framework).toBe('national');
    const table = screen.getByRole('table', { name: 'Performance scorecard' });
    expect(
      within(table).getByRole('columnheader', { name: /Outcome 4: Children in care and care leavers/ }),
    ).toBeVisible();
    expect(within(table).getByRole('rowgroup', { name: 'Stability and quality of where a child lives' })).toBeVisible();
    expect(rowOf(table, /3 or more placements/)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Neighbours’ figure' })).toHaveDisplayValue(
      'The middle (median) of their figures',
    );
    expect(screen.getByRole('combobox', { name: 'Heading' })).toHaveDisplayValue('All headings');
    expect(screen.getByText(/metrics of the Children's Social Care National Framework are not shown/)).toBeVisible();
  });
});
