/**
 * Councils whose ONS code was replaced after a boundary change. areas.csv lists current codes only;
 * data/PROVENANCE.md (areas.csv) records these replacements. Ofsted's files and old links still use
 * the former codes.
 */
const REPLACED_LA_CODES: Readonly<Record<string, string>> = {
  E08000016: 'E08000038', // Barnsley
  E08000019: 'E08000039', // Sheffield
};

/** The code that replaced a former LA code; undefined for a code that was never replaced. */
export function replacementCode(code: string): string | undefined {
  return REPLACED_LA_CODES[code];
}
