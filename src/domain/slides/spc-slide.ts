/**
 * The SPC slide: a measure's XmR chart with its icons' words and its sentence, as plain data, for
 * presentation mode and the PowerPoint alike. Without rebases: the panel sees the chart as the data
 * gives it, the same as the scorecard's icon.
 */
import type { Measure } from '../catalogue/measure';
import type { ObservationIndex } from '../observations/series';
import type { Period } from '../periods/period';
import type { ScorecardRow } from '../scorecard/scorecard';
import type { Assurance } from '../spc/assurance';
import type { SpcChart } from '../spc/chart';
import { improvementDirectionOf, type ImprovementDirection } from '../spc/improvement-direction';
import { measureSpcChart, spcSeriesFor } from '../spc/series-for';
import type { Variation } from '../spc/variation';
import { ASSURANCE_WORDS, VARIATION_WORDS, spcWarningText, type IconWords } from '../text/spc';
import {
  noAssuranceText,
  periodNamer,
  periodTypeAdjective,
  spcAxisLabel,
  spcPeriodText,
  spcSentence,
} from '../text/spc-sentence';

const SPC_PREFIX = 'spc:';

export function spcSlideId(measureId: string): string {
  return `${SPC_PREFIX}${measureId}`;
}

/** The measure an SPC slide id names; null for any other id. */
export function spcSlideMeasure(id: string): string | null {
  return id.startsWith(SPC_PREFIX) && id.length > SPC_PREFIX.length ? id.slice(SPC_PREFIX.length) : null;
}

export interface SpcSlide {
  kind: 'spc';
  id: string;
  measure: Measure;
  title: string;
  /** "SPC chart, County Durham: monthly figures, October 2019 to September 2021". */
  subtitle: string;
  direction: ImprovementDirection;
  /** "month", "quarter". */
  unit: string;
  periods: readonly Period[];
  /** Under each point on the axis: "Sep 2021". */
  axisLabels: readonly string[];
  chart: SpcChart;
  variation: (IconWords & { variation: Variation }) | null;
  assurance: (IconWords & { assurance: Assurance }) | null;
  /** Said in place of the assurance icon when there is none. */
  noAssurance: string;
  sentence: string;
  warnings: readonly string[];
}

/** The slide for a scorecard row, or null when the area's series has no SPC chart. */
export function spcSlide(
  row: ScorecardRow,
  input: { index: ObservationIndex; areaCode: string; areaName: string; at: Period },
  id: string,
): SpcSlide | null {
  const found = spcSeriesFor(input.index, row.measure.id, input.areaCode, input.at);
  if (!found.ok) return null;
  const { series } = found;
  const chart = measureSpcChart(row.measure, series);
  const first = series.periods[0];
  const last = series.periods.at(-1);
  const span = first && last ? `, ${spcPeriodText(first)} to ${spcPeriodText(last)}` : '';
  return {
    kind: 'spc',
    id,
    measure: row.measure,
    title: row.measure.title,
    subtitle: `SPC chart, ${input.areaName}: ${periodTypeAdjective(series.periodType)} figures${span}`,
    direction: improvementDirectionOf(row.measure.polarity),
    unit: series.periodType,
    periods: series.periods,
    axisLabels: series.periods.map(spcAxisLabel),
    chart,
    variation: chart.variation ? { variation: chart.variation, ...VARIATION_WORDS[chart.variation] } : null,
    assurance: chart.assurance ? { assurance: chart.assurance, ...ASSURANCE_WORDS[chart.assurance] } : null,
    noAssurance: noAssuranceText(row.measure, chart.target),
    sentence: spcSentence(chart, series, row.measure),
    warnings: chart.warnings.map((warning) => spcWarningText(warning, periodNamer(series.periods))),
  };
}
