import type { Grade } from '../readers/ofsted/grade';
import { isGoodOrBetter, type ChildrensHome, type InterimOutcome } from './home';

/** What a scorecard row says of the council's own homes: "N of M good or better". */
export interface HomesSummary {
  /** Homes the table lists. */
  listed: number;
  /** Homes with a full inspection judgement: the M of "N of M". */
  judged: number;
  /** Homes judged good or outstanding at their latest full inspection: the N. */
  goodOrBetter: number;
  /** Homes listed with no full inspection yet (new homes), said beside the count, never in it. */
  notInspected: number;
  byGrade: Readonly<Record<Grade, number>>;
  /** Homes by their latest interim outcome; null when the table has no interim columns. */
  byInterimOutcome: Readonly<Record<InterimOutcome, number>> | null;
  /** The homes whose latest interim inspection found them declined in effectiveness, to name. */
  declined: readonly ChildrensHome[];
  /** The newest inspection date in the table (ISO): the table is at least that recent. */
  latestInspection: string | null;
}

/** The council's homes counted for the panel. Null when there are none: then no row is shown. */
export function summariseHomes(homes: readonly ChildrensHome[], hasInterim: boolean): HomesSummary | null {
  if (homes.length === 0) return null;
  const byGrade: Record<Grade, number> = { outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 };
  const byInterim: Record<InterimOutcome, number> = { improved: 0, sustained: 0, declined: 0 };
  let latest: string | null = null;
  for (const home of homes) {
    if (home.full) byGrade[home.full.grade] += 1;
    if (home.interim) byInterim[home.interim.outcome] += 1;
    for (const date of [home.full?.date, home.interim?.date])
      if (date && (latest === null || date > latest)) latest = date;
  }
  const judged = homes.filter((home) => home.full !== null);
  return {
    listed: homes.length,
    judged: judged.length,
    goodOrBetter: judged.filter((home) => home.full && isGoodOrBetter(home.full.grade)).length,
    notInspected: homes.length - judged.length,
    byGrade,
    byInterimOutcome: hasInterim ? byInterim : null,
    declined: homes.filter((home) => home.interim?.outcome === 'declined'),
    latestInspection: latest,
  };
}
