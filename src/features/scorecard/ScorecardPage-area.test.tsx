import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  test('lists each measure with no figure for Stockton-on-Tees once, in the same words', async () => {
    const user = userEvent.setup();
    render(<ScorecardPage dataset={dataset} homes={[]} />);
    const summary = screen.getByText(/^\d+ measures have no figure for Stockton-on-Tees up to /);
    const count = Number(/^\d+/.exec(summary.textContent ?? '')?.[0]);
    // The count in the status line is the list's.
    expect(
      screen.getByText(new RegExp(`^Showing .*${count} other measures have no figures for Stockton-on-Tees`)),
    ).toBeVisible();
    await user.click(summary);
    const details = within(summary.closest('details') ?? document.body);
    const [sections, ...perSection] = details.getAllByRole('list');
    // One list of the key questions, each with a list of its measures, by their catalogue titles.
    expect(perSection.flatMap((list) => within(list).getAllByRole('listitem'))).toHaveLength(count);
    const missing = details.getByText('Percentage of CLA with a missing incident during the year');
    expect(missing.tagName).toBe('LI');
    expect(missing.parentElement?.parentElement?.firstChild?.textContent).toBe(
      'Do our partner agencies understand their role in supporting us as corporate parents?',
    );
    expect(sections?.parentElement?.tagName).toBe('DETAILS');
  });
});
