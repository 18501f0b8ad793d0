import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { saveFile } from '../../adapters/download';
import { readXlsxTable } from '../../adapters/xlsx';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { TemplateDownloads } from './TemplateDownloads';

vi.mock('../../adapters/download', () => ({ saveFile: vi.fn() }));

const dataset = loadSampleDataset();

beforeEach(() => {
  vi.mocked(saveFile).mockReset();
});

async function download(label: string): Promise<{ fileName: string; content: unknown }> {
  await userEvent.setup().click(screen.getByRole('button', { name: label }));
  await waitFor(() => expect(vi.mocked(saveFile)).toHaveBeenCalled());
  const [fileName = '', content] = vi.mocked(saveFile).mock.calls.at(-1) ?? [];
  return { fileName, content };
}

describe('TemplateDownloads on Upload figures', () => {
  test('gives the scorecard template a column for the quarter after the newest one held', async () => {
    render(<TemplateDownloads dataset={dataset} />);
    const { fileName, content } = await download('Scorecard template (CSV)');
    expect(fileName).toBe('scorecard-template-scorecard-q3-2021-22.csv');
    const lines = String(content).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFMeasure,2018/19,2019/20,2020/21,Q1 2021/22,Q2 2021/22,Q3 2021/22,England,North East,Stat Neighbour',
    );
    expect(lines).toHaveLength(dataset.catalogue.measures.length + 2);
    expect(
      screen.getByText(/ending with Q3 2021\/22, the quarter after the newest figures held\./),
    ).toBeInTheDocument();
  });

  test('gives the observations template one row per measure', async () => {
    render(<TemplateDownloads dataset={dataset} />);
    const { fileName, content } = await download('Observations template (CSV)');
    expect(fileName).toBe('scorecard-template-observations.csv');
    expect(String(content).split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFmeasure,area,period,value,numerator,denominator,status,note',
      `${dataset.catalogue.measures[0]?.id},,,,,,,`,
    ]);
  });

  test.each([
    { label: 'Scorecard template (Excel)', file: 'scorecard-template-scorecard-q3-2021-22.xlsx', first: 'Measure' },
    { label: 'Observations template (Excel)', file: 'scorecard-template-observations.xlsx', first: 'measure' },
  ])('gives $file as a workbook the upload reads back', async ({ label, file, first }) => {
    render(<TemplateDownloads dataset={dataset} />);
    const { fileName, content } = await download(label);
    expect(fileName).toBe(file);
    const sheet = await readXlsxTable(new Uint8Array(await (content as Blob).arrayBuffer()), fileName);
    expect(sheet.value.header[0]).toBe(first);
    expect(sheet.value.records).toHaveLength(dataset.catalogue.measures.length);
  });
});
