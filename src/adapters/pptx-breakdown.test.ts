// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cell } from '../../test/unit/builders/breakdown';
import { PLACEMENTS } from '../../test/unit/builders/breakdown-catalogue';
import { dataset } from '../../test/unit/builders/dataset';
import { breakdownSlide } from '../domain/slides/breakdown-slide';
import { presentationBytes } from './pptx';

const input = dataset({
  breakdownCatalogue: PLACEMENTS,
  breakdowns: [
    cell('placements', 'foster', 60, 100, { period: '2020-03-11' }),
    cell('placements', 'residential', 40, 100, { period: '2020-03-11' }),
    cell('placements', 'foster', 50, 100, { period: '2021-09-27' }),
    cell('placements', 'residential', null, 100, { period: '2021-09-27', status: 'suppressed' }),
  ],
});
const slide = breakdownSlide(input, 'placements', 'E06000047', 'b:placements');
if (!slide) throw new Error('no slide');
const files = unzipSync(await presentationBytes([slide], { title: 'Breakdown' }));
const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
const chartNames = Object.keys(files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));

describe('a breakdown slide in the PowerPoint file', () => {
  it('has a native bar chart with one series per snapshot and each category', () => {
    expect(chartNames).toHaveLength(1);
    const chart = text(chartNames[0] ?? '');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('11 March 2020');
    expect(chart).toContain('27 September 2021');
    expect(chart).toContain('Foster care');
    expect(chart).toContain('Residential');
  });

  it('has a native table of every figure, a suppressed one in words, and the heading and summary', () => {
    const page = text('ppt/slides/slide1.xml');
    expect(page).toContain('<a:tbl>');
    expect(page).toContain('Placement mix: County Durham</a:t>');
    for (const written of ['Placement type', '60 (60%)', '50 (50%)', 'Suppressed', 'Foster care fell from 60 (60%)'])
      expect(page).toContain(written);
  });
});
