// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DURHAM } from '../../test/unit/builders/areas';
import { dataset } from '../../test/unit/builders/dataset';
import { SOME_MEASURES } from '../../test/unit/builders/catalogue';
import { measure } from '../../test/unit/builders/measure';
import { VARIED_FIGURES, figure, period } from '../../test/unit/builders/observation';
import { buildScorecard } from '../domain/scorecard/scorecard';
import { buildSlides } from '../domain/slides/slides';
import { presentationBytes } from './pptx';

// Five more measures under the first key question, each with a figure, so its slide continues on a second.
const extras = Array.from({ length: 5 }, (_, at) =>
  measure('percent', { id: `extra_${at + 1}`, title: `Extra measure ${at + 1}`, keyQuestionId: 'characteristics' }),
);
const { catalogue, areas, index } = dataset({
  measures: [...SOME_MEASURES, ...extras],
  observations: [...VARIED_FIGURES, ...extras.map((extra) => figure(extra.id, '2021/22 Q2', 50))],
});
const scorecard = buildScorecard({ catalogue, areas, index, area: DURHAM, period: period('2021/22 Q2') });
const commentary = new Map([
  ['cla_rate', 'More children came into care after the summer & fewer left.'],
  ['cla_3plus_placements', 'Placement moves are down for the third quarter.'],
]);
const ids = ['title', 'q:characteristics', 'm:cla_rate', 'q:stability', 'm:cla_3plus_placements'];
const slides = buildSlides({ scorecard, index, ids, commentary, panelTitle: 'Corporate Parenting Panel' });
const files = unzipSync(
  await presentationBytes(slides, { title: 'Corporate Parenting Panel: County Durham, 2021/22 Q2' }),
);
const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
const named = (pattern: RegExp) =>
  Object.keys(files)
    .filter((name) => pattern.test(name))
    .sort();

describe('presentationBytes (County Durham, 2021/22 Q2)', () => {
  it('is an Office Open XML presentation package', () => {
    expect(text('[Content_Types].xml')).toContain(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    );
    expect(named(/^ppt\/presentation\.xml$/)).toEqual(['ppt/presentation.xml']);
  });

  it('has one slide per slide on screen, a long key question continuing on a second', () => {
    expect(named(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(slides.length);
    expect(slides.length).toBeGreaterThan(ids.length);
    expect(text('ppt/slides/slide3.xml')).toContain('(2 of 2)</a:t>');
  });

  it('has no text run under 18 pt on any slide or chart', () => {
    const parts = named(/^ppt\/(slides\/slide|charts\/chart)\d*\.xml$/);
    expect(parts.length).toBeGreaterThan(slides.length);
    const sizes = parts.flatMap((part) => [...text(part).matchAll(/\ssz="(\d+)"/g)].map((match) => Number(match[1])));
    expect(sizes.length).toBeGreaterThan(100);
    expect(sizes.filter((size) => size < 1800)).toEqual([]);
  });

  it('tells the chart’s lines apart by dash and marker as well as colour, on an axis from zero', () => {
    const chart = text(named(/^ppt\/charts\/chart\d*\.xml$/)[0] ?? '');
    const series = chart.split('<c:ser>').slice(1);
    expect(series).toHaveLength(4);
    const dashes = series.map((part) => /<a:prstDash val="(\w+)"\/>/.exec(part)?.[1]);
    const markers = series.map((part) => /<c:symbol val="(\w+)"\/>/.exec(part)?.[1]);
    expect(new Set(dashes).size).toBe(4);
    expect(markers).toEqual(['circle', 'square', 'triangle', 'diamond']);
    expect(chart).toContain('<c:min val="0"/>');
  });

  it('draws each measure slide’s trend as a native line chart', () => {
    const charts = named(/^ppt\/charts\/chart\d*\.xml$/);
    expect(charts).toHaveLength(2);
    expect(charts.every((chart) => text(chart).includes('<c:lineChart>'))).toBe(true);
    expect(text(charts[0] ?? '')).toContain('<c:v>Q2 2021/22</c:v>');
  });

  it('puts a key question’s measures in a native table with the ratings in words', () => {
    const slide = text('ppt/slides/slide2.xml');
    expect(slide).toContain('<a:tbl>');
    expect(slide).toContain('90.0 (912 children) (Q2 2021/22)');
    expect(slide).toContain('<a:t>67.0 (2019/20): Not rated</a:t>');
  });

  it('writes the commentary as speaker notes, escaped for XML', () => {
    const notes = named(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)
      .map(text)
      .join('\n');
    expect(notes).toContain('More children came into care after the summer &amp; fewer left.');
    expect(notes).toContain('Placement moves are down for the third quarter.');
  });
});
