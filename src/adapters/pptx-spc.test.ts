// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DURHAM as area } from '../../test/unit/builders/areas';
import { dataset } from '../../test/unit/builders/dataset';
import { period } from '../../test/unit/builders/observation';
import { monthlyPlacements } from '../../test/unit/spc-series';
import { ObservationIndex } from '../domain/observations/series';
import { buildScorecard } from '../domain/scorecard/scorecard';
import { buildSlides } from '../domain/slides/slides';
import { presentationBytes } from './pptx';

const { catalogue, areas } = dataset();
const index = new ObservationIndex(monthlyPlacements());
const scorecard = buildScorecard({ catalogue, areas, index, area, period: period('2021/22 Q2') });
const slides = buildSlides({
  scorecard,
  index,
  ids: ['spc:cla_3plus_placements'],
  commentary: new Map(),
  panelTitle: 'Corporate Parenting Panel',
});
const files = unzipSync(await presentationBytes(slides, { title: 'SPC' }));
const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
const chartName = Object.keys(files).find((name) => /^ppt\/charts\/chart\d*\.xml$/.test(name)) ?? '';
const chart = text(chartName);
const slide = text('ppt/slides/slide1.xml');

describe('the SPC slide in the PowerPoint file', () => {
  it('draws the chart natively, every line a series of its own named in the legend', () => {
    expect(chart.match(/<c:lineChart>/g)).toHaveLength(6);
    for (const name of [
      'Figures (monthly)',
      'Special cause: improvement',
      'Special cause: concern',
      'Mean',
      'Upper process limit',
      'Lower process limit',
    ])
      expect(chart).toContain(`<c:v>${name}</c:v>`);
    expect(chart).toContain('<c:v>Sep 2021</c:v>');
  });

  it('fits the value axis to the figures and limits (9.3% to 11.3%) rather than starting it at zero', () => {
    expect(chart).toContain('<c:min val="9"/>');
    expect(chart).toContain('<c:max val="11.5"/>');
  });

  it('tells the lines apart by more than colour: dashed limits, markers only for special causes', () => {
    expect(chart).toContain('<a:prstDash val="dash"/>');
    expect(chart).toContain('<c:symbol val="diamond"/>');
    expect(chart).toContain('<a:ln><a:noFill/></a:ln>');
  });

  it('writes every text of the slide and the chart at 18pt or more', () => {
    const sizes = [...`${slide}${chart}`.matchAll(/\ssz="(\d+)"/g)].map((match) => Number(match[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((size) => size < 1800)).toEqual([]);
  });

  it('gives the icons’ words and the sentence as text', () => {
    expect(slide).toContain('Special cause: concern, higher');
    expect(slide).toContain('This measure has no target, so there is no assurance icon.');
    expect(slide).toContain(
      'Special cause concern: 2 of the last 3 months are close to or above the upper process limit.',
    );
  });
});
