export type AreaType = 'country' | 'region' | 'local_authority' | 'stat_neighbours';

export interface Area {
  /** ONS code (E92000001, E12000001, E06000047) or `SN:<LA code>` for an LA's statistical neighbours. */
  code: string;
  name: string;
  type: AreaType;
  /** ONS code of the region a local authority is in; empty for England and regions. */
  regionCode: string;
  /** DfE's three-digit LA code, used by older files; empty where none. */
  oldLaCode: string;
}

export const ENGLAND_CODE = 'E92000001';
export const STAT_NEIGHBOUR_PREFIX = 'SN:';

export function statNeighbourCode(laCode: string): string {
  return `${STAT_NEIGHBOUR_PREFIX}${laCode}`;
}
