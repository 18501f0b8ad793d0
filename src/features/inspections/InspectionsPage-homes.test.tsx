import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { areaCode } from '../../domain/areas/area-code';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import { cellTexts, renderPage } from './inspections-page-harness';

const PROVIDERS = 'ofsted/Providers_at_31_Mar_2023.csv';

beforeEach(() => {
  useSelectionStore.setState(EMPTY_SELECTION);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("InspectionsPage: children's homes", () => {
  test("lists Durham's ten homes of seed 000 with both inspections, dates in words, each over a year old flagged in words", async () => {
    renderPage();
    const table = await screen.findByRole('table', {
      name: 'County Durham’s children’s homes and their latest Ofsted inspections',
    });
    const rows = cellTexts(table);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual([
      'High Etherley',
      'Outstanding, 21 July 2015',
      'Declined in effectiveness, 16 February 2016',
      'No: over a year ago',
    ]);
    expect(rows[9]).toEqual([
      'Newton Drive',
      'Outstanding, 7 June 2016',
      'Improved effectiveness, 17 February 2016',
      'No: over a year ago',
    ]);
    expect(
      screen.getByText("Our children's homes: 10 of 10 good or better at their latest full inspection."),
    ).toBeInTheDocument();
    expect(screen.getByText('Latest full inspections of the 10 homes: 3 Outstanding and 7 Good.')).toBeInTheDocument();
    expect(screen.getByText(/^All 10 homes were last inspected in full over a year ago/)).toBeInTheDocument();
  });

  test('counts the homes by judgement in a chart named by its sentence and in a table', async () => {
    renderPage();
    const chart = await screen.findByRole('img', {
      name: 'Latest full inspections of the 10 homes: 3 Outstanding and 7 Good.',
    });
    expect(chart).toBeInTheDocument();
    expect(cellTexts(screen.getByRole('table', { name: 'Homes by latest full inspection judgement' }))).toEqual([
      ['Outstanding', '3', '30%'],
      ['Good', '7', '70%'],
      ['Requires improvement to be good', '0', '0%'],
      ['Inadequate', '0', '0%'],
    ]);
  });

  test("shows County Durham's children's homes and places by sector beside the North East and England, with the list's date", async () => {
    renderPage();
    const table = await screen.findByRole('table', {
      name: "Children's homes: County Durham beside the North East and England",
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['What is counted', 'County Durham', 'North East', 'England']);
    expect(cellTexts(table).slice(0, 6)).toEqual([
      ["Children's homes", '44', '175', '3,050'],
      ['local authority', '10', '55', '425'],
      ['private', '32', '102', '2,466'],
      ['voluntary', '2', '18', '150'],
      ['health authority', '0', '0', '9'],
      ['places', '177', '763', '11,857'],
    ]);
    expect(
      screen.getByText(
        "In County Durham, 37 of the 42 children's homes judged are good or better (88%), against the North East 82% and England 80%.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^From Ofsted's list of settings at 31 March 2023/)).toBeInTheDocument();
  });

  test('the ILACS part links to both sections, moving focus to their headings', async () => {
    renderPage();
    await screen.findByRole('table', { name: "Children's homes: County Durham beside the North East and England" });
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'County Durham’s own children’s homes' }));
    expect(screen.getByRole('heading', { name: 'Children’s homes' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'the children’s homes and places in County Durham' }));
    expect(screen.getByRole('heading', { name: 'Children’s homes and other settings in County Durham' })).toHaveFocus();
  });

  test('for a council with no table of its homes, says how to add one, and still shows its area from Ofsted', async () => {
    useSelectionStore.setState({ ...EMPTY_SELECTION, area: areaCode('E06000004') });
    renderPage();
    expect(await screen.findByText(/^No table of Stockton-on-Tees’s own children’s homes is held/)).toBeInTheDocument();
    const table = await screen.findByRole('table', {
      name: "Children's homes: Stockton-on-Tees beside the North East and England",
    });
    expect(cellTexts(table)[0]).toEqual(["Children's homes", '17', '175', '3,050']);
  });

  test("a broken list of Ofsted's settings is refused by name and none of it shown", async () => {
    renderPage({ [PROVIDERS]: 'URN,Provision type\n' });
    expect(
      await screen.findByRole('heading', { name: 'Ofsted’s list of settings could not be read' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /^Children's homes:/ })).toBeNull();
  });
});
