/**
 * A breakdown's slide in the PowerPoint file: a native bar chart of each category's percentage at
 * each snapshot (one series per snapshot, so the presenter can restyle or read its data in
 * PowerPoint), its summary, and a native table of every figure with England's and the region's.
 */
import type { BreakdownSlide } from '../domain/slides/breakdown-slide';
import { slideHeading } from '../domain/slides/slides';
import { FONT, SMALLEST_POINTS, TEXT, heading, type Presentation } from './pptx-parts';

// The chart's shades, as on screen (features' SERIES_FILLS): each series is also named in the legend.
const SERIES_COLOURS = ['B1B4B6', '5694CA', '1D70B8', '003078', '0B0C0C'];

export function addBreakdown(pptx: Presentation, slide: BreakdownSlide): void {
  const page = pptx.addSlide();
  heading(page, slideHeading(slide));
  page.addText(slide.summary, {
    x: 0.5,
    y: 1.2,
    w: 12.3,
    h: 0.8,
    fontFace: FONT,
    fontSize: SMALLEST_POINTS,
    color: TEXT,
    valign: 'top',
    fit: 'shrink',
  });
  page.addChart(
    pptx.ChartType.bar,
    slide.series.map((series) => ({
      name: series.name,
      labels: [...slide.categories],
      // A missing figure is NaN, written as a blank cell, never a zero.
      values: series.values.map((value) => value ?? Number.NaN),
    })),
    {
      x: 0.5,
      y: 2.0,
      w: 5.6,
      h: 4.9,
      barDir: 'bar',
      chartColors: SERIES_COLOURS.slice(0, slide.series.length),
      displayBlanksAs: 'gap',
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 12,
      legendFontFace: FONT,
      catAxisLabelFontSize: 11,
      catAxisLabelFontFace: FONT,
      valAxisLabelFontSize: 11,
      valAxisLabelFontFace: FONT,
      valAxisMinVal: 0,
      valAxisTitle: 'Per cent',
      showValAxisTitle: true,
      showTitle: false,
    },
  );
  const cell = (text: string, bold = false) => ({ text, options: { bold, fontFace: FONT, fontSize: 10, color: TEXT } });
  const header = slide.headings.map((text) => ({
    text,
    options: { bold: true, fontFace: FONT, fontSize: 10, color: 'FFFFFF', fill: { color: TEXT } },
  }));
  const rows = slide.rows.map((row) => [
    cell(row.partOf ? `  ${row.label}` : row.label, !row.partOf),
    ...row.cells.map((text) => cell(text)),
  ]);
  page.addTable([header, ...rows], {
    x: 6.3,
    y: 2.0,
    w: 6.5,
    border: { type: 'solid', pt: 0.75, color: '6F777B' },
    autoPage: false,
  });
  page.addText(slide.source, { x: 0.5, y: 6.95, w: 12.3, h: 0.4, fontFace: FONT, fontSize: 11, color: TEXT });
  page.addNotes(slide.summary);
}
