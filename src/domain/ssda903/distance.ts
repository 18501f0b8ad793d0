import type { BreakdownCounts } from './breakdowns';
import { idsOf, type LookedAfter } from './cla-at-date';
import { noFigure, percentFigure, type MeasureFigure } from './figure';
import type { PostcodeLookup } from './read-tables';
import { children } from '../text/return903';
import { grouped } from '../text/figures';

const METRES_PER_MILE = 1609.3;

/** Postcodes are compared upper case with spaces removed, as the validator compares them (SPEC §3.8). */
export function postcodeKey(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

/**
 * Straight-line miles between the home and placement postcodes, rounded to 0.1 mile as DfE's
 * formula is (SPEC §3.8), or null when either postcode is blank or not in the lookup.
 */
export function placementMiles(homePost: string, placementPost: string, lookup: PostcodeLookup): number | null {
  const home = lookup.get(postcodeKey(homePost));
  const placement = lookup.get(postcodeKey(placementPost));
  if (!home || !placement) return null;
  const metres = Math.hypot(home.easting - placement.easting, home.northing - placement.northing);
  return Math.round((metres / METRES_PER_MILE) * 10) / 10;
}

export interface DistanceCounts {
  overTwenty: number;
  withinTwenty: number;
  notKnown: number;
}

export function distanceCounts(cohort: readonly LookedAfter[], lookup: PostcodeLookup): DistanceCounts {
  const counts: DistanceCounts = { overTwenty: 0, withinTwenty: 0, notKnown: 0 };
  for (const { episode } of cohort) {
    const miles = placementMiles(episode.homePost, episode.plPost, lookup);
    if (miles === null) counts.notKnown += 1;
    else if (miles > 20) counts.overTwenty += 1;
    else counts.withinTwenty += 1;
  }
  return counts;
}

export const NO_LOOKUP_NOTE =
  'Placement distance needs a postcode lookup file (postcode,easting,northing, e.g. cut from the ONS postcode directory for the postcodes in the return); none was given.';

/**
 * SPEC N11: of all children looked after at the date, the % placed more than 20 miles from home.
 * Those whose distance is not known stay in the denominator, as in DfE's figure, and the note gives
 * their number and the share among those with a distance. The LA-boundary part of the catalogue's
 * title needs a postcode-to-LA directory and is not applied.
 */
export function distanceFigure(cohort: readonly LookedAfter[], lookup: PostcodeLookup | null): MeasureFigure {
  if (!lookup) return noFigure('cla_placed_over_20_miles', 'not_available', [NO_LOOKUP_NOTE]);
  const counts = distanceCounts(cohort, lookup);
  const known = counts.overTwenty + counts.withinTwenty;
  const notes = ['Straight-line distance between home and placement postcodes; the LA boundary is not checked.'];
  if (counts.notKnown > 0) {
    const share =
      known === 0
        ? ''
        : ` Among the ${grouped(known)} with a distance, ${((counts.overTwenty / known) * 100).toFixed(1)}% were over 20 miles.`;
    notes.push(`Distance not known for ${children(counts.notKnown)} (a postcode blank or not in the lookup).${share}`);
  }
  return percentFigure('cla_placed_over_20_miles', counts.overTwenty, cohort.length, idsOf(cohort), notes);
}

export function distanceBreakdown(cohort: readonly LookedAfter[], lookup: PostcodeLookup): BreakdownCounts {
  const counts = distanceCounts(cohort, lookup);
  const cell = (key: string, label: string, count: number) => ({
    categories: [{ dimension: 'distance', key, label }] as const,
    count,
  });
  return {
    breakdownId: 'cla_placement_distance',
    total: cohort.length,
    cells: [
      cell('20_miles_or_less', '20 miles or less', counts.withinTwenty),
      cell('over_20_miles', 'Over 20 miles', counts.overTwenty),
      cell('not_known', 'Distance not known', counts.notKnown),
    ],
    notes: [],
  };
}
