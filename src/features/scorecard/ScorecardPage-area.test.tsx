import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { areaCode } from '../../domain/areas/area-code';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import { loadDfeDataset } from '../../../test/unit/dfe-dataset';
import { ScorecardPage } from './ScorecardPage';

const dataset = loadDfeDataset();

beforeEach(() => {
  useSelectionStore.setState({ ...EMPTY_SELECTION, area: areaCode('E06000004') });
});

describe('ScorecardPage for a council other than the sample paper’s, after loading DfE data', () => {
  test("Stockton-on-Tees sees its own figures, never County Durham's notes, sources or comparators", () => {
    render(<ScorecardPage dataset={dataset} homes={[]} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Stockton-on-Tees');
    const table = screen.getByRole('table', { name: 'Performance scorecard' });
    // The catalogue's words are about the measure, and Durham's notes stay on Durham's figures.
    expect(table.textContent).not.toMatch(/Durham/);
    // A measure only Durham's paper gives (no DfE file has it) has no row, so none of that paper's
    // England or North East figures is shown beside nothing; the page counts it among those left out.
    expect(within(table).queryByRole('rowheader', { name: /Went missing during the year/ })).toBeNull();
    expect(screen.getByText(/other measures have no figures for Stockton-on-Tees and are not shown\./)).toBeVisible();
    // Every row shown has a figure of Stockton's own.
    const rows = within(table).getAllByRole('row').slice(1);
    const withoutOwnFigure = rows.filter((row) => {
      const latest = within(row).queryAllByRole('cell')[0];
      return latest !== undefined && /^–?No figure$/.test(latest.textContent ?? '');
    });
    expect(withoutOwnFigure).toEqual([]);
  });
});
