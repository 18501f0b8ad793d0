/** The notes beside the spending measures' figures (readers/outturn): the amounts behind each, in words. */
import type { Area } from '../areas/area';
import { STATUS_LABEL } from '../observations/status';
import type { Status } from '../observations/status';
import { grouped, poundsInWords } from './figures';
import { listOf } from './lists';
import { plural } from './plural';

/** Outturn amounts are in £ thousand. */
const inWords = (thousands: number) => poundsInWords(thousands * 1000);

/** "£81.9 million on children's social care of £312.4 million on all services (total expenditure, 2024/25)." */
export function shareNote(children: number, allServices: number): string {
  return `${inWords(children)} on children’s social care of ${inWords(allServices)} on all services (total expenditure).`;
}

/**
 * "£81.9 million on children's social care. Population: ONS mid-2024 estimate …" for a council or
 * England (the population's own note); a region's councils' children are added, so their number is given.
 */
export function perChildNote(children: number, population: number, populationNote: string): string {
  const spent = `${inWords(children)} on children’s social care`;
  return populationNote === ''
    ? `${spent}; ${grouped(population)} children aged 0 to 17 in these councils (ONS mid-year estimates).`
    : `${spent}. ${populationNote}`;
}

/** "£52.9 million of £81.9 million on children's social care was not on children looked after (total expenditure)." */
export function notLookedAfterNote(notLookedAfter: number, children: number): string {
  return `${inWords(notLookedAfter)} of ${inWords(children)} on children’s social care was not on children looked after (total expenditure).`;
}

/** Why a council's row has no figure: MHCLG's [x] in words, or the status's. */
export function notReceivedNote(status: Status): string {
  return status === 'not_available'
    ? 'MHCLG marks the return [x]: not received in time for publication.'
    : `MHCLG marks the figure ${STATUS_LABEL[status].toLowerCase()}.`;
}

/** "The sum of the returns of the region's 12 councils." or, with councils missing, which ones. */
export function regionSumNote(given: number, missing: readonly Pick<Area, 'name'>[]): string {
  if (missing.length === 0) return `The sum of the returns of the region’s ${given} councils.`;
  const names = listOf(missing.map((area) => area.name));
  return `The sum of the returns of ${given} of the region’s ${given + missing.length} councils: ${names}’s ${plural(missing.length, 'return was', 'returns were')} not received in time for publication.`;
}

/** England's total includes MHCLG's estimates for councils whose returns were not received (its note M). */
export function englandEstimateNote(names: readonly string[]): string {
  if (names.length === 0) return '';
  return `MHCLG’s England total includes its estimates for ${listOf([...names])}, whose ${plural(names.length, 'return was', 'returns were')} not received in time for publication.`;
}
