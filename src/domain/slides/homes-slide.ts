/**
 * The children's homes slides: the council's own homes with their latest inspections, as plain data,
 * for presentation mode and the PowerPoint alike. Only in a deck for a council whose table is held.
 * Ten homes in type read from the back of a committee room do not fit one projected slide, so the
 * list continues on further slides ("(2 of 3)"), as a key question's table does.
 */
import { isFullInspectionOverAYearOld } from '../homes/home';
import { summariseHomes } from '../homes/homes-summary';
import type { SavedHomes } from '../homes/saved-homes';
import { dateInWords } from '../text/dates';
import { ROWS_PER_SLIDE, pagesOf } from './paging';
import {
  fullInspectionText,
  homesByJudgementText,
  homesHeadline,
  interimInspectionText,
  interimText,
  overAYearSummaryText,
  recentInspectionText,
} from '../text/homes';

export const HOMES_SLIDE = 'homes';

/** The first slide also carries the headline and the counts in words, so it lists fewer homes. */
export const HOMES_ON_FIRST_SLIDE = 3;

export interface HomesSlide {
  kind: 'homes';
  id: string;
  title: string;
  /** "Our children's homes: 10 of 10 good or better at their latest full inspection". */
  headline: string;
  /** "Latest full inspections of the 10 homes: 3 Outstanding and 7 Good." */
  byJudgement: string;
  interim: string | null;
  /** Said when any home's full inspection is over a year old; null when none is. */
  overAYear: string | null;
  hasInterim: boolean;
  /** `flagged`: the full inspection is over a year old, said in `recent`. */
  rows: readonly { name: string; full: string; interim: string; recent: string; flagged: boolean }[];
  /** "From county-durham-2016-06-08.csv, latest inspection 7 June 2016". */
  source: string;
  /** Which of the slides listing the homes this is; the headline and counts are on the first. */
  part: number;
  parts: number;
}

/** The slides for the council's table of homes, in order; none when it lists none. */
export function homesSlides(
  table: SavedHomes,
  areaName: string,
  today: string,
  id: string = HOMES_SLIDE,
): HomesSlide[] {
  const summary = summariseHomes(table.homes, table.hasInterim);
  if (!summary) return [];
  const over = table.homes.map((home) => isFullInspectionOverAYearOld(home, today));
  const rows = table.homes.map((home, index) => ({
    name: home.name,
    full: fullInspectionText(home.full),
    interim: interimInspectionText(home.interim),
    recent: recentInspectionText(home.full !== null, over[index] ?? false),
    flagged: over[index] ?? false,
  }));
  const pages = [
    rows.slice(0, HOMES_ON_FIRST_SLIDE),
    ...(rows.length > HOMES_ON_FIRST_SLIDE ? pagesOf(rows.slice(HOMES_ON_FIRST_SLIDE), ROWS_PER_SLIDE) : []),
  ];
  const shared = {
    kind: 'homes' as const,
    title: `${areaName}’s children’s homes`,
    headline: homesHeadline(summary),
    byJudgement: homesByJudgementText(summary),
    interim: interimText(summary),
    overAYear: overAYearSummaryText(over.filter(Boolean).length, summary.listed),
    hasInterim: table.hasInterim,
    source: `From ${table.fileName}${summary.latestInspection ? `, latest inspection ${dateInWords(summary.latestInspection)}` : ''}`,
  };
  return pages.map((pageRows, index) => ({
    ...shared,
    id: index === 0 ? id : `${id}#${index + 1}`,
    rows: pageRows,
    part: index + 1,
    parts: pages.length,
  }));
}
