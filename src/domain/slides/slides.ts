/**
 * The slide deck a presenter shows the panel, as plain data: presentation mode draws it on screen and
 * the PowerPoint export writes the same slides, so the room and the file never disagree.
 */
import type { Rating } from '../comparison/rating';
import { neighbourFigures, type NeighbourChoice } from '../comparison/neighbours';
import { comparatorName } from '../text/comparators';
import { directionText } from '../text/direction';
import { formatFigure, formatStatus, formatValue } from '../text/figures';
import { periodName } from '../text/periods';
import { trendSentence } from '../text/trend';
import type { Measure } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import type { PeriodType } from '../periods/period';
import { hasFigures, type ComparatorKind, type Scorecard, type ScorecardRow } from '../scorecard/scorecard';
import type { ObservationIndex } from '../observations/series';
import { chartPeriods, positionsOf } from './chart-periods';
import { pagesOf, partOf } from './paging';
import { spcSlide, spcSlideMeasure, type SpcSlide } from './spc-slide';
import { HOMES_SLIDE, homesSlides, type HomesSlide } from './homes-slide';
import type { SavedHomes } from '../homes/saved-homes';
import type { BreakdownInput } from '../breakdowns/breakdown-table';
import { breakdownSlide, breakdownSlideBreakdown, type BreakdownSlide } from './breakdown-slide';

export const TITLE_SLIDE = 'title';
const QUESTION_PREFIX = 'q:';
const MEASURE_PREFIX = 'm:';

export type SlideRef =
  | { kind: 'title' }
  | { kind: 'question'; keyQuestionId: string }
  | { kind: 'measure'; measureId: string }
  | { kind: 'spc'; measureId: string }
  | { kind: 'homes' }
  | { kind: 'breakdown'; breakdownId: string };

export function questionSlideId(keyQuestionId: string): string {
  return `${QUESTION_PREFIX}${keyQuestionId}`;
}

export function measureSlideId(measureId: string): string {
  return `${MEASURE_PREFIX}${measureId}`;
}

/** What a slide id in the URL names; null for anything else (a hand-edited link). */
export function parseSlideId(id: string): SlideRef | null {
  if (id === TITLE_SLIDE) return { kind: 'title' };
  if (id === HOMES_SLIDE) return { kind: 'homes' };
  const breakdownId = breakdownSlideBreakdown(id);
  if (breakdownId) return { kind: 'breakdown', breakdownId };
  if (id.startsWith(QUESTION_PREFIX) && id.length > QUESTION_PREFIX.length)
    return { kind: 'question', keyQuestionId: id.slice(QUESTION_PREFIX.length) };
  if (id.startsWith(MEASURE_PREFIX) && id.length > MEASURE_PREFIX.length)
    return { kind: 'measure', measureId: id.slice(MEASURE_PREFIX.length) };
  const spcMeasure = spcSlideMeasure(id);
  return spcMeasure ? { kind: 'spc', measureId: spcMeasure } : null;
}

export interface SlideComparator {
  kind: ComparatorKind;
  name: string;
  /** "67", "63.9%", or the status in words; never a zero for a blank. */
  figure: string;
  /** The comparator's period when it is not the home figure's, e.g. "2019/20"; empty when the same. */
  periodNote: string;
  rating: Rating;
}

export interface QuestionSlideRow {
  measureId: string;
  title: string;
  /** The latest figure as the scorecard prints it: "90 (912 children)". */
  latest: string;
  /** The period of the latest figure, e.g. "2021/22 Q2"; empty when there is none. */
  period: string;
  direction: string;
  comparators: readonly SlideComparator[];
}

export interface TrendLine {
  label: string;
  role: 'home' | ComparatorKind;
  /** One value per period of the chart, null where the area has no figure (a gap, never zero). */
  values: ReadonlyArray<number | null>;
}

export interface TitleSlide {
  kind: 'title';
  id: string;
  title: string;
  areaName: string;
  periodLabel: string;
}

export interface QuestionSlide {
  kind: 'question';
  /** The deck's id for the slide (`q:stability`), with `#2` for its second part. */
  id: string;
  title: string;
  note: string;
  rows: readonly QuestionSlideRow[];
  /** Which part of the key question this slide is, and of how many: a long one continues over slides. */
  part: number;
  parts: number;
}

export interface MeasureSlide {
  kind: 'measure';
  id: string;
  measure: Measure;
  title: string;
  areaName: string;
  latest: string;
  period: string;
  direction: string;
  comparators: readonly SlideComparator[];
  /** Chart periods' names ("2019/20", "Q2 2021/22"), oldest first: the whole history up to the scorecard's period. */
  periods: readonly string[];
  /** Each chart period's kind: a line joins only figures of one kind (years with years, quarters with quarters). */
  periodTypes: readonly PeriodType[];
  /** Where each period sits across the chart, 0 for the oldest and 1 for the newest, by its end date. */
  positions: readonly number[];
  lines: readonly TrendLine[];
  /** The trend in words, for the chart's text alternative and the slide. */
  summary: string;
  /** The officer's "What the data tells us" note; empty when none is written. */
  commentary: string;
}

