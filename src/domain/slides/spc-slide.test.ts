import { describe, expect, it } from 'vitest';
import { DURHAM } from '../../../test/unit/builders/areas';
import { dataset } from '../../../test/unit/builders/dataset';
import { figure, period } from '../../../test/unit/builders/observation';
import { monthlyPlacements } from '../../../test/unit/spc-series';
import { ObservationIndex } from '../observations/series';
import { buildScorecard } from '../scorecard/scorecard';
import { buildSlides, parseSlideId, resolveSlideIds, slideHeading } from './slides';
import { slideChoices, slideName } from './slide-choices';
import type { SpcSlide } from './spc-slide';

// Two quarters of figures (too few for a chart), and the same with 24 months added.
const { catalogue, areas, index, observations } = dataset({
  observations: [figure('cla_3plus_placements', '2021/22 Q1', 9.5), figure('cla_3plus_placements', '2021/22 Q2', 10.1)],
});
const withMonths = new ObservationIndex([...observations, ...monthlyPlacements()]);
const at = period('2021/22 Q2');
const quarters = buildScorecard({ catalogue, areas, index, area: DURHAM, period: at });
const monthly = buildScorecard({ catalogue, areas, index: withMonths, area: DURHAM, period: at });
const TITLE = 'Children looked after with three or more placements in the year';

function spcSlideOf(): SpcSlide {
  const [slide] = buildSlides({
    scorecard: monthly,
    index: withMonths,
    ids: ['spc:cla_3plus_placements'],
    commentary: new Map(),
    panelTitle: 'Corporate Parenting Panel',
  });
  if (slide?.kind !== 'spc') throw new Error('expected an SPC slide');
  return slide;
}

describe('the SPC slide', () => {
  it.each([
    { id: 'spc:cla_rate', ref: { kind: 'spc', measureId: 'cla_rate' } },
    { id: 'spc:', ref: null },
  ])('reads the id $id', ({ id, ref }) => {
    expect(parseSlideId(id)).toEqual(ref);
  });

  it('is offered, and known in a link, only for a measure whose series has an SPC chart', () => {
    expect(resolveSlideIds(['spc:cla_3plus_placements'], quarters).unknown).toEqual(['spc:cla_3plus_placements']);
    expect(resolveSlideIds(['spc:cla_3plus_placements'], monthly)).toEqual({
      ids: ['spc:cla_3plus_placements'],
      unknown: [],
    });
    expect(slideChoices(quarters).some((choice) => choice.id.startsWith('spc:'))).toBe(false);
    expect(slideChoices(monthly).filter((choice) => choice.id.startsWith('spc:'))).toEqual([
      {
        id: 'spc:cla_3plus_placements',
        name: `SPC chart: ${TITLE}`,
        group: 'Key question stability',
      },
    ]);
    expect(slideName('spc:cla_3plus_placements', monthly)).toBe(`SPC chart: ${TITLE}`);
  });

  it('gives the chart with its icons’ words, its sentence and its axis labels', () => {
    const slide = spcSlideOf();
    expect(slideHeading(slide)).toBe(`${TITLE}: SPC chart`);
    expect(slide.subtitle).toBe('SPC chart, County Durham: monthly figures, October 2019 to September 2021');
    expect(slide.variation).toMatchObject({ variation: 'concern_high', label: 'Special cause: concern, higher' });
    expect(slide.assurance).toBeNull();
    expect(slide.noAssurance).toBe('This measure has no target, so there is no assurance icon.');
    expect(slide.sentence).toBe(
      'Special cause concern: 2 of the last 3 months are close to or above the upper process limit.',
    );
    expect(slide.axisLabels).toHaveLength(24);
    expect(slide.axisLabels.slice(0, 2)).toEqual(['Oct 2019', 'Nov 2019']);
    expect(slide.chart.points).toHaveLength(24);
    expect(slide.warnings).toEqual([]);
  });
});
