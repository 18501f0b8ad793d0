import { describe, expect, test } from 'vitest';
import type { Polarity } from '../../src/domain/catalogue/measure';
import { quartileBandOf } from '../../src/domain/comparison/quartiles';
import { readRepoCsv } from './tables';
import { loadSampleDataset } from './sample-dataset';

// The catalogue's polarities against DfE's LAIT data dictionary: data/lait-measures.csv says which
// LAIT measure each catalogue measure is (and any exception, with its reason); the LAIT rows are
// copied from ../shared/lait into test/fixtures/lait (README.md there says where from).
const catalogue = loadSampleDataset().catalogue;
const pairs = readRepoCsv('data/lait-measures.csv').value.records.map((record) => record.cells);
const lait = readRepoCsv('test/fixtures/lait/lait_data_dictionary_rows.csv').value.records.map(
  (record) => record.cells,
);

/** LAIT's Polarity column: High, Low, or '-' for none. */
const POLARITY: Readonly<Record<string, Polarity>> = {
  High: 'higher_is_better',
  Low: 'lower_is_better',
  '-': 'no_polarity',
};

const cases = pairs.map((pair) => {
  const row = lait.find((each) => each.Measure_code === pair.lait_measure_code && each.Measure === pair.lait_measure);
  return {
    id: pair.measure ?? '',
    laitMeasure: pair.lait_measure ?? '',
    exception: pair.polarity_exception ?? '',
    laitPolarity: row ? POLARITY[row.Polarity ?? ''] : undefined,
    // LAIT bands a measure that has a polarity and no No_Quartile flag ('N').
    laitBanded: row !== undefined && row.Polarity !== '-' && row.No_Quartile !== 'N',
  };
});

/** Whether the scorecard bands a measure of this polarity: a figure between the quartiles gets a band. */
function banded(polarity: Polarity): boolean {
  return quartileBandOf(2, { lower: 1, median: 2, upper: 3 }, polarity) !== null;
}

describe("the catalogue's polarities follow LAIT's data dictionary", () => {
  test('every pairing names a catalogue measure and a LAIT measure of the copied rows, each measure once', () => {
    const ids = cases.map((each) => each.id);
    expect(ids.filter((id) => !catalogue.measures.some((measure) => measure.id === id))).toEqual([]);
    expect(cases.filter((each) => each.laitPolarity === undefined).map((each) => each.id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(cases.filter((each) => each.exception === ''))(
    '$id is $laitPolarity, as LAIT\'s "$laitMeasure", and banded only where LAIT bands it',
    ({ id, laitPolarity, laitBanded }) => {
      const polarity = catalogue.measures.find((measure) => measure.id === id)?.polarity ?? 'no_polarity';
      expect({ polarity, banded: banded(polarity) }).toEqual({ polarity: laitPolarity, banded: laitBanded });
    },
  );

  test.each(cases.filter((each) => each.exception !== ''))(
    '$id differs from LAIT\'s "$laitMeasure" for a reason the catalogue gives',
    ({ id, laitPolarity, exception }) => {
      const polarity = catalogue.measures.find((measure) => measure.id === id)?.polarity;
      expect(polarity).not.toBe(laitPolarity);
      expect(exception).toMatch(/\w{3,}.*\w{3,}/);
    },
  );

  test.each([
    { id: 'cla_missing_percent', polarity: 'no_polarity' },
    { id: 'cla_substance_misuse', polarity: 'lower_is_better' },
  ])('$id is $polarity, as in LAIT', ({ id, polarity }) => {
    expect(catalogue.measures.find((measure) => measure.id === id)?.polarity).toBe(polarity);
  });
});
