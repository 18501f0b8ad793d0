import type { Area } from '../areas/area';
import { storedUnderCurrentCode } from '../text/former-codes';
import { countOf, plural } from '../text/plural';
import type { Catalogue } from '../catalogue/measure';
import { collisionProblems, mergeByKey } from '../observations/merge';
import type { Observation } from '../observations/observation';
import type { ParseResult, Problem } from '../readers/result';
import type { Dataset } from './dataset';

/*
 * A data pack (a JSON file exported from Saved versions, docs/storage.md) listed in the data folder's
 * manifest.json: its figures are checked against the folder's own catalogue and areas, then added to
 * those of the folder's CSV files.
 */

/** What these checks need of a read pack. */
export interface PackFigures {
  catalogue: Catalogue;
  observations: readonly Observation[];
}

function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => `'${id}'`);
  return ids.length > 5 ? `${shown.join(', ')} and ${ids.length - 5} more` : shown.join(', ');
}

/**
 * The figures of a data pack as read (with the reader's problems), checked against the published catalogue and areas (`reference`, read
 * from measures.csv and areas.csv).
 *
 * The published files stay the authority: measures.csv and key-questions.csv give every title,
 * unit and polarity the scorecard shows, and the pack's own catalogue is informational. It must
 * still list exactly the measure ids of measures.csv, or the pack was made against another
 * catalogue (an older or newer data folder) and its figures might mean something else; that is an
 * error naming the ids that differ. Area codes are checked against areas.csv, which the pack does
 * not carry.
 */
export function checkPackFigures(
  read: ParseResult<PackFigures | null>,
  fileName: string,
  reference: Pick<Dataset, 'measuresById' | 'areas'>,
): ParseResult<Observation[]> {
  const problems: Problem[] = [...read.problems];
  if (!read.value) return { value: [], problems };
  // A pack with errors of its own is reported as such first: comparing a half-read catalogue would only add noise.
  if (!problems.some((problem) => problem.severity === 'error')) {
    const packIds = read.value.catalogue.measures.map((measure) => measure.id);
    const packIdSet = new Set(packIds);
    const onlyInPack = packIds.filter((id) => !reference.measuresById.has(id));
    const onlyPublished = [...reference.measuresById.keys()].filter((id) => !packIdSet.has(id));
    if (onlyInPack.length > 0 || onlyPublished.length > 0) {
      const differences = [
        onlyInPack.length > 0 ? `the pack has ${listed(onlyInPack)}, which measures.csv does not` : '',
        onlyPublished.length > 0 ? `measures.csv has ${listed(onlyPublished)}, which the pack does not` : '',
      ].filter(Boolean);
      problems.push({
        severity: 'error',
        rule: 'pack_catalogue_mismatch',
        message: `${fileName}: the pack was made with a different measure catalogue from this data folder's measures.csv: ${differences.join('; ')}. Export the pack again from the app that reads this data folder, or publish the measures.csv the pack was made with.`,
      });
      return { value: [], problems };
    }
  }
  const unknownAreas = new Map<string, Observation[]>();
  const replacedCodes = new Map<string, { council: Area; figures: number }>();
  const observations: Observation[] = [];
  for (const observation of read.value.observations) {
    if (reference.areas.find(observation.areaCode)) {
      observations.push(observation);
      continue;
    }
    // A council's code before ONS replaced it: the figure is kept under the current code, with a warning.
    const replaced = reference.areas.findLocalAuthority(observation.areaCode);
    if (replaced?.by === 'former_code') {
      const seen = replacedCodes.get(observation.areaCode);
      replacedCodes.set(observation.areaCode, { council: replaced.area, figures: (seen?.figures ?? 0) + 1 });
      observations.push({ ...observation, areaCode: replaced.area.code });
      continue;
    }
    const figures = unknownAreas.get(observation.areaCode);
    if (figures) figures.push(observation);
    else unknownAreas.set(observation.areaCode, [observation]);
  }
  for (const [code, { council, figures }] of replacedCodes) {
    problems.push({
      severity: 'warning',
      rule: 'replaced_area_code',
      column: 'area',
      message: `${fileName} (observations): ${storedUnderCurrentCode(code, council, `its ${countOf(figures, 'figure')} ${plural(figures, 'is', 'are')}`)}`,
    });
  }
  for (const [code, figures] of unknownAreas) {
    const first = figures[0];
    const example = first ? ` (for example ${first.measureId}, ${first.period.label})` : '';
    problems.push({
      severity: 'error',
      rule: 'unknown_area',
      column: 'area',
      message: `${fileName} (observations): '${code}' is not an area in areas.csv, but ${countOf(figures.length, 'figure')} ${plural(figures.length, 'uses', 'use')} it${example}. Use an ONS code such as E06000047, or add the area to areas.csv.`,
    });
  }
  return { value: observations, problems };
}

/**
 * Adds the figures of each pack to those of the CSV files, as the files are combined with each other
 * (observations/merge.ts): a figure given again exactly is read once; a different figure for the
 * same measure, area and period is an error, because a pack holds every figure of its version and
 * so replaces the files it came from.
 */
export function addPackFigures(
  fromFiles: readonly Observation[],
  packs: readonly { file: string; observations: readonly Observation[] }[],
): ParseResult<Observation[]> {
  const packOf = new Map<Observation, string>();
  for (const pack of packs) for (const observation of pack.observations) packOf.set(observation, pack.file);
  const merged = mergeByKey(
    fromFiles,
    packs.flatMap((pack) => pack.observations),
    'combine',
  );
  const problems = collisionProblems(merged.collisions, {
    // A pack's figures keep the file and row they were first read from; a message names the pack.
    place: (observation) => {
      const pack = packOf.get(observation);
      return pack === undefined ? { file: observation.source.file, row: observation.source.row } : { file: pack };
    },
    conflictAdvice:
      'A data pack holds every figure of its version: list it in manifest.json in place of the files it replaces, not beside them.',
  });
  return { value: merged.value, problems };
}