export type Slide = TitleSlide | QuestionSlide | MeasureSlide | SpcSlide | HomesSlide | BreakdownSlide;

/** The standard deck: the title, each key question that has a measure with figures, then the council's homes when held. */
export function defaultSlideIds(scorecard: Scorecard, hasHomes = false): string[] {
  return [
    TITLE_SLIDE,
    ...scorecard.sections
      .filter((section) => section.rows.some(hasFigures))
      .map((section) => questionSlideId(section.keyQuestion.id)),
    ...(hasHomes ? [HOMES_SLIDE] : []),
  ];
}

/**
 * The slides to show: those asked for that the scorecard holds, once each and in the order asked;
 * the standard deck when none is asked for or none is known. `unknown` lists the ids passed over.
 */
export function resolveSlideIds(
  requested: readonly string[],
  scorecard: Scorecard,
  hasHomes = false,
  /** The breakdowns held for the area, whose slides may be asked for. */
  breakdownIds: readonly string[] = [],
): { ids: string[]; unknown: string[] } {
  const questions = new Set(scorecard.sections.map((section) => section.keyQuestion.id));
  const rows = scorecard.sections.flatMap((section) => section.rows);
  const measures = new Set(rows.map((row) => row.measure.id));
  // A series with an SPC chart is one whose latest point has a variation icon.
  const charted = new Set(rows.filter((row) => row.variation !== null).map((row) => row.measure.id));
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const id of requested) {
    const ref = parseSlideId(id);
    const known =
      ref !== null &&
      (ref.kind === 'title' ||
        (ref.kind === 'homes'
          ? hasHomes
          : ref.kind === 'question'
            ? questions.has(ref.keyQuestionId)
            : ref.kind === 'breakdown'
              ? breakdownIds.includes(ref.breakdownId)
              : (ref.kind === 'spc' ? charted : measures).has(ref.measureId)));
    if (!known) unknown.push(id);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids: ids.length > 0 ? ids : defaultSlideIds(scorecard, hasHomes), unknown };
}

/** The slide number to show, kept within the deck. */
export function clampSlideNumber(number: number, count: number): number {
  if (count < 1) return 1;
  return Math.min(Math.max(1, Math.trunc(number)), count);
}

/** Moves the slide at `index` one place up (-1) or down (+1); at either end the order is unchanged. */
export function moveSlide(ids: readonly string[], index: number, by: -1 | 1): string[] {
  const target = index + by;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const moved = [...ids];
  const [item] = moved.splice(index, 1);
  if (item !== undefined) moved.splice(target, 0, item);
  return moved;
}

/** Adds a slide at the end or takes it out, leaving the others in their order. */
export function toggleSlide(ids: readonly string[], id: string, chosen: boolean): string[] {
  const without = ids.filter((candidate) => candidate !== id);
  return chosen ? [...without, id] : without;
}

/** The period of the latest figure, or of a later status when there is no figure: "Q2 2021/22". */
function shownPeriod(row: ScorecardRow): string {
  const period = row.latest?.period ?? row.laterStatus?.period;
  return period ? periodName(period) : '';
}

function latestFigure(row: ScorecardRow): string {
  if (row.latest) return formatFigure(row.measure, row.latest);
  return row.laterStatus ? formatStatus(row.laterStatus) : 'No figure';
}

function slideComparators(row: ScorecardRow): SlideComparator[] {
  return row.comparators.map((comparator) => {
    const observation = comparator.observation;
    const figure =
      observation === null
        ? 'No figure'
        : observation.value === null
          ? formatStatus(observation)
          : formatValue(row.measure, observation.value);
    const periodNote =
      observation && row.latest && observation.period.label !== row.latest.period.label
        ? periodName(observation.period)
        : '';
    return {
      kind: comparator.kind,
      name: comparatorName(comparator),
      figure,
      periodNote,
      rating: comparator.rating,
    };
  });
}

function questionRow(row: ScorecardRow, title: (title: string) => string): QuestionSlideRow {
  return {
    measureId: row.measure.id,
    title: title(row.measure.title),
    latest: latestFigure(row),
    period: shownPeriod(row),
    direction: directionText(row.direction, row.previous ? periodName(row.previous.period) : null),
    comparators: slideComparators(row),
  };
}

export interface SlideInput {
  scorecard: Scorecard;
  index: ObservationIndex;
  ids: readonly string[];
  /** The presenter's notes for this area and period, by measure id. */
  commentary: ReadonlyMap<string, string>;
  panelTitle: string;
  neighbours?: NeighbourChoice | null;
  /** The council's table of its own homes, for the homes slide, with today for its flags. */
  homes?: { table: SavedHomes; today: string } | null;
  /** The breakdowns held (the catalogue, figures and areas), for a breakdown's slide. */
  breakdowns?: BreakdownInput | null;
  /** The words titles and sentences are given in (young people's words, dates written out); as they are when not given. */
  say?: (text: string) => string;
  /** A measure's title as the page shows it (abbreviations written out at first use). */
  title?: (title: string) => string;
}

