import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { saveFile } from '../../adapters/download';
import { readXlsxTable } from '../../adapters/xlsx';
import { EMPTY_SELECTION, useSelectionStore } from '../../shared/selection-store';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { ScorecardPage } from './ScorecardPage';

vi.mock('../../adapters/download', () => ({ saveFile: vi.fn() }));

const dataset = loadSampleDataset();

beforeEach(() => {
  vi.mocked(saveFile).mockReset();
  window.localStorage.clear();
  useSelectionStore.setState(EMPTY_SELECTION);
});

function lastSaved(): { fileName: string; content: unknown } {
  const [fileName = '', content] = vi.mocked(saveFile).mock.calls.at(-1) ?? [];
  return { fileName, content };
}

describe('ScorecardPage: reading aids, print and downloads', () => {
  test('opens "How to read this scorecard" on a first visit, and closed the next time', () => {
    const { unmount } = render(<ScorecardPage dataset={dataset} homes={[]} />);
    expect(screen.getByText('How to read this scorecard').closest('details')).toHaveAttribute('open');
    unmount();
    render(<ScorecardPage dataset={dataset} homes={[]} />);
    expect(screen.getByText('How to read this scorecard').closest('details')).not.toHaveAttribute('open');
  });

  test('links its terms to the glossary and says when the figures were last updated', () => {
    render(<ScorecardPage dataset={dataset} homes={[]} />);
    expect(screen.getAllByRole('link', { name: 'statistical neighbours' })[0]).toHaveAttribute(
      'href',
      '/glossary/statistical-neighbours',
    );
    expect(
      screen.getByText(/^Last updated: the newest figure is for Q2 2021\/22, up to 30 September 2021\./),
    ).toBeInTheDocument();
  });

  test('prints from a button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<ScorecardPage dataset={dataset} homes={[]} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  test('downloads the table as shown, sorted and filtered, as CSV with ratings in words', async () => {
    useSelectionStore.setState({ question: 'care_leavers', sort: { column: 'comparator:england', desc: false } });
    render(<ScorecardPage dataset={dataset} homes={[]} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download the table (CSV)' }));
    await waitFor(() => expect(vi.mocked(saveFile)).toHaveBeenCalledTimes(1));
    const { fileName, content } = lastSaved();
    expect(fileName).toBe('county-durham-q2-2021-22-scorecard.csv');
    const lines = String(content)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Key question,Measure,Latest figure,Latest figure: status,Latest figure: period,Direction of travel,England,England: period,England: rating,North East,North East: period,North East: rating,Statistical neighbours,Statistical neighbours: period,Statistical neighbours: rating',
    );
    expect(lines).toHaveLength(7 + 2);
    expect(lines[1]).toMatch(/^What are outcomes like for our care leavers\?,.*,Better,/);
    expect(lines.find((line) => line.includes('aged 19-21 in education, employment or training (EET)'))).toBe(
      'What are outcomes like for our care leavers?,"Percentage of care leavers aged 19-21 in education, employment or training (EET)",60,Final,Q2 2021/22,Improving since Q1 2021/22,53,2019/20,Better,52,2019/20,Better,53,2019/20,Better',
    );
    expect(screen.getByText('The CSV file has been made. Look for it in your downloads.')).toBeInTheDocument();
  });

  test('downloads the same table as an Excel workbook', async () => {
    render(<ScorecardPage dataset={dataset} homes={[]} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download the table (Excel)' }));
    await waitFor(() => expect(vi.mocked(saveFile)).toHaveBeenCalledTimes(1));
    const { fileName, content } = lastSaved();
    expect(fileName).toBe('county-durham-q2-2021-22-scorecard.xlsx');
    const bytes = new Uint8Array(await (content as Blob).arrayBuffer());
    const sheet = await readXlsxTable(bytes, fileName);
    expect(sheet.problems).toEqual([]);
    const rate = sheet.value.records.find((record) =>
      record.cells.Measure?.startsWith('Rate of children looked after'),
    );
    expect(rate?.cells).toMatchObject({ 'Latest figure': '90', England: '67', 'England: rating': 'Not rated' });
    expect(screen.getByText('The Excel file has been made. Look for it in your downloads.')).toBeInTheDocument();
  });
});
