/**
 * An area code as a reader or a command asked for it (`?area=`, `--area`): branded, so that a
 * period label or any other string cannot be passed where an area is meant. Branding checks
 * nothing; `resolveView` decides whether the code names an area the data holds.
 */
export type AreaCode = string & { readonly __brand: 'AreaCode' };

export function areaCode(text: string): AreaCode {
  return text as AreaCode;
}