function same(text: string): string {
  return text;
}

function measureSlide(row: ScorecardRow, input: SlideInput, id: string): MeasureSlide {
  const { scorecard, index } = input;
  const home = index.seriesOf(row.measure.id, scorecard.area.code);
  const comparatorSeries = row.comparators.map((comparator) =>
    comparator.kind === 'stat_neighbours'
      ? neighbourFigures(row.measure.id, scorecard.area.code, index, input.neighbours ?? null).map(
          (figure) => figure.observation,
        )
      : index.seriesOf(row.measure.id, comparator.area.code),
  );
  const periods = chartPeriods([home, ...comparatorSeries], scorecard.period);
  const say = input.say ?? same;
  const valuesOf = (series: readonly Observation[]) =>
    periods.map((period) => series.find((observation) => observation.period.label === period.label)?.value ?? null);
  const labels = periods.map(periodName);
  const title = (input.title ?? same)(row.measure.title);
  const homeValues = valuesOf(home);
  const lines: TrendLine[] = [
    { label: scorecard.area.name, role: 'home' as const, values: homeValues },
    ...row.comparators.map((comparator, position): TrendLine => ({
      label: comparatorName(comparator),
      role: comparator.kind,
      values: valuesOf(comparatorSeries[position] ?? []),
    })),
  ].filter((line) => line.values.some((value) => value !== null));
  return {
    kind: 'measure',
    id,
    measure: row.measure,
    title,
    areaName: scorecard.area.name,
    latest: latestFigure(row),
    period: shownPeriod(row),
    direction: directionText(row.direction, row.previous ? periodName(row.previous.period) : null),
    comparators: slideComparators(row),
    periods: labels,
    periodTypes: periods.map((period) => period.type),
    positions: positionsOf(periods),
    lines,
    summary: say(
      trendSentence(
        row.measure,
        periods.map((period, position) => ({ period, value: homeValues[position] ?? null })),
      ),
    ),
    commentary: input.commentary.get(row.measure.id) ?? '',
  };
}

/** The slides for the given ids, in order; ids the scorecard does not hold are left out. */
export function buildSlides(input: SlideInput): Slide[] {
  const { scorecard } = input;
  const rows = new Map(
    scorecard.sections.flatMap((section) => section.rows.map((row) => [row.measure.id, row] as const)),
  );
  return input.ids.flatMap((id): Slide[] => {
    const ref = parseSlideId(id);
    if (!ref) return [];
    if (ref.kind === 'homes') {
      return input.homes ? homesSlides(input.homes.table, scorecard.area.name, input.homes.today, id) : [];
    }
    if (ref.kind === 'breakdown') {
      const slide = input.breakdowns
        ? breakdownSlide(input.breakdowns, ref.breakdownId, scorecard.area.code, id)
        : null;
      return slide ? [slide] : [];
    }
    if (ref.kind === 'title')
      return [
        {
          kind: 'title',
          id,
          title: input.panelTitle,
          areaName: scorecard.area.name,
          periodLabel: periodName(scorecard.period),
        },
      ];
    if (ref.kind === 'question') {
      const section = scorecard.sections.find((candidate) => candidate.keyQuestion.id === ref.keyQuestionId);
      if (!section) return [];
      const say = input.say ?? same;
      const pages = pagesOf(section.rows.filter(hasFigures).map((row) => questionRow(row, input.title ?? same)));
      return pages.map((rows, index): QuestionSlide => ({
        kind: 'question',
        id: index === 0 ? id : `${id}#${index + 1}`,
        title: say(section.keyQuestion.title),
        // A framework's heading is read under its outcome or enabler, which the slide says under the title.
        note: section.group ?? section.keyQuestion.note,
        rows,
        part: index + 1,
        parts: pages.length,
      }));
    }
    const row = rows.get(ref.measureId);
    if (!row) return [];
    if (ref.kind === 'measure') return [measureSlide(row, input, id)];
    const { area, period: at } = scorecard;
    const slide = spcSlide(row, { index: input.index, areaCode: area.code, areaName: area.name, at }, id);
    // The title and sentence in the page's words, as on every other slide.
    const say = input.say ?? same;
    return slide ? [{ ...slide, title: (input.title ?? same)(slide.title), sentence: say(slide.sentence) }] : [];
  });
}

/** The slide's heading, as announced when it comes on screen. */
export function slideHeading(slide: Slide): string {
  switch (slide.kind) {
    case 'title':
      return `${slide.title}: ${slide.areaName}, ${slide.periodLabel}`;
    case 'question':
      return `${slide.title}${partOf(slide.part, slide.parts)}`;
    case 'measure':
      return slide.title;
    case 'spc':
      return `${slide.title}: SPC chart`;
    case 'homes':
      return `${slide.title}${partOf(slide.part, slide.parts)}`;
    case 'breakdown':
      return `${slide.title}: ${slide.areaName}`;
  }
}
