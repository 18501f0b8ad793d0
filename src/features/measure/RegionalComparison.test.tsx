import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Area } from '../../domain/areas/area';
import type { Dataset } from '../../domain/dataset/dataset';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import { period } from '../../../test/unit/builders/observation';
import { loadRegionalDataset } from '../../../test/unit/regional-dataset';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { RegionalComparison } from './RegionalComparison';

const regional = loadRegionalDataset();
const sample = loadSampleDataset();

function renderComparison(dataset: Dataset, at = '2021/22 Q2') {
  const measure = dataset.measuresById.get('cla_rate');
  const home = dataset.areas.find('E06000047') as Area;
  if (!measure) throw new Error('the catalogue has lost cla_rate');
  render(<RegionalComparison dataset={dataset} measure={measure} home={home} at={period(at)} />);
}

const rankTable = () => screen.getByRole('table', { name: /every council ranked/ });

beforeEach(() => {
  // The chart needs a browser's layout, so these tests read the table; test/browser/regional.test.ts covers the chart.
  useSelectionStore.setState({ ...EMPTY_SELECTION, view: 'table' });
});

describe('RegionalComparison', () => {
  test("states County Durham's place among the North East councils, and that a rate with no good direction has no band", () => {
    renderComparison(regional);
    expect(
      screen.getByText(/County Durham has the 3rd lowest figure of the 12 North East councils with one for 2020\/21\./),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('definition').map((definition) => definition.textContent)).toEqual([
      '3rd lowest of 12',
      'No band: neither a higher nor a lower figure is better for this measure',
    ]);
  });

  test('lists every North East council in rank order and marks the home council in words', () => {
    renderComparison(regional);
    const rows = within(rankTable()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    expect(rows[2]).toHaveAttribute('aria-current', 'true');
    expect(within(rows[2] as HTMLElement).getByRole('rowheader')).toHaveTextContent('County Durham (this council)');
    expect(rows.filter((row) => row.hasAttribute('aria-current'))).toHaveLength(1);
  });

  test('ranks among all councils in England when the reader chooses it, and records the choice', async () => {
    const user = userEvent.setup();
    renderComparison(regional);
    await user.click(screen.getByRole('radio', { name: 'All councils in England' }));
    expect(useSelectionStore.getState().rankScope).toBe('england');
    expect(screen.getByText(/of the 150 councils in England with one for 2020\/21/)).toBeInTheDocument();
    // A header row and the 151 councils of 2020/21: Cumbria ranked, Cumberland (from 2023) not listed.
    expect(within(rankTable()).getAllByRole('row')).toHaveLength(152);
    expect(within(rankTable()).getByRole('row', { name: /Cumbria/ })).toHaveTextContent(/\d+Cumbria81/);
    expect(within(rankTable()).queryByRole('row', { name: /Cumberland/ })).toBeNull();
    expect(within(rankTable()).getByRole('row', { name: /Isles of Scilly/ })).toHaveTextContent(
      'Not rankedIsles of ScillyNot applicable',
    );
    expect(within(rankTable()).getByRole('row', { name: /Sheffield/ })).toHaveTextContent(/\d+Sheffield60/);
  });

  test('names the chart and describes it by the summary', () => {
    useSelectionStore.setState({ view: 'chart' });
    renderComparison(regional);
    const chart = screen.getByRole('img', {
      name: /^Bar chart of Children in care per 10,000: North East councils for 2020\/21, lowest first, County Durham highlighted\.$/,
    });
    expect(chart).toHaveAccessibleDescription(/^Other councils' figures for Q2 2021\/22 are not in the data/);
  });

  test('says why there is nothing to compare when no other council has a figure', () => {
    renderComparison(sample);
    expect(
      screen.getByText(
        /There are not enough figures to compare County Durham with other councils in the North East up to Q2 2021\/22/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Councils in the North East' })).toBeChecked();
  });
});
