/**
 * What the 903 return's worker does, without the worker: read the files, work out every measure
 * and breakdown at each quarter end and month end to the as-at date, compare them with the figures
 * held, and on confirmation save them as a new version. No DOM and no React, so it runs in a Web
 * Worker (return.worker.ts) and, unchanged, in-process in tests.
 *
 * The child-level records exist only inside `compute`: once the figures are worked out nothing of
 * them is kept, only the figures, the breakdowns and the data-quality report with its children
 * blanked. Nothing child-level is posted, saved or downloaded.
 */
import { breakdownsToCsv } from '../../adapters/breakdowns-csv';
import { observationsToCsv } from '../../adapters/export';
import { loadPopulation, type ReadText } from '../../adapters/load-dataset';
import { qualityReportCsv } from '../../adapters/quality-903-csv';
import { readUpload } from '../../adapters/read-upload';
import type { OpenResult, SaveResult } from '../../adapters/version-store';
import { AreaDirectory } from '../../domain/areas/area-directory';
import type { BreakdownFigure } from '../../domain/breakdowns/breakdown-figure';
import { countBreakdownChanges } from '../../domain/breakdowns/breakdown-diff';
import { countChanges, diffObservations } from '../../domain/observations/diff';
import type { Observation } from '../../domain/observations/observation';
import { suppressSmallBreakdowns, suppressSmallObservations } from '../../domain/publication/small-numbers';
import { hasErrors, type Problem, type SourceTable } from '../../domain/readers/result';
import { availabilityOf, figuresAt, prepare903 } from '../../domain/ssda903/compute';
import { parseIsoDate, ukText } from '../../domain/ssda903/days';
import type { QualityReport } from '../../domain/ssda903/quality-findings';
import { readReturn } from '../../domain/ssda903/read-tables';
import { append } from '../../domain/lists/append';
import type { BaseFigures } from '../../shared/base-figures';
import { buildPreview, figureList } from '../../shared/preview/preview-model';
import { lazyVersionStore, latestVersionId, saveMerged, type PendingSave } from '../../shared/version-saving';
import { breakdownTables } from './breakdown-tables';
import {
  computeDates,
  filesRead,
  qualityTexts,
  splitProblems,
  unavailableFigures,
  withoutChildren,
} from './return-outcome';
import type {
  ComputeOutcome,
  ComputeRequest,
  DownloadRequest,
  FromWorker,
  SaveRequest,
  ToWorker,
} from './return-protocol';

export type Post = (message: FromWorker) => void;

export interface ReturnPipelineDependencies {
  /** Opens the browser's version store; called at most once, when first needed. */
  openStore: () => Promise<OpenResult>;
  /** The data folder at an address, for the population table: fetch in the worker, the disk in tests. */
  dataFolder: (dataUrl: string) => ReadText;
}

interface Held {
  versionId: number | null;
  observations: readonly Observation[];
  breakdowns: readonly BreakdownFigure[];
}

/** The last return worked out without errors: what Save saves (shared/version-saving.ts) and the downloads write. */
interface Computed extends PendingSave {
  computeId: number;
  asAt: string;
  incoming: Observation[];
  incomingBreakdowns: BreakdownFigure[];
  held: Held;
  quality: QualityReport;
}

export const NEWER_VERSION_SAVED =
  'A newer version was saved (perhaps in another tab) after these figures were worked out, so they were not saved. Work them out again to compare them with the newest figures.';
export const COMPUTE_AGAIN =
  'These figures are no longer held, so they were not saved. Choose the files and work them out again.';

export const FILE_UNREADABLE = (name: string) =>
  `${name} could not be read: it may have been moved or changed since it was chosen. Choose the files again.`;

/** A chosen file's bytes; null when the browser can no longer read it (moved, changed or deleted since). */
async function readBytes(file: Blob): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return null;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The version's file name: the files of the return, as the history lists them. */
function returnFileName(names: readonly string[]): string {
  return `SSDA903 return: ${names.join(', ')}`;
}

