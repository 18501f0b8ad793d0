/**
 * What the import worker does, without the worker: read an uploaded file, check it against the
 * catalogue, the areas and the figures held, build the report and preview, and on confirmation save
 * the merged figures as a new version. No DOM and no React, so it runs in a Web Worker
 * (import.worker.ts) and, unchanged, in-process in component tests.
 */
import { readUpload } from '../../adapters/read-upload';
import { loadPopulation, type ReadText } from '../../adapters/load-dataset';
import { detectLayout } from '../../domain/readers/detect-layout';
import type { PopulationTable } from '../../domain/ssda903/population';
import type { OpenResult, SaveResult } from '../../adapters/version-store';
import { AreaDirectory } from '../../domain/areas/area-directory';
import { countChanges, diffObservations } from '../../domain/observations/diff';
import { readImport } from '../../domain/readers/read-import';
import { headlineFrom } from '../../domain/breakdowns/breakdown-checks';
import { countBreakdownChanges } from '../../domain/breakdowns/breakdown-diff';
import type { BreakdownFigure } from '../../domain/breakdowns/breakdown-figure';
import type { HomesTable } from '../../domain/homes/homes-file';
import type { Observation } from '../../domain/observations/observation';
import { hasErrors, type ParseResult, type Problem, type SourceTable } from '../../domain/readers/result';
import { ObservationIndex } from '../../domain/observations/series';
import { changeWarnings } from '../../domain/readers/upload-warnings';
import type { BaseFigures } from '../../shared/base-figures';
import { lazyVersionStore, latestVersionId, saveMerged, type PendingSave } from '../../shared/version-saving';
import { parsePeriod, type Period } from '../../domain/periods/period';
import {
  COMPARATOR_PERIOD_NEEDED,
  suggestedComparatorPeriod,
} from '../../domain/readers/scorecard-layout/comparator-period';
import type { CheckRequest, ComparatorPeriodAsk, FromWorker, SaveRequest, ToWorker } from './import-protocol';
import { buildHomesPreview, buildPreview } from '../../shared/preview/preview-model';
import { homesOfArea, replaceHomes, type SavedHomes } from '../../domain/homes/saved-homes';
import { buildReport, problemsCsv } from './upload-report';

export type Post = (message: FromWorker) => void;

function givenPeriod(text: string): Period | null {
  const parsed = parsePeriod(text.trim());
  return parsed.ok ? parsed.period : null;
}

/** What the form asks when comparator columns give no period, with the period the file itself suggests. */
function comparatorPeriodAsk(table: SourceTable, problems: readonly Problem[]): ComparatorPeriodAsk | null {
  const asking = problems.filter((problem) => problem.rule === COMPARATOR_PERIOD_NEEDED);
  if (asking.length === 0) return null;
  return {
    columns: asking.map((problem) => problem.column ?? ''),
    suggested: suggestedComparatorPeriod(table)?.label ?? '',
    onlyThis: !problems.some((problem) => problem.severity === 'error' && problem.rule !== COMPARATOR_PERIOD_NEEDED),
  };
}

export interface PipelineDependencies {
  /** Opens the browser's version store; called at most once, when the pipeline first needs it. */
  openStore: () => Promise<OpenResult>;
  /** Reads a file of the published data folder (the population table), as the 903 worker does. */
  dataFolder?: (dataUrl: string) => ReadText;
}

/** The figures an upload is compared with, ready for the diff and the warnings. */
interface Held {
  versionId: number | null;
  observations: readonly Observation[];
  breakdowns: readonly BreakdownFigure[];
  /** Built when first needed: after a save the merged figures are kept without delaying the reply. */
  index(): ObservationIndex;
}

function heldFigures(
  versionId: number | null,
  observations: readonly Observation[],
  breakdowns: readonly BreakdownFigure[],
): Held {
  let index: ObservationIndex | null = null;
  return {
    versionId,
    observations,
    breakdowns,
    index: () => (index ??= new ObservationIndex(observations)),
  };
}

/**
 * The last file checked without errors: what Save saves (shared/version-saving.ts). Kept here so the
 * page never holds the figures. expectedLatest is the newest saved version when the file was checked.
 */
interface Checked extends PendingSave {
  checkId: number;
  held: Held;
}

export const NEWER_VERSION_SAVED =
  'A newer version was saved (perhaps in another tab) after this file was checked, so it was not saved. Check the file again to compare it with the newest figures.';
