/**
 * Test-only: children's homes and a council's table of them written in the test, so a rule's test
 * does not read data/homes/. The names and days are seed 000's (Durham, June 2016).
 */
import type { ChildrensHome, InterimInspection } from '../../../src/domain/homes/home';
import type { SavedHomes } from '../../../src/domain/homes/saved-homes';
import type { Grade } from '../../../src/domain/readers/ofsted/grade';

export const DURHAM_CODE = 'E06000047';

export function home(
  name: string,
  full: { date: string; grade: Grade } | null = { date: '2015-07-21', grade: 'good' },
  interim: InterimInspection | null = null,
  row = 2,
): ChildrensHome {
  return { name, urn: null, full, interim, source: { file: 'homes.csv', row } };
}

export function homesTable(
  homes: readonly ChildrensHome[],
  areaCode = DURHAM_CODE,
  fileName = 'homes.csv',
): SavedHomes {
  return { areaCode, fileName, hasInterim: homes.some((each) => each.interim !== null), homes: [...homes] };
}

/** Three of Durham's homes: one outstanding whose interim inspection found it declined, two good. */
export const THREE_HOMES = homesTable([
  home('High Etherley', { date: '2015-07-21', grade: 'outstanding' }, { date: '2016-02-16', outcome: 'declined' }, 2),
  home('New Lea House', { date: '2015-09-08', grade: 'good' }, { date: '2016-02-10', outcome: 'improved' }, 3),
  home('Park House', { date: '2016-05-17', grade: 'good' }, { date: '2016-02-03', outcome: 'sustained' }, 9),
]);