export function createReturnPipeline(dependencies: ReturnPipelineDependencies): {
  handle(message: ToWorker, post: Post): Promise<void>;
} {
  const store = lazyVersionStore(dependencies.openStore);
  let computed: Computed | null = null;

  async function held(base: BaseFigures): Promise<Held | { reason: string }> {
    if (base.kind === 'published')
      return { versionId: null, observations: base.observations, breakdowns: base.breakdowns };
    const opened = await store();
    if (!('loadObservations' in opened)) return opened;
    // One read of the snapshot for both: reading it costs as much as it is large.
    const { observations, breakdowns } = await opened.loadSnapshot(base.versionId);
    const problems = [...observations.problems, ...breakdowns.problems];
    if (hasErrors(problems)) {
      return {
        reason: `The saved figures could not be read, so nothing was worked out. ${problems[0]?.message ?? ''} Reload the page and try again.`,
      };
    }
    return { versionId: base.versionId, observations: observations.value, breakdowns: breakdowns.value };
  }

  async function compute(request: ComputeRequest, post: Post): Promise<void> {
    const progress = (stage: string, fraction: number) =>
      post({ type: 'progress', requestId: request.requestId, stage, fraction });
    computed = null;
    const problems: Problem[] = [];
    const read: { name: string; table: SourceTable | null }[] = [];
    const finish = (result: ComputeOutcome['result']) =>
      post({
        type: 'computed',
        requestId: request.requestId,
        outcome: { files: filesRead(read), ...splitProblems(problems), result },
      });

    for (const [position, file] of request.files.entries()) {
      progress(`Reading ${file.name}`, 0.02 + (0.2 * position) / request.files.length);
      const bytes = await readBytes(file.file);
      if (!bytes) {
        post({ type: 'failed', requestId: request.requestId, message: FILE_UNREADABLE(file.name) });
        return;
      }
      const upload = await readUpload(bytes, file.name);
      append(problems, upload.problems);
      read.push({ name: file.name, table: upload.value });
    }
    if (hasErrors(problems)) return finish(null);
    progress('Recognising the tables', 0.25);
    const tables = read.flatMap(({ table }) => (table ? [{ table }] : []));
    const ret = readReturn(tables);
    append(problems, ret.problems);
    if (hasErrors(problems)) return finish(null);

    const asAt = parseIsoDate(request.asAt);
    const figures = await held(request.base);
    if ('reason' in figures || asAt === null) {
      const message = 'reason' in figures ? figures.reason : `${request.asAt} is not a date.`;
      post({ type: 'failed', requestId: request.requestId, message });
      return;
    }
    progress('Reading the population of the area', 0.3);
    const population = await loadPopulation(dependencies.dataFolder(request.dataUrl));
    // Without the population only the rates are lost: said as a warning, and the rates say why.
    append(
      problems,
      population.problems.map((problem): Problem => ({ ...problem, severity: 'warning' })),
    );

    progress('Checking every record (the data-quality report)', 0.35);
    const prepared = prepare903(ret.value);
    const options = { areaCode: request.areaCode, population: population.value };
    const dates = computeDates(prepared, asAt);
    const observations: Observation[] = [];
    const breakdowns: BreakdownFigure[] = [];
    let atDate: ReturnType<typeof figuresAt> | null = null;
    for (const [position, day] of dates.quarters.entries()) {
      progress(`Working out the figures at ${ukText(day)}`, 0.45 + (0.25 * position) / dates.quarters.length);
      const at = figuresAt(prepared, day, options);
      if (day === asAt) atDate = at;
      for (const observation of at.observations) observations.push(observation);
      for (const figure of at.breakdowns) breakdowns.push(figure);
    }
    for (const [position, day] of dates.months.entries()) {
      if (position % 6 === 0)
        progress(`Working out the monthly figures to ${ukText(day)}`, 0.7 + (0.2 * position) / dates.months.length);
      for (const observation of figuresAt(prepared, day, { ...options, labelling: 'month' }).observations)
        observations.push(observation);
    }

    progress('Comparing with the figures held', 0.92);
    // A figure the files cannot give is listed on the page, not saved: it must not take the place of a figure held.
    const incoming = observations.filter((observation) => observation.status !== 'not_available');
    const measures = new Map(request.measures.map((measure) => [measure.id, measure]));
    const areas = new AreaDirectory(request.areas);
    const diff = diffObservations(figures.observations, incoming);
    const fileName = returnFileName(request.files.map((file) => file.name));
    const preview = buildPreview({
      fileName,
      layout: 'observations',
      openDataRows: null,
      diff,
      heldCount: figures.observations.length,
      measures,
      areas,
    });
    const order = new Map(request.measures.map((measure, index) => [measure.id, index]));
    const shown = [...(atDate?.observations ?? [])].sort(
      (a, b) => (order.get(a.measureId) ?? order.size) - (order.get(b.measureId) ?? order.size),
    );
    computed = {
      computeId: request.requestId,
      fileName,
      asAt: request.asAt,
      incoming,
      incomingBreakdowns: breakdowns,
      held: figures,
      counts: countChanges(diff, preview.counts.total),
      expectedLatest: figures.versionId ?? (await latestVersionId(await store())),
      homes: request.homes,
      quality: withoutChildren(prepared.quality),
    };
    finish({
      asAt: { text: ukText(asAt), period: atDate?.asAt.period.label ?? request.asAt, iso: request.asAt },
      span: prepared.span ? { from: ukText(prepared.span.start), to: ukText(prepared.span.end) } : null,
      children: prepared.index.children.length,
      unavailable: unavailableFigures(availabilityOf(prepared, options), measures),
      quality: qualityTexts(prepared.quality),
      figures: figureList(shown, { measures, areas }),
      breakdowns: breakdownTables(atDate?.breakdowns ?? []),
      preview,
      breakdownChanges: countBreakdownChanges(figures.breakdowns, breakdowns),
      dates: { quarters: dates.quarters.length, months: dates.months.length },
    });
  }

  async function save(request: SaveRequest, post: Post): Promise<void> {
    const reply = (result: SaveResult) => post({ type: 'saved', requestId: request.requestId, result });
    if (computed?.computeId !== request.computeId) return reply({ ok: false, reason: COMPUTE_AGAIN });
    const saved = await saveMerged(await store(), computed, request.name, {
      newerVersionSaved: NEWER_VERSION_SAVED,
      progress: (stage, fraction) => post({ type: 'progress', requestId: request.requestId, stage, fraction }),
    });
    // The downloads stay at hand after a save; a second save of the same figures is refused as out of date.
    if (saved.result.ok) {
      const { observations, breakdowns = [] } = saved;
      computed = { ...computed, held: { versionId: saved.result.version.id, observations, breakdowns } };
    }
    reply(saved.result);
  }

  function download(request: DownloadRequest, post: Post): void {
    if (computed?.computeId !== request.computeId) {
      post({ type: 'failed', requestId: request.requestId, message: COMPUTE_AGAIN });
      return;
    }
    const suffix = request.suppress ? '-for-publication' : '';
    const csv =
      request.file === 'quality'
        ? qualityReportCsv(computed.quality)
        : request.file === 'figures'
          ? observationsToCsv(request.suppress ? suppressSmallObservations(computed.incoming) : computed.incoming)
          : breakdownsToCsv(
              request.suppress ? suppressSmallBreakdowns(computed.incomingBreakdowns) : computed.incomingBreakdowns,
            );
    const fileName =
      request.file === 'quality'
        ? `903-data-quality-${computed.asAt}.csv`
        : `903-${request.file}-${computed.asAt}${suffix}.csv`;
    post({ type: 'download', requestId: request.requestId, fileName, csv });
  }

  return {
    async handle(message, post) {
      try {
        switch (message.type) {
          case 'compute':
            return await compute(message, post);
          case 'save':
            return await save(message, post);
          case 'download':
            return download(message, post);
        }
      } catch (error) {
        post({
          type: 'failed',
          requestId: message.requestId,
          message: `Something went wrong while working out the figures, and nothing was saved: ${messageOf(error)}. Reload the page and try again.`,
        });
      }
    },
  };
}
