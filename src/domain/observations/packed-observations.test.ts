import { describe, expect, test } from 'vitest';
import { figure, VARIED_FIGURES } from '../../../test/unit/builders/observation';
import { packObservations, packedBuffers, unpackObservations } from './packed-observations';

const noPause = () => Promise.resolve();

describe('packed observations', () => {
  test('come back as they went, every kind of figure, blank counts still blank and no zero for a missing value', async () => {
    const packed = packObservations(VARIED_FIGURES);
    await expect(unpackObservations(packed, noPause)).resolves.toEqual(VARIED_FIGURES);
  });

  test('keep a publisher only where the figure had one, and the provisional figure a final one replaced', async () => {
    const published = figure('cla_rate', '2020/21', 96, {
      numerator: 950,
      source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 7, publisher: 'DfE' },
      superseded: {
        value: 93.5,
        numerator: 949,
        denominator: null,
        status: 'provisional',
        source: { file: 'upload.csv', row: 3 },
      },
    });
    const own = figure('cla_rate', '2019/20', 90);
    const [first, second] = await unpackObservations(packObservations([published, own]), noPause);
    expect(first).toEqual(published);
    expect(second).toEqual(own);
    expect(second && 'publisher' in second.source).toBe(false);
    expect(second && 'superseded' in second).toBe(false);
  });

  test('hold each repeated text and period once', () => {
    const packed = packObservations([
      figure('cla_rate', '2019/20', 1),
      figure('cla_rate', '2019/20', 2, { areaCode: 'E92000001' }),
      figure('cla_rate', '2020/21', 3),
    ]);
    expect(packed.periods.map((period) => period.label)).toEqual(['2019/20', '2020/21']);
    expect(packed.texts).toEqual(['cla_rate', 'E06000047', '', 'upload.csv', 'E92000001']);
    expect(packed.statuses).toEqual(['final']);
  });

  test('hand over every column as a buffer that can move between threads', () => {
    const packed = packObservations(VARIED_FIGURES);
    expect(packedBuffers(packed)).toHaveLength(11);
    expect(packedBuffers(packed).every((buffer) => buffer.byteLength > 0)).toBe(true);
  });

  test.each([
    [0, 4, 0],
    [7, 4, 1],
    [8, 4, 1],
    [9, 4, 2],
  ])('rebuild %i figures in slices of %i, pausing %i times between slices', async (count, sliceSize, pauses) => {
    const figures = Array.from({ length: count }, (_, at) =>
      figure('cla_rate', '2019/20', at, { areaCode: `E0${at}` }),
    );
    let paused = 0;
    const rebuilt = await unpackObservations(
      packObservations(figures),
      () => {
        paused += 1;
        return Promise.resolve();
      },
      sliceSize,
    );
    expect(rebuilt).toEqual(figures);
    expect(paused).toBe(pauses);
  });
});
