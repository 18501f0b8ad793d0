import { isFullInspectionOverAYearOld } from '../../domain/homes/home';
import { summariseHomes, type HomesSummary } from '../../domain/homes/homes-summary';
import type { SavedHomes } from '../../domain/homes/saved-homes';
import { GRADES, GRADE_LABEL, type Grade } from '../../domain/readers/ofsted/grade';
import { fullInspectionText, interimInspectionText } from '../../domain/text/homes';

export interface HomeRow {
  key: string;
  name: string;
  urn: string | null;
  /** "Outstanding, 21 July 2015"; "Not yet inspected". */
  full: string;
  grade: Grade | null;
  /** "Declined in effectiveness, 16 February 2016"; "None given". */
  interim: string;
  overAYear: boolean;
}

/** The council's homes as the page lists them, in the table's order. */
export function homeRows(table: SavedHomes, today: string): HomeRow[] {
  return table.homes.map((home) => ({
    key: `${home.source.row} ${home.name}`,
    name: home.name,
    urn: home.urn,
    full: fullInspectionText(home.full),
    grade: home.full?.grade ?? null,
    interim: interimInspectionText(home.interim),
    overAYear: isFullInspectionOverAYearOld(home, today),
  }));
}

export interface JudgementBar {
  grade: Grade;
  label: string;
  count: number;
  /** Whole percent of the homes judged; 0 when none is. */
  percent: number;
}

/** One bar per grade, best first, every grade shown so a zero is seen as a zero. */
export function judgementBars(summary: HomesSummary): JudgementBar[] {
  return GRADES.map((grade) => ({
    grade,
    label: GRADE_LABEL[grade],
    count: summary.byGrade[grade],
    percent: summary.judged === 0 ? 0 : Math.round((summary.byGrade[grade] / summary.judged) * 100),
  }));
}

export interface HomesView {
  table: SavedHomes;
  summary: HomesSummary;
  rows: HomeRow[];
  bars: JudgementBar[];
  overAYear: number;
}

/** Everything the section shows of the council's homes; null when the table lists none. */
export function homesView(table: SavedHomes, today: string): HomesView | null {
  const summary = summariseHomes(table.homes, table.hasInterim);
  if (!summary) return null;
  const rows = homeRows(table, today);
  return { table, summary, rows, bars: judgementBars(summary), overAYear: rows.filter((row) => row.overAYear).length };
}
