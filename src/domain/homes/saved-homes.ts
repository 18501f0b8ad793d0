import { GRADES } from '../readers/ofsted/grade';
import type { ParseResult, Problem } from '../readers/result';
import { INTERIM_OUTCOMES, type ChildrensHome } from './home';
import type { HomesTable } from './homes-file';

/**
 * A council's table of its own children's homes as the app holds it: the homes, whose they are and
 * the file they came from. The published folder gives the home council's; an upload saves one with
 * a version, beside its figures.
 */
export interface SavedHomes extends HomesTable {
  /** The local authority the homes are the council's of. */
  areaCode: string;
  fileName: string;
}

/** The homes held for a council, or null when none are. */
export function homesOfArea(held: readonly SavedHomes[], areaCode: string): SavedHomes | null {
  return held.find((table) => table.areaCode === areaCode) ?? null;
}

/** The homes held with `table` in the place of its council's: a new table replaces the old one whole. */
export function replaceHomes(held: readonly SavedHomes[], table: SavedHomes): SavedHomes[] {
  return [...held.filter((each) => each.areaCode !== table.areaCode), table].sort((a, b) =>
    a.areaCode.localeCompare(b.areaCode),
  );
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInspection(value: unknown, key: 'grade' | 'outcome', allowed: readonly string[]): boolean {
  if (value === null) return true;
  if (!isRecord(value)) return false;
  const word = value[key];
  return (
    typeof value.date === 'string' && ISO_DAY.test(value.date) && typeof word === 'string' && allowed.includes(word)
  );
}

function isHome(value: unknown): value is ChildrensHome {
  if (!isRecord(value) || typeof value.name !== 'string' || value.name === '') return false;
  if (value.urn !== null && typeof value.urn !== 'string') return false;
  const source = value.source;
  if (!isRecord(source) || typeof source.file !== 'string' || typeof source.row !== 'number') return false;
  return isInspection(value.full, 'grade', GRADES) && isInspection(value.interim, 'outcome', INTERIM_OUTCOMES);
}

function isSavedHomes(value: unknown): value is SavedHomes {
  return (
    isRecord(value) &&
    typeof value.areaCode === 'string' &&
    typeof value.fileName === 'string' &&
    typeof value.hasInterim === 'boolean' &&
    Array.isArray(value.homes) &&
    value.homes.every(isHome)
  );
}

/**
 * The homes tables of a saved version, read back and checked: null when the version carries none
 * (saved before homes were kept, or with none held), so the published ones stand. A record that is
 * not one (damaged, or a later app's) is an error naming the version, so no half-read table is shown.
 */
export function readSavedHomes(value: unknown, where: string): ParseResult<SavedHomes[] | null> {
  if (value === undefined) return { value: null, problems: [] };
  if (Array.isArray(value) && value.every(isSavedHomes)) return { value, problems: [] };
  const problem: Problem = {
    severity: 'error',
    rule: 'invalid_saved_homes',
    message: `${where}: its table of children's homes cannot be read, so the published homes are shown. Upload the table of homes again to save it with a new version.`,
  };
  return { value: null, problems: [problem] };
}
