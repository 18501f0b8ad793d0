/** Test-only: the import pipeline with a store of its own, and check requests built on the sample. */
import { IDBFactory } from 'fake-indexeddb';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { TODAY, uploadFixtureBytes } from '../../../test/unit/uploads';
import { openVersionStore, type OpenResult, type VersionStore } from '../../adapters/version-store';
import type { SavedHomes } from '../../domain/homes/saved-homes';
import type { BaseFigures } from '../../shared/base-figures';
import type { CheckOutcome, CheckRequest, FromWorker, ToWorker } from './import-protocol';
import { createImportPipeline } from './import-pipeline';

const dataset = loadSampleDataset();
const HARTLEPOOL = 'E06000001';

function bytesOf(relative: string): ArrayBuffer {
  return new Uint8Array(uploadFixtureBytes(relative)).buffer;
}

export function checkRequest(
  relative: string,
  requestId: number,
  base: BaseFigures = { kind: 'published', observations: dataset.observations, breakdowns: dataset.breakdowns },
  homes: readonly SavedHomes[] = [],
  bytes: ArrayBuffer = bytesOf(relative),
): CheckRequest {
  return {
    type: 'check',
    requestId,
    fileName: relative.split('/').at(-1) ?? relative,
    bytes,
    areaCode: HARTLEPOOL,
    comparatorPeriod: '',
    today: TODAY,
    measures: dataset.catalogue.measures,
    areas: dataset.areas.areas,
    dfeMeasureMap: dataset.dfeMeasureMap,
    breakdownCatalogue: dataset.breakdownCatalogue,
    dfeBreakdownMap: dataset.dfeBreakdownMap,
    base,
    homes,
  };
}

/** The pipeline with a store of its own, and a way to send a message and collect every reply. */
export async function setUp(factory = new IDBFactory()) {
  const opened: OpenResult = await openVersionStore(factory);
  if (!opened.ok) throw new Error(opened.reason);
  const pipeline = createImportPipeline({ openStore: () => openVersionStore(factory) });
  const send = async (message: ToWorker) => {
    const replies: FromWorker[] = [];
    await pipeline.handle(message, (reply) => replies.push(reply));
    return replies;
  };
  return { store: opened.store, send };
}

export function outcomeOf(replies: FromWorker[]): CheckOutcome {
  const last = replies.at(-1);
  if (last?.type !== 'checked') throw new Error(`expected a checked reply, got ${JSON.stringify(last)}`);
  return last.outcome;
}

export async function latestFigures(store: VersionStore) {
  const latest = await store.latest();
  return latest ? (await store.loadObservations(latest.id)).value : [];
}
