import { describe, expect, test } from 'vitest';
import { describeChanges, describeUpload } from './upload-view';

describe('words', () => {
  test('describeUpload names the layout and, for the scorecard layout, the LA', () => {
    expect(
      describeUpload({
        fileName: 'a.csv',
        layout: 'observations',
        localAuthority: { code: 'E06000001', name: 'Hartlepool' },
      }),
    ).toBe('a.csv, an observations file');
    expect(
      describeUpload({
        fileName: 'b.xlsx',
        layout: 'scorecard',
        localAuthority: { code: 'E06000001', name: 'Hartlepool' },
      }),
    ).toBe('b.xlsx, a scorecard-layout file for Hartlepool');
  });

  test('describeChanges says what saving does in plain words', () => {
    expect(describeChanges({ added: 33, changed: 1, unchanged: 0, total: 308 })).toBe(
      'The file gives 34 figures: 33 new figures, 1 changed figure and no figures that are already held exactly as they are. ' +
        'Saving adds the new figures and replaces the changed ones; every other figure is kept. The new version will hold 308 figures.',
    );
  });

  test("describeChanges counts DfE figures left out because the council's own are held", () => {
    expect(describeChanges({ added: 2430, changed: 0, unchanged: 0, total: 2705 }, 15)).toBe(
      'The file gives 2,445 figures: 2,430 new figures, no changed figures, no figures that are already held exactly as they are and 15 figures not used because the figure held takes precedence. ' +
        'Saving adds the new figures and replaces the changed ones; every other figure is kept. The new version will hold 2,705 figures.',
    );
  });
});
