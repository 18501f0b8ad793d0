import type { Area } from '../../domain/areas/area';
import type { AreaDirectory } from '../../domain/areas/area-directory';
import { dateInWords } from '../../domain/text/dates';
import { regionPhrase } from '../../domain/text/regions';
import {
  JUDGEMENT_AREAS,
  readCurrentJudgements,
  readInspectionHistory,
  type Inspection,
  type InspectionSheet,
  type Judgement,
  type JudgementArea,
  type JudgementSpread,
} from '../../domain/readers/ofsted/inspections';
import { GRADE_LABEL, GRADES, type Grade } from '../../domain/readers/ofsted/grade';
import type { Problem } from '../../domain/readers/result';
import type { OfstedSheets } from '../../adapters/load-inspections';

/** Short column headings; the table's caption and the page name the framework's full titles. */
export const JUDGEMENT_HEADING: Readonly<Record<JudgementArea, string>> = {
  overall: 'Overall effectiveness',
  leaders: 'Impact of leaders on social work practice',
  help_and_protection: 'Children who need help and protection',
  children_in_care: 'Children in care',
  care_leavers: 'Care leavers',
};

export function judgementText(judgement: Judgement): string {
  switch (judgement.kind) {
    case 'graded':
      return GRADE_LABEL[judgement.grade];
    case 'not_judged_then':
      return 'Not judged then';
    case 'missing':
      return 'Not given in Ofsted’s file';
  }
}

export interface HistoryRow {
  key: string;
  date: string;
  type: string;
  cells: { area: JudgementArea; text: string; grade: Grade | null }[];
}

export function historyRows(inspections: readonly Inspection[]): HistoryRow[] {
  return inspections.map((inspection) => ({
    key: `${inspection.date} ${inspection.source.row}`,
    date: dateInWords(inspection.date),
    type: inspection.type ?? '',
    cells: JUDGEMENT_AREAS.map((area) => {
      const judgement = inspection.judgements[area];
      return { area, text: judgementText(judgement), grade: judgement.kind === 'graded' ? judgement.grade : null };
    }),
  }));
}

export interface SpreadRow {
  label: string;
  grade: Grade | null;
  count: number;
  /** Whole percent of the councils counted. */
  percent: number;
}

function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 100);
}

/** One row per grade, best first, and a row for councils with no judgement only when there are some. */
export function spreadRows(spread: JudgementSpread): SpreadRow[] {
  const graded = GRADES.map((grade) => ({
    label: GRADE_LABEL[grade],
    grade,
    count: spread.counts[grade],
    percent: percentOf(spread.counts[grade], spread.councils),
  }));
  return spread.notJudged > 0
    ? [
        ...graded,
        {
          label: 'No current judgement',
          grade: null,
          count: spread.notJudged,
          percent: percentOf(spread.notJudged, spread.councils),
        },
      ]
    : graded;
}

/**
 * "County Durham's most recent inspection (24 March 2025) judged it Outstanding overall. In England
 * 36 of 153 councils were judged Outstanding; in the North East, 5 of 12."
 */
export function summarySentence(
  home: Area,
  latest: Inspection | undefined,
  england: JudgementSpread,
  region: { name: string; spread: JudgementSpread } | null,
): string {
  if (!latest) return `Ofsted’s file has no ILACS inspection of ${home.name}.`;
  const overall = latest.judgements.overall;
  const said = `${home.name}’s most recent inspection (${dateInWords(latest.date)})`;
  if (overall.kind !== 'graded') return `${said} has no overall judgement in Ofsted’s file.`;
  const label = GRADE_LABEL[overall.grade];
  const inRegion = region
    ? `; in ${regionPhrase(region.name)}, ${region.spread.counts[overall.grade]} of ${region.spread.councils}`
    : '';
  return `${said} judged it ${label} overall. In England ${england.counts[overall.grade]} of ${england.councils} councils were judged ${label}${inRegion}.`;
}

export interface InspectionsData {
  history: InspectionSheet;
  current: InspectionSheet;
  problems: Problem[];
}

/** Both sheets read against our areas, with the loading problems first. */
export function readInspections(
  sheets: OfstedSheets,
  loadProblems: readonly Problem[],
  areas: AreaDirectory,
): InspectionsData {
  const history = readInspectionHistory(sheets.history, areas);
  const current = readCurrentJudgements(sheets.current, areas);
  return {
    history: history.value,
    current: current.value,
    problems: [...loadProblems, ...history.problems, ...current.problems],
  };
}
