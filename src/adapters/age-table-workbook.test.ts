import { describe, expect, it } from 'vitest';
import { loadSampleDataset } from '../../test/unit/sample-dataset';
import { importContext } from '../../test/unit/uploads';
import { workbookBytes } from '../../test/unit/workbook-builder';
import { readImport } from '../domain/readers/read-import';
import { readUpload } from './read-upload';

const sample = loadSampleDataset();
const context = { ...importContext('E06000047'), breakdownCatalogue: sample.breakdownCatalogue };

describe('a ChAT table of care leavers by single year of age in a workbook', () => {
  it('reads as the CSV does: each age’s share and its cohort', async () => {
    const bytes = workbookBytes({
      cells: [
        ['ChAT 2021/22 Q2', 'Aged 19', 'Aged 20', 'Aged 21', 'Total'],
        ['Numbers in cohort', 69, 66, 36, 171],
        ['In EET', '65%', '56%', '56%', '60%'],
      ],
    });
    const upload = await readUpload(bytes, 'chat.xlsx');
    const read = upload.value ? readImport(upload.value, context) : null;
    expect(read?.problems).toEqual([]);
    expect(read?.value.breakdowns?.map(({ percent, total }) => [percent, total])).toEqual([
      [65, 69],
      [56, 66],
      [56, 36],
      [60, 171],
    ]);
  });
});
