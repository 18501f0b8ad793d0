/** What the measure page's SPC view shows, worked out without React: the chart, its words, its table and the rebase choices. */
import type { Measure } from '../../domain/catalogue/measure';
import type { ObservationIndex } from '../../domain/observations/series';
import type { Period } from '../../domain/periods/period';
import type { SpcChart } from '../../domain/spc/chart';
import { improvementDirectionOf, type ImprovementDirection } from '../../domain/spc/improvement-direction';
import { measureSpcChart, rebasePositions, spcSeriesFor, type SpcSeries } from '../../domain/spc/series-for';
import { formatStatus, formatValue } from '../../domain/text/figures';
import { describePeriod } from '../../domain/text/periods';
import { pointText, spcWarningText } from '../../domain/text/spc';
import {
  periodNamer,
  periodTypeAdjective,
  spcPeriodText,
  spcSentence,
  spcUnqualifiedText,
} from '../../domain/text/spc-sentence';

export interface SpcTableRow {
  key: string;
  /** "September 2021", "Quarter 2 2021/22 (July to September 2021)". */
  period: string;
  value: string;
  mean: string;
  lower: string;
  upper: string;
  /** "Special cause: concern (one of 7 or more points in a row above the mean)", "Common cause". */
  pointClass: string;
  /** The first point of a new stretch of limits after a rebase. */
  newLimits: boolean;
}

export interface RebaseChoice {
  /** The period label kept in the URL. */
  label: string;
  /** The period in words. */
  text: string;
}

export interface SpcViewModel {
  series: SpcSeries;
  chart: SpcChart;
  direction: ImprovementDirection;
  /** "monthly", "quarterly". */
  adjective: string;
  /** "month", "quarter". */
  unit: string;
  sentence: string;
  warnings: string[];
  rows: SpcTableRow[];
  /** The rebases that apply to this series, in time order. */
  rebases: RebaseChoice[];
  /** The periods a new stretch of limits can start from: any but the first and those already chosen. */
  choices: RebaseChoice[];
  /** "June 2019 to September 2021". */
  span: string;
}

export type SpcViewResult = { ok: true; view: SpcViewModel } | { ok: false; text: string };

export interface SpcViewInput {
  index: ObservationIndex;
  measure: Measure;
  areaCode: string;
  areaName: string;
  at: Period;
  /** Rebase labels from the URL; those the series does not hold are passed over. */
  rebase: readonly string[];
}

function choice(period: Period): RebaseChoice {
  return { label: period.label, text: spcPeriodText(period) };
}

export function spcView(input: SpcViewInput): SpcViewResult {
  const { measure } = input;
  const found = spcSeriesFor(input.index, measure.id, input.areaCode, input.at);
  if (!found.ok) return { ok: false, text: spcUnqualifiedText(found.reason, input.areaName, input.at.label) };
  const { series } = found;
  const positions = rebasePositions(series, input.rebase);
  const chart = measureSpcChart(measure, series, positions);
  const figure = (value: number | null) => (value === null ? '' : formatValue(measure, value));
  const rows = chart.points.map((point, position): SpcTableRow => {
    const period = series.periods[position];
    const observation = series.observations[position] ?? null;
    return {
      key: period?.label ?? String(position),
      period: period ? describePeriod(period) : '',
      value: point.value !== null ? figure(point.value) : observation ? formatStatus(observation) : 'No figure',
      mean: figure(point.mean),
      lower: figure(point.lower),
      upper: figure(point.upper),
      pointClass: point.type ? pointText({ type: point.type, rule: point.rule, signal: point.signal }) : 'No figure',
      newLimits: positions.includes(position),
    };
  });
  const first = series.periods[0];
  const last = series.periods.at(-1);
  return {
    ok: true,
    view: {
      series,
      chart,
      direction: improvementDirectionOf(measure.polarity),
      adjective: periodTypeAdjective(series.periodType),
      unit: series.periodType,
      sentence: spcSentence(chart, series, measure),
      warnings: chart.warnings.map((warning) => spcWarningText(warning, periodNamer(series.periods))),
      rows,
      rebases: positions.flatMap((position) => {
        const period = series.periods[position];
        return period ? [choice(period)] : [];
      }),
      choices: series.periods.flatMap((period, position) =>
        position === 0 || positions.includes(position) ? [] : [choice(period)],
      ),
      span: first && last ? `${spcPeriodText(first)} to ${spcPeriodText(last)}` : '',
    },
  };
}

/** The rebases after adding one: those that apply, in time order; labels from another series are dropped. */
export function withRebase(view: SpcViewModel, label: string): string[] {
  const chosen = new Set([...view.rebases.map((rebase) => rebase.label), label]);
  return view.series.periods.filter((period) => chosen.has(period.label)).map((period) => period.label);
}

/** The rebases after taking one away. */
export function withoutRebase(view: SpcViewModel, label: string): string[] {
  return view.rebases.map((rebase) => rebase.label).filter((chosen) => chosen !== label);
}
