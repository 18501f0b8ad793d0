/**
 * The presentation as a PowerPoint file, written from the same slides presentation mode shows:
 * native tables and line charts (editable in PowerPoint, not pictures), ratings in words, and the
 * officer's commentary as speaker notes. pptxgenjs is imported only when a file is asked for, so it
 * never loads with the scorecard.
 */
import { RATING_LABEL } from '../domain/text/ratings';
import type { MeasureSlide, QuestionSlide, Slide, SlideComparator, TitleSlide } from '../domain/slides/slides';
import { FONT, TEXT, heading, type Presentation } from './pptx-parts';
import { addSpc } from './pptx-spc';

export interface PresentationMeta {
  title: string;
}

/**
 * The chart's lines differ by colour only (pptxgenjs 4 applies a dash and a marker to the whole
 * chart, not to one line), so each line is named in the legend, and the ratings are given as text.
 */
const LINE_STYLE = {
  home: { color: '0B0C0C' },
  england: { color: '1D4F91' },
  region: { color: '505A5F' },
  stat_neighbours: { color: '6F4E00' },
} as const;

function comparatorText(comparator: SlideComparator): string {
  const period = comparator.periodNote ? ` (${comparator.periodNote})` : '';
  return `${comparator.figure}${period}: ${RATING_LABEL[comparator.rating]}`;
}

function addTitle(pptx: Presentation, slide: TitleSlide): void {
  const page = pptx.addSlide();
  page.addText(slide.title, { x: 0.8, y: 2.0, w: 11.7, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: TEXT });
  page.addText(slide.areaName, { x: 0.8, y: 3.3, w: 11.7, h: 0.8, fontFace: FONT, fontSize: 28, color: TEXT });
  page.addText(`Performance update: ${slide.periodLabel}`, {
    x: 0.8,
    y: 4.1,
    w: 11.7,
    h: 0.8,
    fontFace: FONT,
    fontSize: 28,
    color: TEXT,
  });
  page.addNotes(`${slide.title}: ${slide.areaName}, ${slide.periodLabel}.`);
}

function addQuestion(pptx: Presentation, slide: QuestionSlide): void {
  const page = pptx.addSlide();
  heading(page, slide.title);
  const kinds = [...new Set(slide.rows.flatMap((row) => row.comparators.map((comparator) => comparator.kind)))];
  const names = new Map(
    slide.rows.flatMap((row) => row.comparators.map((comparator) => [comparator.kind, comparator.name] as const)),
  );
  const cell = (text: string, bold = false) => ({
    text,
    options: { bold, fontFace: FONT, fontSize: 12, color: TEXT, valign: 'middle' as const },
  });
  const header = ['Measure', 'Latest', ...kinds.map((kind) => names.get(kind) ?? kind)].map((text) => ({
    text,
    options: { bold: true, fontFace: FONT, fontSize: 12, color: 'FFFFFF', fill: { color: TEXT } },
  }));
  const rows = slide.rows.map((row) => [
    cell(row.title, true),
    cell(row.period ? `${row.latest} (${row.period})` : row.latest),
    ...kinds.map((kind) => {
      const comparator = row.comparators.find((candidate) => candidate.kind === kind);
      return cell(comparator ? comparatorText(comparator) : 'No figure');
    }),
  ]);
  if (rows.length === 0) {
    page.addText('There are no figures for this key question.', {
      x: 0.5,
      y: 1.5,
      w: 12.3,
      h: 0.6,
      fontFace: FONT,
      fontSize: 18,
      color: TEXT,
    });
  } else {
    const widths = [4.3, 2.2, ...kinds.map(() => (12.3 - 6.5) / Math.max(kinds.length, 1))];
    page.addTable([header, ...rows], {
      x: 0.5,
      y: 1.4,
      w: 12.3,
      colW: widths,
      border: { type: 'solid', pt: 0.75, color: '6F777B' },
      autoPage: false,
    });
  }
  if (slide.note)
    page.addText(slide.note, {
      x: 0.5,
      y: 6.8,
      w: 12.3,
      h: 0.5,
      fontFace: FONT,
      fontSize: 12,
      italic: true,
      color: TEXT,
    });
  page.addNotes(slide.note ? `${slide.title} ${slide.note}` : slide.title);
}

function addMeasure(pptx: Presentation, slide: MeasureSlide): void {
  const page = pptx.addSlide();
  heading(page, slide.title);
  const figures = [
    { text: slide.latest, options: { fontSize: 28, bold: true, breakLine: true } },
    {
      text: slide.period ? `${slide.areaName}, ${slide.period}` : slide.areaName,
      options: { fontSize: 14, breakLine: true },
    },
    { text: slide.direction, options: { fontSize: 14, breakLine: true } },
    ...slide.comparators.map((comparator) => ({
      text: `${comparator.name}: ${comparatorText(comparator)}`,
      options: { fontSize: 14, breakLine: true },
    })),
  ];
  page.addText(figures, {
    x: 0.5,
    y: 1.4,
    w: 4.2,
    h: 3.6,
    fontFace: FONT,
    color: TEXT,
    valign: 'top',
    paraSpaceAfter: 6,
  });
  if (slide.periods.length > 0 && slide.lines.length > 0) {
    page.addChart(
      pptx.ChartType.line,
      slide.lines.map((line) => ({ name: line.label, labels: [...slide.periods], values: [...line.values] })),
      {
        x: 4.9,
        y: 1.3,
        w: 7.9,
        h: 4.1,
        chartColors: slide.lines.map((line) => LINE_STYLE[line.role].color),
        lineSize: 2,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 7,
        displayBlanksAs: 'gap',
        showLegend: true,
        legendPos: 'b',
        legendFontSize: 12,
        catAxisLabelFontSize: 12,
        valAxisLabelFontSize: 12,
        showTitle: false,
      },
    );
  } else {
    page.addText('There are no figures to chart.', {
      x: 4.9,
      y: 1.4,
      w: 7.9,
      h: 0.6,
      fontFace: FONT,
      fontSize: 16,
      color: TEXT,
    });
  }
  page.addText(slide.summary, {
    x: 0.5,
    y: 5.5,
    w: 12.3,
    h: 0.6,
    fontFace: FONT,
    fontSize: 12,
    color: TEXT,
    fit: 'shrink',
  });
  page.addText(
    [
      { text: 'What the data tells us: ', options: { bold: true } },
      { text: slide.commentary || 'No commentary has been written for this period.' },
    ],
    { x: 0.5, y: 6.1, w: 12.3, h: 1.1, fontFace: FONT, fontSize: 14, color: TEXT, valign: 'top', fit: 'shrink' },
  );
  page.addNotes(
    slide.commentary
      ? `What the data tells us: ${slide.commentary}`
      : `No commentary has been written. ${slide.summary}`,
  );
}

/** The .pptx file's bytes: one PowerPoint slide per slide given, in order. */
export async function presentationBytes(slides: readonly Slide[], meta: PresentationMeta): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.company = 'Corporate Parenting Panel';
  for (const slide of slides) {
    if (slide.kind === 'title') addTitle(pptx, slide);
    else if (slide.kind === 'question') addQuestion(pptx, slide);
    else if (slide.kind === 'spc') addSpc(pptx, slide);
    else addMeasure(pptx, slide);
  }
  const written = await pptx.write({ outputType: 'uint8array' });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not return the file’s bytes.');
  return written;
}

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The file as the browser downloads it. */
export async function presentationFile(slides: readonly Slide[], meta: PresentationMeta): Promise<Blob> {
  const bytes = await presentationBytes(slides, meta);
  return new Blob([bytes.slice().buffer], { type: PPTX_TYPE });
}
