/**
 * The children's homes slide: the council's own homes with their latest inspections, as plain data,
 * for presentation mode and the PowerPoint alike. Only in a deck for a council whose table is held.
 */
import { isFullInspectionOverAYearOld } from '../homes/home';
import { summariseHomes } from '../homes/homes-summary';
import type { SavedHomes } from '../homes/saved-homes';
import { dateInWords } from '../text/dates';
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
}

/** The slide for the council's table of homes; null when it lists none. */
export function homesSlide(table: SavedHomes, areaName: string, today: string): HomesSlide | null {
  const summary = summariseHomes(table.homes, table.hasInterim);
  if (!summary) return null;
  const over = table.homes.map((home) => isFullInspectionOverAYearOld(home, today));
  return {
    kind: 'homes',
    id: HOMES_SLIDE,
    title: `${areaName}’s children’s homes`,
    headline: homesHeadline(summary),
    byJudgement: homesByJudgementText(summary),
    interim: interimText(summary),
    overAYear: overAYearSummaryText(over.filter(Boolean).length, summary.listed),
    hasInterim: table.hasInterim,
    rows: table.homes.map((home, index) => ({
      name: home.name,
      full: fullInspectionText(home.full),
      interim: interimInspectionText(home.interim),
      recent: recentInspectionText(home.full !== null, over[index] ?? false),
      flagged: over[index] ?? false,
    })),
    source: `From ${table.fileName}${summary.latestInspection ? `, latest inspection ${dateInWords(summary.latestInspection)}` : ''}`,
  };
}
