import { existedOn, type Area } from './area';
import type { AreaDirectory } from './area-directory';

/**
 * An area's name reduced to what publishers agree on. Ofsted writes "Durham", "Bristol",
 * "Kingston upon Hull", "Southend on Sea", "St Helens" and "Bournemouth, Christchurch & Poole" for
 * our "County Durham", "Bristol, City of", "Kingston upon Hull, City of", "Southend-on-Sea",
 * "St. Helens" and "Bournemouth, Christchurch and Poole".
 */
export function areaNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/,\s*(city|county) of\s*$/, '')
    .replace(/[.,'\u2019]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^county /, '');
}

/**
 * Finds our area for a name another publisher writes, for files that name councils and regions
 * but give no code (Ofsted's provider lists). A name two of our areas share is found for neither,
 * so a council is never placed by a guess.
 */
export class AreaNames {
  private readonly byKey = new Map<string, Area | null>();

  /**
   * `day` (ISO) names the councils of that day only, when known: "Dorset" is Dorset Council from
   * April 2019 and Dorset County Council before it; without a day the name is found for neither.
   */
  constructor(areas: AreaDirectory, day: string | null = null) {
    for (const area of areas.areas) {
      if (area.type !== 'local_authority' && area.type !== 'region') continue;
      if (day !== null && !existedOn(area, day)) continue;
      const key = `${area.type} ${areaNameKey(area.name)}`;
      this.byKey.set(key, this.byKey.has(key) ? null : area);
    }
  }

  localAuthority(name: string): Area | undefined {
    return this.byKey.get(`local_authority ${areaNameKey(name)}`) ?? undefined;
  }

  region(name: string): Area | undefined {
    return this.byKey.get(`region ${areaNameKey(name)}`) ?? undefined;
  }
}
