import { describe, expect, it } from 'vitest';
import { figure } from '../../../test/unit/builders/observation';
import { supersededText } from '../text/superseded';
import { mergeByKey } from './merge';
import type { Observation } from './observation';

// County Durham's 2020/21 CLA rate: 93.5 [949] provisional in the seed's paper, 96 [950] final from DfE.
const COUNCIL_PROVISIONAL = figure('cla_rate', '2020/21', 93.5, { numerator: 949, status: 'provisional' });
const DFE = { file: 'cla_number_and_rate_per_10k_children.csv', row: 2058, publisher: 'DfE' };
const DFE_FINAL = figure('cla_rate', '2020/21', 96, { numerator: 950, source: DFE });
const DFE_PROVISIONAL = { ...DFE_FINAL, status: 'provisional' } as const satisfies Observation;
const COUNCIL_FINAL = figure('cla_rate', '2020/21', 94, { numerator: 949 });

describe('the provisional figure a final one replaced', () => {
  it.each([
    {
      case: 'DfE final after the council provisional',
      held: COUNCIL_PROVISIONAL,
      incoming: DFE_FINAL,
      kept: 96,
      superseded: 93.5,
    },
    {
      case: 'the council provisional after DfE final',
      held: DFE_FINAL,
      incoming: COUNCIL_PROVISIONAL,
      kept: 96,
      superseded: 93.5,
    },
    {
      case: "the council's final over DfE provisional",
      held: DFE_PROVISIONAL,
      incoming: COUNCIL_FINAL,
      kept: 94,
      superseded: 96,
    },
    {
      case: "the council's own final over DfE final",
      held: DFE_FINAL,
      incoming: COUNCIL_FINAL,
      kept: 94,
      superseded: undefined,
    },
  ])('$case: keeps $kept, with $superseded superseded', ({ held, incoming, kept, superseded }) => {
    const [merged] = mergeByKey([held], [incoming], 'combine').value;
    expect({ kept: merged?.value, superseded: merged?.superseded?.value }).toEqual({ kept, superseded });
  });

  it("keeps the provisional figure when DfE's final file is loaded again over the saved one", () => {
    const saved = mergeByKey([COUNCIL_PROVISIONAL], [DFE_FINAL], 'update').value;
    const [again] = mergeByKey(saved, [DFE_FINAL], 'update').value;
    expect({ kept: again?.value, superseded: again?.superseded?.value }).toEqual({ kept: 96, superseded: 93.5 });
  });

  it('keeps where the provisional figure came from', () => {
    const [merged] = mergeByKey([COUNCIL_PROVISIONAL], [DFE_FINAL], 'update').value;
    expect(merged?.superseded).toEqual({
      value: 93.5,
      numerator: 949,
      denominator: null,
      status: 'provisional',
      source: COUNCIL_PROVISIONAL.source,
    });
  });

  it('says it in words: the provisional figure, then the final one and who published it', () => {
    const [merged] = mergeByKey([COUNCIL_PROVISIONAL], [DFE_FINAL], 'update').value;
    expect(merged && supersededText(merged, { decimalPlaces: 1 })).toBe('93.5 provisional → 96.0 final (DfE)');
    expect(supersededText(DFE_FINAL, { decimalPlaces: 1 })).toBeNull();
  });
});
