/**
 * The SPC slide in the PowerPoint file: the icons' words and the sentence as text at 18pt or more,
 * and the chart as a native line chart (editable in PowerPoint) whose every line is a series of its
 * own, so each has its own dash and marker: the figures solid grey with dots, each special-cause
 * class as markers only (a circle, a diamond, a triangle), each segment's mean solid, its limits
 * dashed and the target dash-dot, all named in the legend.
 */
import type PptxGenJS from 'pptxgenjs';
import { largest, smallest } from '../domain/lists/extent';
import type { SpcSlide } from '../domain/slides/spc-slide';
import type { PointType } from '../domain/spc/classify';
import { POINT_TYPE_LABEL } from '../domain/text/spc';
import { FONT, TEXT, heading, type Presentation } from './pptx-parts';

type LineDash = NonNullable<PptxGenJS.IChartPropsChartLine['lineDash']>;
type Marker = NonNullable<PptxGenJS.IChartPropsChartLine['lineDataSymbol']>;

interface SeriesStyle {
  colour: string;
  dash: LineDash;
  marker: Marker;
  markerSize: number;
  /** 0 for markers only. */
  lineSize: number;
}

const FIGURES: SeriesStyle = { colour: '505A5F', dash: 'solid', marker: 'circle', markerSize: 6, lineSize: 2 };
const MEAN: SeriesStyle = { colour: '0B0C0C', dash: 'solid', marker: 'none', markerSize: 2, lineSize: 2.5 };
const LIMIT: SeriesStyle = { colour: '0B0C0C', dash: 'dash', marker: 'none', markerSize: 2, lineSize: 1.75 };
const TARGET: SeriesStyle = { colour: 'D4351C', dash: 'lgDashDot', marker: 'none', markerSize: 2, lineSize: 2 };
/** The same shapes as on screen where PowerPoint has them; its triangle points up only. */
const SPECIAL: readonly { type: PointType; style: SeriesStyle }[] = [
  {
    type: 'special_cause_improvement',
    style: { colour: '005EB8', dash: 'solid', marker: 'circle', markerSize: 12, lineSize: 0 },
  },
  {
    type: 'special_cause_concern',
    style: { colour: 'B35400', dash: 'solid', marker: 'diamond', markerSize: 13, lineSize: 0 },
  },
  {
    type: 'special_cause_neutral_high',
    style: { colour: '912B88', dash: 'solid', marker: 'triangle', markerSize: 13, lineSize: 0 },
  },
  {
    type: 'special_cause_neutral_low',
    style: { colour: '912B88', dash: 'solid', marker: 'square', markerSize: 11, lineSize: 0 },
  },
];

interface Series {
  name: string;
  values: (number | null)[];
  style: SeriesStyle;
}

function chartSeries(slide: SpcSlide): Series[] {
  const { chart } = slide;
  const segments = chart.segments.length;
  const from = (start: number) => (segments > 1 ? ` (from ${slide.axisLabels[start] ?? ''})` : '');
  const inSegment = (index: number, pick: (position: number) => number | null) =>
    chart.points.map((point, position) => (point.segment === index ? pick(position) : null));
  const series: Series[] = [
    { name: `Figures (${slide.unit}ly)`, values: chart.points.map((point) => point.value), style: FIGURES },
  ];
  for (const { type, style } of SPECIAL) {
    const values = chart.points.map((point) => (point.type === type ? point.value : null));
    if (values.some((value) => value !== null)) series.push({ name: POINT_TYPE_LABEL[type], values, style });
  }
  chart.segments.forEach((segment, index) => {
    series.push({ name: `Mean${from(segment.start)}`, values: inSegment(index, () => segment.mean), style: MEAN });
    if (!segment.limits) return;
    const { upper, lower } = segment.limits;
    series.push({
      name: `Upper process limit${from(segment.start)}`,
      values: inSegment(index, () => upper),
      style: LIMIT,
    });
    series.push({
      name: `Lower process limit${from(segment.start)}`,
      values: inSegment(index, () => lower),
      style: LIMIT,
    });
  });
  const target = chart.target;
  if (target !== null) series.push({ name: 'Target', values: chart.points.map(() => target), style: TARGET });
  return series;
}

/**
 * The value axis over the figures, limits and target, on round numbers: PowerPoint's own axis starts
 * at zero, which flattens a process that varies between 9.3% and 11.3% into a line.
 */
function axisBounds(series: readonly Series[]): { min: number; max: number } | null {
  const values = series.flatMap((line) => line.values.filter((value): value is number => value !== null));
  if (values.length === 0) return null;
  const low = smallest(values);
  const high = largest(values);
  const step = 10 ** Math.floor(Math.log10(high - low || Math.abs(high) || 1)) / 2;
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step };
}

export function addSpc(pptx: Presentation, slide: SpcSlide): void {
  const page = pptx.addSlide();
  heading(page, `${slide.title}: SPC chart`);
  const icon = (words: { label: string; meaning: string } | null) =>
    words
      ? [
          { text: words.label, options: { bold: true, fontSize: 20, breakLine: true } },
          { text: words.meaning, options: { fontSize: 18, breakLine: true } },
        ]
      : [];
  page.addText(
    [
      { text: slide.subtitle, options: { fontSize: 18, breakLine: true } },
      ...icon(slide.variation),
      ...(slide.assurance
        ? icon(slide.assurance)
        : [{ text: slide.noAssurance, options: { fontSize: 18, breakLine: true } }]),
      { text: slide.sentence, options: { bold: true, fontSize: 20, breakLine: true } },
      ...slide.warnings.map((warning) => ({ text: warning, options: { fontSize: 18, breakLine: true } })),
    ],
    { x: 0.5, y: 1.3, w: 4.6, h: 5.9, fontFace: FONT, color: TEXT, valign: 'top', paraSpaceAfter: 6 },
  );
  const series = chartSeries(slide);
  const labels = [...slide.axisLabels];
  // One chart type per series, so each keeps its own dash and marker (pptxgenjs styles a whole type
  // at once). The marker's fill is taken by the series' place among all of them, so every colour
  // list is as long as the chart's series.
  const types = series.map(({ name, values, style }) => ({
    type: pptx.ChartType.line,
    data: [{ name, labels, values }],
    options: {
      chartColors: series.map(() => style.colour),
      lineDash: style.dash,
      lineDataSymbol: style.marker,
      lineDataSymbolSize: style.markerSize,
      lineSize: style.lineSize,
      // Data labels are off, but their size is written all the same: at 18pt, no text is smaller.
      dataLabelFontSize: 18,
    },
  }));
  const bounds = axisBounds(series);
  const options: PptxGenJS.IChartOpts = {
    ...(bounds && bounds.max > bounds.min ? { valAxisMinVal: bounds.min, valAxisMaxVal: bounds.max } : {}),
    x: 5.3,
    y: 1.3,
    w: 7.6,
    h: 5.9,
    displayBlanksAs: 'gap',
    showLegend: true,
    legendPos: 'b',
    legendFontSize: 18,
    catAxisLabelFontSize: 18,
    valAxisLabelFontSize: 18,
    showTitle: false,
  };
  // For a chart of several types pptxgenjs reads its options from the second argument (its types
  // say data), so the options go there.
  // A null value is written as a blank, shown as a gap (displayBlanksAs), though the types want numbers.
  page.addChart(types as PptxGenJS.IChartMulti[], options as unknown as unknown[]);
  page.addNotes(`${slide.sentence} ${slide.variation ? slide.variation.meaning : ''}`.trim());
}
