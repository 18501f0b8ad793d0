import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { measure } from '../../../test/unit/builders/measure';
import { DURHAM, period, run } from '../../../test/unit/builders/observation';
import type { Area } from '../../domain/areas/area';
import { ObservationIndex } from '../../domain/observations/series';
import { periodLabel } from '../../domain/periods/period-label';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import { SpcView } from './SpcView';

const HOME: Area = {
  code: DURHAM,
  name: 'County Durham',
  type: 'local_authority',
  regionCode: 'E12000001',
  oldLaCode: '840',
  formerCodes: [],
};
// 24 months around 10, October 2019 to September 2021, the last 8 above the mean, where lower is better.
const VALUES = [9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 11, 11.5, 11, 11.5, 11, 11.5, 11];
const INDEX = new ObservationIndex(run('caseload', '2019-10', VALUES));
const CASELOAD = measure('count', { id: 'caseload', title: 'Average caseload', polarity: 'lower_is_better' });

function renderView(forMeasure = CASELOAD, at = '2021/22 Q2') {
  render(<SpcView index={INDEX} measure={forMeasure} home={HOME} period={period(at)} />);
}

function classes(): string[] {
  const table = screen.getByRole('table', { name: /each month on the SPC chart/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').at(-1)?.textContent ?? '');
}

beforeEach(() => {
  useSelectionStore.setState({ ...EMPTY_SELECTION, view: 'spc' });
});

describe('SpcView', () => {
  test('gives the variation icon’s words, the sentence, the chart’s text and a table of every point', () => {
    renderView();
    expect(screen.getByText('Special cause: concern, higher')).toBeInTheDocument();
    expect(screen.getByText('This measure has no target, so there is no assurance icon.')).toBeInTheDocument();
    const sentence = 'Special cause concern: the last 8 months are above the average of 10.4.';
    expect(screen.getByText(sentence)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: `SPC chart. ${sentence} Every point is listed in the table below the chart.` }),
    );
    expect(classes()).toHaveLength(24);
    expect(classes().at(-1)).toBe('Special cause: concern (one of 7 or more points in a row above the mean)');
    expect(screen.getByRole('list', { name: 'Key to the chart' })).toHaveTextContent(
      'Special cause: concern (diamond)',
    );
  });

  test('shows the assurance icon’s words for a measure with a target', () => {
    renderView({ ...CASELOAD, target: 5 });
    expect(screen.getByText('Consistently failing the target')).toBeInTheDocument();
    expect(screen.getByText(/Target: dash-dot line/)).toBeInTheDocument();
  });

  test('starts new limits from the month chosen, keeps it in the selection, and takes it away again', async () => {
    const user = userEvent.setup();
    renderView();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Start new limits from' }), 'May 2021');
    await user.click(screen.getByRole('button', { name: 'Start new limits' }));
    expect(useSelectionStore.getState().rebase).toEqual([periodLabel('2021-05')]);
    expect(screen.getByText('New limits from here')).toBeInTheDocument();
    expect(
      screen.getByText(/Trial limits: the limits for May 2021 to September 2021 rest on 5 points/),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('New limits from May 2021.');

    await user.click(screen.getByRole('button', { name: 'Remove the new limits from May 2021' }));
    expect(useSelectionStore.getState().rebase).toEqual([]);
    expect(screen.getByRole('combobox', { name: 'Start new limits from' })).toHaveFocus();
    expect(screen.queryByText('New limits from here')).not.toBeInTheDocument();
  });

  test('asks for a month when none is chosen', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('button', { name: 'Start new limits' }));
    expect(screen.getByText('Choose the month the new limits start from.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Start new limits from' })).toHaveFocus();
    expect(useSelectionStore.getState().rebase).toEqual([]);
  });

  test('says why there is no chart when the series is too short', () => {
    renderView(CASELOAD, '2020/21 Q1');
    expect(
      screen.getByText(
        'An SPC chart needs at least 12 monthly or quarterly figures. County Durham has 9 monthly figures for this measure up to 2020/21 Q1, so there is no SPC chart yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
