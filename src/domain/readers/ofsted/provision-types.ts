/*
 * Ofsted's words for the settings of its providers list (readers/ofsted/providers.ts), apart from
 * the reader: the scorecard's homes line needs these few words on its first screen, the reader only
 * on the inspections page, which loads it with the page.
 */

/** Ofsted's provision types, in the order of its own tables (8a to 8n of the same publication). */
export const PROVISION_TYPES: readonly string[] = [
  "Children's home",
  "Residential special school (registered as a children's home)",
  "Secure children's home",
  'Independent Fostering Agency',
  'Voluntary Adoption Agency',
  'Residential Special School',
  'Boarding School',
  'Residential Family Centre',
  'Adoption Support Agency',
  'Further Education College with Residential Accommodation',
  'Residential Holiday Scheme for Disabled Children',
  'Secure Training Centre',
];

export const CHILDRENS_HOME = "Children's home";

/** Ofsted's sectors: who runs the setting. */
export const SECTORS: readonly string[] = ['Local Authority', 'Private', 'Voluntary', 'Academy', 'Health Authority'];
