import { describe, expect, it } from 'vitest';
import { figure, period } from '../../../test/unit/builders/observation';
import { readRepoCsv, realAreaDirectory } from '../../../test/unit/tables';
import { ObservationIndex } from '../observations/series';
import { neighbourFigures, readStatNeighbours, statNeighbourFigure } from './neighbours';

/* Neighbours of councils that changed, with the shipped 2021 model and figures written here. */
const areas = realAreaDirectory();
const model2021 = readStatNeighbours(readRepoCsv('data/stat-neighbours-2021.csv').value, areas).value;

describe('statNeighbourFigure: councils over time', () => {
  // Worked by hand from cla_number_and_rate_per_10k_children.csv, 2021 (the year to 31 March 2021):
  // Lincolnshire's ten 2021-model neighbours are Norfolk 65, Cumbria 81, Derbyshire 59,
  // Nottinghamshire 61, Suffolk 64, North Lincolnshire 60, North Northamptonshire (not yet a council:
  // its area's figure is Northamptonshire's, 67), Cornwall 48, Staffordshire 74 and Worcestershire 73.
  // Mean 652 / 10 = 65.2; without Cumbria and Northamptonshire it was 504 / 8 = 63.0.
  const RATES_2020_21: Readonly<Record<string, number>> = {
    E10000020: 65,
    E10000006: 81,
    E10000007: 59,
    E10000024: 61,
    E10000029: 64,
    E06000013: 60,
    E10000021: 67,
    E06000052: 48,
    E10000028: 74,
    E10000034: 73,
  };
  const rates = new ObservationIndex(
    Object.entries(RATES_2020_21).map(([areaCode, value]) => figure('cla_rate', '2020/21', value, { areaCode })),
  );
  it.each([
    { la: 'E10000019 Lincolnshire', period: '2020/21', value: 65.2, used: 10 },
    // Cumbria ended on 31 March 2023; Cumberland and Westmorland and Furness are two councils, so neither stands for it.
    { la: 'E10000019 Lincolnshire', period: '2023/24', value: null, used: 0 },
  ])(
    'gives $la for $period the mean of the councils that carry its neighbours figures: $value',
    ({ la, period: label, value, used }) => {
      const code = la.split(' ')[0] ?? '';
      expect(statNeighbourFigure(model2021, code, 'cla_rate', period(label), rates, 'mean')).toEqual({
        value,
        used,
        of: 10,
        method: 'mean',
        model: '2021',
      });
    },
  );

  it('counts once the one council two neighbours were before they existed (Bedford: West and North Northamptonshire)', () => {
    const everyone = new ObservationIndex(
      areas.localAuthorities().map((area) => figure('cla_rate', '2020/21', 50, { areaCode: area.code })),
    );
    expect(statNeighbourFigure(model2021, 'E06000055', 'cla_rate', period('2020/21'), everyone, 'mean')).toMatchObject({
      value: 50,
      used: 9,
      of: 10,
    });
  });

  it('counts once the joint return two neighbours share (Swindon, 2025 model: North and West Northamptonshire)', () => {
    // Swindon's ten 2025-model neighbours, closest first; 2 and 6 are the two Northamptonshire
    // councils, which DfE's workforce file gives as one row ("940 / 941") that each holds a copy of.
    const model2025 = readStatNeighbours(readRepoCsv('data/stat-neighbours-2025.csv').value, areas).value;
    const neighbours = (model2025.neighboursOf.get('E06000030') ?? []).map((neighbour) => neighbour.code ?? '');
    const northamptonshire = ['E06000061', 'E06000062'];
    const file = 'csww_indicators_2017_to_2025.csv';
    const caseloads = new ObservationIndex(
      neighbours.map((areaCode, at) =>
        northamptonshire.includes(areaCode)
          ? figure('sw_caseload', '2024/25', 14, { areaCode, source: { file, row: 1200, publisher: 'DfE' } })
          : figure('sw_caseload', '2024/25', 20, { areaCode, source: { file, row: 100 + at, publisher: 'DfE' } }),
      ),
    );
    expect(neighbours.filter((code) => northamptonshire.includes(code))).toHaveLength(2);
    // Eight councils at 20 and the joint return's 14 once: 174 / 9, not 188 / 10.
    expect(
      statNeighbourFigure(model2025, 'E06000030', 'sw_caseload', period('2024/25'), caseloads, 'mean'),
    ).toMatchObject({ value: 19.3333333333, used: 9, of: 10 });
  });

  it("finds a figure for a period in which only a neighbour's predecessor has one", () => {
    const computed = neighbourFigures('cla_rate', 'E10000019', rates, { model: model2021, method: 'mean' });
    expect(computed.map((each) => [each.observation.period.label, each.observation.value])).toEqual([
      ['2020/21', 65.2],
    ]);
  });
});
