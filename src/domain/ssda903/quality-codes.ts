export const CODES = {
  RNE: ['S', 'L', 'P', 'T', 'B', 'U'],
  LS: ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3'],
  CIN: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'],
  PLACE: [
    ...['A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1'],
    ...['T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14'],
  ],
  PLACE_PROVIDER: ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'],
  REC: [
    ...['X1', 'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48'],
    ...['E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17'],
  ],
  REASON_PLACE_CHANGE: [
    ...['CARPL', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CLOSE', 'CUSTOD', 'OTHER'],
  ],
} as const;
export const CODE_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(CODES).map(([column, codes]) => [column, new Set<string>(codes)]),
);
/** Columns that must always have a code; the others may be blank. */
export const REQUIRED_CODES = new Set(['RNE', 'LS', 'CIN', 'PLACE']);

/** Placement codes valid only in some collection years (closing year), SPEC §2.4, §2.6. */
export function codeOutOfYear(column: string, code: string, year: number): string | null {
  if (column === 'PLACE') {
    if (code === 'K3' && year < 2024) return 'K3 is used from the year ending March 2024';
    if (['Z11', 'Z12', 'Z13', 'Z14'].includes(code) && year < 2026)
      return `${code} is used from the year ending March 2026`;
    if (['H5', 'P2', 'Z1'].includes(code) && year >= 2026) return `${code} is not used from the year ending March 2026`;
  }
  if (column === 'REC' && (code === 'E43' || code === 'E44') && year >= 2019) {
    return `${code} was replaced by E45–E48 from the year ending March 2019`;
  }
  return null;
}

export const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;
export const NO_PROVIDER_PLACES = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14']);
export const PR3_NOT_WITH = new Set(['P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
export const ACCOM_LETTERS = new Set(['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z']);
export const IN_TOUCH_CODES = new Set(['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM']);
