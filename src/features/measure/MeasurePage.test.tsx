import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, describe, expect, test } from 'vitest';
import { areaCode } from '../../domain/areas/area-code';
import { withObservations, type Dataset } from '../../domain/dataset/dataset';
import { applyIncoming } from '../../domain/observations/diff';
import { figure } from '../../../test/unit/builders/observation';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import MeasurePage from './MeasurePage';

const dataset = loadSampleDataset();

function renderMeasure(measureId: string, shown: Dataset = dataset) {
  const { hook } = memoryLocation({ path: `/measures/${measureId}` });
  // The page reads the officer's commentary through react-query.
  render(
    <QueryClientProvider client={new QueryClient()}>
      <Router hook={hook}>
        <MeasurePage dataset={shown} measureId={measureId} />
      </Router>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  // The chart needs a browser's layout, so these tests read the table view; test/browser covers the chart.
  useSelectionStore.setState({ ...EMPTY_SELECTION, view: 'table' });
});

describe('MeasurePage', () => {
  test('states the latest position, the comparators with their period, and the trend', () => {
    renderMeasure('cla_rate');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Rate of children looked after');
    expect(
      screen.getByText(
        '90.0 per 10,000 children at Q2 2021/22 (912 children). England 67.0, North East 108.0, statistical neighbours 102.0 (2019/20). This measure has no good or bad direction, so it is not rated against England, the North East or the statistical neighbours.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Children in care per 10,000 rose from 82.9 in 2018/19 to 93.5 in 2020/21, then fell to 90.0 at Q2 2021/22.',
      ),
    ).toBeInTheDocument();
  });

  test('speaks in young people’s words when asked: title, summary and explanation', () => {
    useSelectionStore.setState({ words: 'child' });
    renderMeasure('cla_3plus_placements');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(/moves/);
    expect(heading).not.toHaveTextContent(/placement/i);
    expect(screen.getAllByText(/3 or more moves in the year/).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/placements in the year/)).toEqual([]);
  });

  test('explains the measure in plain words with its polarity', () => {
    renderMeasure('cla_rate');
    expect(screen.getByRole('heading', { name: 'What this shows' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Why it matters' })).toBeInTheDocument();
    expect(screen.getByText('No good or bad direction')).toBeInTheDocument();
  });

  test("shows the council's provisional figure beside DfE's final one that replaced it", () => {
    // County Durham 2020/21: 93.5 provisional in the seed's paper, 96 final in DfE's file (row 2058).
    const final = figure('cla_rate', '2020/21', 96, {
      numerator: 950,
      source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 2058, publisher: 'DfE' },
    });
    renderMeasure('cla_rate', withObservations(dataset, applyIncoming(dataset.observations, [final])));
    const table = screen.getByRole('table', { name: /every figure in the chart/ });
    const year = within(table).getByRole('rowheader', { name: '2020/21' }).closest('tr');
    expect(year && within(year).getAllByRole('cell')[0]).toHaveTextContent(
      '96.0DfE open data93.5 provisional → 96.0 final (DfE)',
    );
  });

  test('lists every plotted figure with its status in the table view', () => {
    renderMeasure('cla_rate');
    const table = screen.getByRole('table', { name: /every figure in the chart/ });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      [],
      ['82.9', '', '', '', ''],
      ['90.0', '', '67.0', '108.0', '102.0'],
      ['93.5Provisional', '', '', '', ''],
      ['', '92.7', '', '', ''],
      ['', '90.0', '', '', ''],
    ]);
  });

  test('shows a status where a figure is missing, never zero', () => {
    renderMeasure('cla_substance_misuse');
    const table = screen.getByRole('table', { name: /every figure in the chart/ });
    expect(within(table).getByRole('row', { name: /2020\/21/ })).toHaveTextContent('To be confirmed');
    expect(within(table).queryByText('0%')).not.toBeInTheDocument();
  });

  test('records the view and the comparator lines in the store', async () => {
    const user = userEvent.setup();
    renderMeasure('cla_rate');
    await user.click(screen.getByRole('checkbox', { name: 'England' }));
    expect(useSelectionStore.getState().hidden).toEqual(['england']);
    expect(screen.getByRole('table', { name: /every figure in the chart/ })).not.toHaveTextContent('England');
    await user.click(screen.getByRole('checkbox', { name: 'Start the axis at zero' }));
    expect(useSelectionStore.getState().fromZero).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Chart' }));
    expect(useSelectionStore.getState().view).toBe('chart');
  });

  test('shows the SPC view in place of the chart, saying why the sample’s two quarters give no SPC chart', async () => {
    const user = userEvent.setup();
    renderMeasure('cla_rate');
    await user.click(screen.getByRole('radio', { name: 'Statistical process control (SPC)' }));
    expect(useSelectionStore.getState().view).toBe('spc');
    expect(screen.getByRole('heading', { name: 'Statistical process control (SPC) chart' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'An SPC chart needs at least 12 monthly or quarterly figures. County Durham has 2 quarterly figures for this measure up to 2021/22 Q2, so there is no SPC chart yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /every figure in the chart/ })).not.toBeInTheDocument();
  });

  test('refuses a region with the notice every page gives, and shows the home council', () => {
    useSelectionStore.setState({ area: areaCode('E12000001') });
    renderMeasure('cla_rate');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('County Durham');
    expect(
      screen.getByText(
        'The link asked for North East (E12000001), which is a region, not a local authority, so County Durham is shown.',
      ),
    ).toHaveAttribute('role', 'status');
  });

  test('says so for a measure that is not in the catalogue', () => {
    renderMeasure('no_such_measure');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Measure not found');
    expect(screen.getByRole('link', { name: 'Back to the scorecard' })).toBeInTheDocument();
  });
});
