import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { CurrentData } from '../../shared/use-dataset';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import AboutDataPage from './AboutDataPage';

const dataset = loadSampleDataset();
const current: CurrentData = {
  dataset,
  published: dataset,
  version: null,
  homes: [],
  storage: { ok: false, reason: 'Not in this test' },
  problems: [],
};

describe('AboutDataPage', () => {
  test('says when the figures were last updated, from the data’s own dates', () => {
    render(<AboutDataPage current={current} />);
    expect(
      screen.getByText('The newest figure for County Durham is for Q2 2021/22, up to 30 September 2021.'),
    ).toBeInTheDocument();
  });

  test('lists each source file with who gives it, its figures and the periods they span', () => {
    render(<AboutDataPage current={current} />);
    const table = screen.getByRole('table', { name: 'Files the figures on screen come from' });
    const row = within(table).getByRole('row', { name: /county-durham-2021-22-q2\.csv/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      expect.stringMatching(/^The council’s own figures: Corporate Parenting Panel, 17 December 2021/) as string,
      '277',
      '4',
      '2016/17 to Q2 2021/22, up to 30 September 2021',
    ]);
  });

  test('explains every status and how ratings, directions, neighbours and ranks are worked out', () => {
    render(<AboutDataPage current={current} />);
    expect(screen.getByText('Suppressed', { selector: 'dt' })).toBeInTheDocument();
    expect(screen.getByText('Reported annually', { selector: 'dt' })).toBeInTheDocument();
    for (const heading of [
      'Ratings: Better, Similar, Worse',
      'Direction of travel',
      'Statistical neighbours’ figure',
      'Ranks and quartile bands',
    ])
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
  });
});