export const CHECK_AGAIN = 'This file’s check is no longer held, so it was not saved. Check the file again, then save.';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A table of homes does not say whose they are: they are the chosen local authority's. Without one
 * chosen, an error (in `problems`) says to choose it, and nothing is kept.
 */
function homesFor(
  request: CheckRequest,
  areas: AreaDirectory,
  table: HomesTable,
  problems: Problem[],
): { table: SavedHomes; localAuthority: { code: string; name: string } } | null {
  const area = request.areaCode ? areas.find(request.areaCode) : undefined;
  if (area?.type !== 'local_authority') {
    problems.push({
      severity: 'error',
      rule: 'area_required',
      message: `${request.fileName} is a table of a council's children's homes, which does not say whose they are. Choose the local authority the homes belong to, then check the file again.`,
    });
    return null;
  }
  return {
    table: { areaCode: area.code, fileName: request.fileName, ...table },
    localAuthority: { code: area.code, name: area.name },
  };
}

export function createImportPipeline(dependencies: PipelineDependencies): {
  handle(message: ToWorker, post: Post): Promise<void>;
} {
  const store = lazyVersionStore(dependencies.openStore);
  let cachedVersion: Held | null = null;
  let checked: Checked | null = null;
  let lastProblems: { checkId: number; problems: readonly Problem[] } | null = null;
  let population: Promise<ParseResult<PopulationTable | null>> | null = null;

  /** The population table, read once, only for an outturn sheet or a DfE file when a line of the map makes counts rates. */
  async function populationFor(
    request: CheckRequest,
    table: SourceTable,
  ): Promise<ParseResult<PopulationTable | null>> {
    const layout = detectLayout(table.header);
    // An outturn sheet's spending per child is of the population too (outturn-spending.ts).
    const needed =
      layout === 'la_outturn' ||
      (layout === 'dfe_open_data' &&
        (request.dfeMeasureMap?.mappings.some((mapping) => mapping.perPopulation !== null) ?? false));
    if (!needed || !request.dataUrl || !dependencies.dataFolder) return { value: null, problems: [] };
    population ??= loadPopulation(dependencies.dataFolder(request.dataUrl));
    return population;
  }

  async function held(
    base: BaseFigures,
    progress: (stage: string, fraction: number) => void,
  ): Promise<Held | { reason: string }> {
    if (base.kind === 'published') return heldFigures(null, base.observations, base.breakdowns);
    if (cachedVersion?.versionId === base.versionId) return cachedVersion;
    progress('Reading the saved figures', 0.02);
    const opened = await store();
    if (!('loadObservations' in opened)) return opened;
    // The version's breakdowns too (a breakdown file is compared with them and merged into them),
    // from the same read: reading a snapshot costs as much as it is large.
    const { observations: loaded, breakdowns } = await opened.loadSnapshot(base.versionId);
    if (hasErrors(loaded.problems) || hasErrors(breakdowns.problems)) {
      return {
        reason: `The saved figures the file would be compared with could not be read, so it was not checked. ${[...loaded.problems, ...breakdowns.problems][0]?.message ?? ''} Reload the page and try again.`,
      };
    }
    cachedVersion = heldFigures(base.versionId, loaded.value, breakdowns.value);
    return cachedVersion;
  }

  async function check(request: CheckRequest, post: Post): Promise<void> {
    const progress = (stage: string, fraction: number) =>
      post({ type: 'progress', requestId: request.requestId, stage, fraction });
    checked = null;
    const figures = await held(request.base, progress);
    if ('reason' in figures) {
      post({ type: 'failed', requestId: request.requestId, message: figures.reason });
      return;
    }
    const finish = (
      problems: readonly Problem[],
      preview: ReturnType<typeof buildPreview> | null,
      comparatorPeriod: ComparatorPeriodAsk | null = null,
    ) => {
      lastProblems = { checkId: request.requestId, problems };
      post({
        type: 'checked',
        requestId: request.requestId,
        outcome: { report: buildReport(request.fileName, problems), preview, comparatorPeriod },
      });
    };

    progress('Reading the file', 0.1);
    const upload = await readUpload(new Uint8Array(request.bytes), request.fileName);
    if (!upload.value) return finish(upload.problems, null);

    const people = await populationFor(request, upload.value);
    progress('Checking every row', 0.35);
    const measures = new Map(request.measures.map((measure) => [measure.id, measure]));
    const areas = new AreaDirectory(request.areas);
    const imported = readImport(upload.value, {
      measures,
      areas,
      areaCode: request.areaCode || undefined,
      comparatorPeriod: givenPeriod(request.comparatorPeriod),
      today: request.today,
      ...(request.dfeMeasureMap ? { dfeMeasureMap: request.dfeMeasureMap } : {}),
      ...(request.dfeBreakdownMap ? { dfeBreakdownMap: request.dfeBreakdownMap } : {}),
      breakdownCatalogue: request.breakdownCatalogue,
      headline: headlineFrom(
        (measureId, areaCode) => figures.index().seriesOf(measureId, areaCode),
        (measureId) => measures.get(measureId)?.unit,
      ),
      population: people.value,
      readsHomes: true,
    });
    const fileProblems = [...upload.problems, ...people.problems, ...imported.problems];
    const {
      layout,
      observations: incoming,
      openDataRows,
      breakdowns: incomingBreakdowns,
      valueColumnOf,
    } = imported.value;
    const homes = imported.value.homes && homesFor(request, areas, imported.value.homes, fileProblems);
    if (hasErrors(fileProblems) || !layout)
      return finish(fileProblems, null, comparatorPeriodAsk(upload.value, fileProblems));

    progress('Comparing with the figures held', 0.65);
    const problems = [
      ...fileProblems,
      ...changeWarnings(incoming, figures.index(), measures, {
        ...(valueColumnOf ? { valueColumnOf } : {}),
        areaName: (code) => areas.find(code)?.name,
      }),
    ];
    const diff = diffObservations(figures.observations, incoming);

    progress('Preparing the preview', 0.9);
    const preview = buildPreview({
      fileName: request.fileName,
      layout,
      openDataRows,
      diff,
      heldCount: figures.observations.length,
      measures,
      areas,
      breakdownChanges: incomingBreakdowns ? countBreakdownChanges(figures.breakdowns, incomingBreakdowns) : null,
      ...(homes
        ? {
            homes: {
              preview: buildHomesPreview(homes.table, homesOfArea(request.homes, homes.table.areaCode)),
              localAuthority: homes.localAuthority,
            },
          }
        : {}),
    });
    const expectedLatest = figures.versionId ?? (await latestVersionId(await store()));
    checked = {
      checkId: request.requestId,
      fileName: request.fileName,
      incoming,
      ...(incomingBreakdowns && incomingBreakdowns.length > 0 ? { incomingBreakdowns } : {}),
      held: figures,
      counts: countChanges(diff, preview.counts.total),
      expectedLatest,
      homes: homes ? replaceHomes(request.homes, homes.table) : request.homes,
    };
    finish(problems, preview);
  }

  async function save(request: SaveRequest, post: Post): Promise<void> {
    const reply = (result: SaveResult) => post({ type: 'saved', requestId: request.requestId, result });
    if (checked?.checkId !== request.checkId) return reply({ ok: false, reason: CHECK_AGAIN });
    const saved = await saveMerged(await store(), checked, request.name, {
      newerVersionSaved: NEWER_VERSION_SAVED,
      progress: (stage, fraction) => post({ type: 'progress', requestId: request.requestId, stage, fraction }),
    });
    if (saved.result.ok) {
      // The new version is what the page will show next: keep it, so the next check need not read it back.
      cachedVersion = heldFigures(
        saved.result.version.id,
        saved.observations,
        saved.breakdowns ?? checked.held.breakdowns,
      );
      checked = null;
    }
    reply(saved.result);
  }

  return {
    async handle(message, post) {
      try {
        switch (message.type) {
          case 'check':
            return await check(message, post);
          case 'save':
            return await save(message, post);
          case 'problems-csv':
            if (lastProblems?.checkId !== message.checkId) {
              post({
                type: 'failed',
                requestId: message.requestId,
                message: 'The list of problems is no longer held. Choose the file and check it again.',
              });
              return;
            }
            post({ type: 'problems-csv', requestId: message.requestId, csv: problemsCsv(lastProblems.problems) });
            return;
        }
      } catch (error) {
        post({
          type: 'failed',
          requestId: message.requestId,
          message: `Something went wrong while handling the file, and nothing was saved: ${messageOf(error)}. Reload the page and try again.`,
        });
      }
    },
  };
}
