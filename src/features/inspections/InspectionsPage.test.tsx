import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readRepoText } from '../../../test/unit/tables';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import { areaCode } from '../../domain/areas/area-code';
import { cellTexts, renderPage } from './inspections-page-harness';

const HISTORY = 'ofsted/ILACS_inspection_history.csv';

beforeEach(() => {
  useSelectionStore.setState(EMPTY_SELECTION);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('InspectionsPage', () => {
  test("lists County Durham's three inspections, newest first, with every sub-judgement in words", async () => {
    renderPage();
    const table = await screen.findByRole('table', {
      name: 'Ofsted inspections of County Durham’s children’s services, newest first',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Inspection date',
      'Type',
      'Overall effectiveness',
      'Impact of leaders on social work practice',
      'Children who need help and protection',
      'Children in care',
      'Care leavers',
    ]);
    expect(cellTexts(table)).toEqual([
      ['24 March 2025', 'ILACS Short Inspection', 'Outstanding', 'Outstanding', 'Good', 'Outstanding', 'Outstanding'],
      ['9 May 2022', 'ILACS Standard Inspection', 'Good', 'Outstanding', 'Good', 'Good', 'Not judged then'],
      [
        '9 September 2019',
        'ILACS Standard Inspection',
        'Requires improvement to be good',
        'Requires improvement to be good',
        'Requires improvement to be good',
        'Good',
        'Not judged then',
      ],
    ]);
    expect(screen.getByText(/care leavers separately only since 1 January 2023/)).toBeInTheDocument();
  });

  test('says how the latest judgement compares with England and the region', async () => {
    renderPage();
    expect(
      await screen.findByText(
        'County Durham’s most recent inspection (24 March 2025) judged it Outstanding overall. In England 36 of 153 councils were judged Outstanding; in the North East, 5 of 12.',
      ),
    ).toBeInTheDocument();
  });

  test('tables the spread of current overall judgements in England and the North East, as at 31 March 2025', async () => {
    renderPage();
    const table = await screen.findByRole('table', {
      name: 'Councils by their current overall effectiveness judgement, as at 31 March 2025',
    });
    expect(cellTexts(table)).toEqual([
      ['Outstanding', '36', '24%', '5', '42%'],
      ['Good', '67', '44%', '3', '25%'],
      ['Requires improvement to be good', '31', '20%', '3', '25%'],
      ['Inadequate', '19', '12%', '1', '8%'],
    ]);
    expect(
      screen.getByText(/Source: Ofsted, Local authority inspection outcomes as at 31 March 2025/),
    ).toBeInTheDocument();
  });

  test('shows the selected local authority under our name, not Ofsted’s', async () => {
    // Ofsted's files call E06000047 "Durham"; the page must use the area list's "County Durham".
    useSelectionStore.setState({ ...EMPTY_SELECTION, area: areaCode('E06000047') });
    renderPage();
    expect(
      await screen.findByRole('table', {
        name: 'Ofsted inspections of County Durham’s children’s services, newest first',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ofsted inspectionsCounty Durham');
  });

  test('refuses a region with the notice every page gives, and shows the home council', async () => {
    useSelectionStore.setState({ ...EMPTY_SELECTION, area: areaCode('E12000001') });
    renderPage();
    expect(
      await screen.findByRole('table', {
        name: 'Ofsted inspections of County Durham’s children’s services, newest first',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'The link asked for North East (E12000001), which is a region, not a local authority, so County Durham is shown.',
    );
  });

  test('says plainly when the council has no inspection', async () => {
    renderPage({ [HISTORY]: readRepoText('test/fixtures/ofsted/replaced_area_code.csv') });
    expect(
      await screen.findByText(
        'Ofsted’s file has no short or standard ILACS inspection of County Durham since the framework began in 2018.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /newest first/ })).not.toBeInTheDocument();
  });

  test('lists the errors in a broken file and shows no tables', async () => {
    renderPage({ [HISTORY]: readRepoText('test/fixtures/ofsted/invalid_date.csv') });
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading')).toHaveTextContent('Ofsted’s inspection files have errors');
    expect(summary).toHaveTextContent(
      "ofsted/ILACS_inspection_history.csv row 5, column Inspection date: '31/02/2025' is not a date.",
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('keeps the notes on the file’s replaced codes and former councils where a reader can open them', async () => {
    renderPage();
    await screen.findByRole('table', { name: /newest first/ });
    expect(screen.getByText('Notes on Ofsted’s files (9)')).toBeInTheDocument();
    expect(
      screen.getByText('3 inspections of councils that no longer exist are counted in Ofsted’s history but not shown.'),
    ).toBeInTheDocument();
  });
});
