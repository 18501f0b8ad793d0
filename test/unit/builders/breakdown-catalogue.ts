/** Test-only: a small catalogue of breakdowns, a placement mix of two categories, read as the data folder's is. */
import { readBreakdownCatalogue } from '../../../src/domain/breakdowns/breakdown-catalogue';
import { tableFrom } from '../tables';

export const PLACEMENTS = readBreakdownCatalogue(
  tableFrom('breakdowns.csv', [
    'id,title,dimension,dimension_label,of,headline_measure,scorecard_row,source,description',
    'placements,Placement mix,placement_type,Placement type,children looked after,,,The council,',
  ]),
  tableFrom('breakdown-categories.csv', [
    'breakdown,key,label,order',
    'placements,foster,Foster care,1',
    'placements,residential,Residential,2',
  ]),
).value;
