/**
 * The presentation as a PowerPoint file, written from the same slides presentation mode shows:
 * native tables and line charts (editable in PowerPoint, not pictures), ratings in words, and the
 * officer's commentary as speaker notes. pptxgenjs is imported only when a file is asked for, so it
 * never loads with the scorecard.
 */
import { RATING_LABEL } from '../domain/text/ratings';
import {
  slideHeading,
  type MeasureSlide,
  type QuestionSlide,
  type Slide,
  type SlideComparator,
  type TitleSlide,
} from '../domain/slides/slides';
import { FONT, SMALLEST_POINTS, TEXT, heading, type Presentation, type PptxSlide } from './pptx-parts';
import { addSpc } from './pptx-spc';
// Types only: the library itself is imported on demand in presentationBytes.
import type PptxGenJS from 'pptxgenjs';
import { addBreakdown } from './pptx-breakdown';
import { addHomes } from './pptx-homes';

export interface PresentationMeta {
  title: string;
}

/** Commentary longer than this is cut on the slide (it is whole in the speaker notes), so it never runs off the slide. */
const COMMENTARY_ON_SLIDE = 280;

/**
 * Each line has its own colour, dash and marker, so the lines read apart in black-and-white print
 * and without colour. pptxgenjs applies a dash and a marker to a whole chart, so each line is a
 * chart of its own in one plot area (a combination chart), sharing the axes.
 */
const LINE_STYLE = {
  home: { color: '0B0C0C', dash: 'solid', symbol: 'circle', size: 3 },
  england: { color: '1D4F91', dash: 'dash', symbol: 'square', size: 2.25 },
  region: { color: '505A5F', dash: 'sysDot', symbol: 'triangle', size: 2.25 },
  stat_neighbours: { color: '6F4E00', dash: 'lgDashDot', symbol: 'diamond', size: 2.25 },
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
  heading(page, slideHeading(slide));
  const kinds = [...new Set(slide.rows.flatMap((row) => row.comparators.map((comparator) => comparator.kind)))];
  const names = new Map(
    slide.rows.flatMap((row) => row.comparators.map((comparator) => [comparator.kind, comparator.name] as const)),
  );
  const cell = (text: string, bold = false) => ({
    text,
    options: { bold, fontFace: FONT, fontSize: SMALLEST_POINTS, color: TEXT, valign: 'top' as const },
  });
  const header = ['Measure', 'Latest', ...kinds.map((kind) => names.get(kind) ?? kind)].map((text) => ({
    text,
    options: { bold: true, fontFace: FONT, fontSize: SMALLEST_POINTS, color: 'FFFFFF', fill: { color: TEXT } },
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
      fontSize: SMALLEST_POINTS,
      color: TEXT,
    });
  } else {
    const widths = [4.1, 2.3, ...kinds.map(() => (12.3 - 6.4) / Math.max(kinds.length, 1))];
    page.addTable([header, ...rows], {
      x: 0.5,
      y: 1.5,
      w: 12.3,
      colW: widths,
      border: { type: 'solid', pt: 0.75, color: '6F777B' },
      autoPage: false,
    });
  }
  if (slide.note && slide.part === 1)
    page.addText(slide.note, {
      x: 0.5,
      y: 6.8,
      w: 12.3,
      h: 0.5,
      fontFace: FONT,
      fontSize: SMALLEST_POINTS,
      italic: true,
      color: TEXT,
    });
  page.addNotes(slide.note ? `${slideHeading(slide)} ${slide.note}` : slideHeading(slide));
}

function onSlide(commentary: string): string {
  if (!commentary) return 'No commentary has been written for this period.';
  if (commentary.length <= COMMENTARY_ON_SLIDE) return commentary;
  const cut = commentary.slice(0, COMMENTARY_ON_SLIDE).replace(/\s+\S*$/, '');
  return `${cut}… (the whole note is in the speaker notes)`;
}

function addChart(pptx: Presentation, page: PptxSlide, slide: MeasureSlide): void {
  // One line chart per line, sharing the axes, so each can have its own dash and marker.
  const lines = slide.lines.map((line): PptxGenJS.IChartMulti => {
    const style = LINE_STYLE[line.role];
    return {
      type: 'line',
      // A missing figure is NaN, which pptxgenjs writes as a blank cell (drawn as a gap), never a zero.
      data: [{ name: line.label, labels: [...slide.periods], values: line.values.map((value) => value ?? Number.NaN) }],
      options: {
        chartColors: [style.color],
        lineDash: style.dash,
        lineDataSymbol: style.symbol,
        lineDataSymbolSize: 9,
        lineSize: style.size,
      },
    };
  });
  const options: PptxGenJS.IChartOpts = {
    x: 5.0,
    y: 1.4,
    w: 7.8,
    h: 4.3,
    displayBlanksAs: 'gap',
    showLegend: true,
    legendPos: 'b',
    legendFontSize: SMALLEST_POINTS,
    legendFontFace: FONT,
    catAxisLabelFontSize: SMALLEST_POINTS,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontSize: SMALLEST_POINTS,
    valAxisLabelFontFace: FONT,
    // From zero, as on screen: a small change is drawn its size, not as a collapse.
    valAxisMinVal: 0,
    dataLabelFontSize: SMALLEST_POINTS,
    showTitle: false,
  };
  // A combination chart takes its options second (pptxgenjs's typings name that argument data).
  page.addChart(lines, options as unknown as unknown[]);
}

function addMeasure(pptx: Presentation, slide: MeasureSlide): void {
  const page = pptx.addSlide();
  heading(page, slide.title);
  const figures = [
    { text: slide.latest, options: { fontSize: 32, bold: true, breakLine: true } },
    {
      text: slide.period ? `${slide.areaName}, ${slide.period}` : slide.areaName,
      options: { fontSize: SMALLEST_POINTS, breakLine: true },
    },
    { text: slide.direction, options: { fontSize: SMALLEST_POINTS, breakLine: true } },
    ...slide.comparators.map((comparator) => ({
      text: `${comparator.name}: ${comparatorText(comparator)}`,
      options: { fontSize: SMALLEST_POINTS, breakLine: true },
    })),
  ];
  page.addText(figures, {
    x: 0.5,
    y: 1.5,
    w: 4.3,
    h: 4.2,
    fontFace: FONT,
    color: TEXT,
    valign: 'top',
    paraSpaceAfter: 6,
  });
  if (slide.periods.length > 0 && slide.lines.length > 0) addChart(pptx, page, slide);
  else
    page.addText('There are no figures to chart.', {
      x: 5.0,
      y: 1.5,
      w: 7.8,
      h: 0.6,
      fontFace: FONT,
      fontSize: SMALLEST_POINTS,
      color: TEXT,
    });
  page.addText(`${slide.summary} The axis starts at zero.`, {
    x: 0.5,
    y: 5.8,
    w: 12.3,
    h: 0.7,
    fontFace: FONT,
    fontSize: SMALLEST_POINTS,
    color: TEXT,
    valign: 'top',
  });
  page.addText([{ text: 'What the data tells us: ', options: { bold: true } }, { text: onSlide(slide.commentary) }], {
    x: 0.5,
    y: 6.5,
    w: 12.3,
    h: 0.9,
    fontFace: FONT,
    fontSize: SMALLEST_POINTS,
    color: TEXT,
    valign: 'top',
  });
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
    else if (slide.kind === 'homes') addHomes(pptx, slide);
    else if (slide.kind === 'breakdown') addBreakdown(pptx, slide);
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
