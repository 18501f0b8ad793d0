// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DURHAM } from '../../test/unit/builders/areas';
import { dataset } from '../../test/unit/builders/dataset';
import { VARIED_FIGURES, period } from '../../test/unit/builders/observation';
import { buildScorecard } from '../domain/scorecard/scorecard';
import { buildSlides } from '../domain/slides/slides';
import { presentationBytes } from './pptx';

const { catalogue, areas, index } = dataset({ observations: VARIED_FIGURES });
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

  it('has one slide per chosen item', () => {
    expect(named(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(ids.length);
  });

  it('draws each measure slide’s trend as a native line chart', () => {
    const charts = named(/^ppt\/charts\/chart\d*\.xml$/);
    expect(charts).toHaveLength(2);
    expect(charts.every((chart) => text(chart).includes('<c:lineChart>'))).toBe(true);
    expect(text(charts[0] ?? '')).toContain('<c:v>2021/22 Q2</c:v>');
  });

  it('puts a key question’s measures in a native table with the ratings in words', () => {
    const slide = text('ppt/slides/slide2.xml');
    expect(slide).toContain('<a:tbl>');
    expect(slide).toContain('90 (912 children) (2021/22 Q2)');
    expect(slide).toContain('<a:t>67 (2019/20): Not rated</a:t>');
  });

  it('writes the commentary as speaker notes, escaped for XML', () => {
    const notes = named(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)
      .map(text)
      .join('\n');
    expect(notes).toContain('More children came into care after the summer &amp; fewer left.');
    expect(notes).toContain('Placement moves are down for the third quarter.');
  });
});
