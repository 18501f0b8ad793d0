import { useQueryClient } from '@tanstack/react-query';
import { saveFile } from '../../adapters/download';
import { baseFigures } from '../../shared/base-figures';
import type { CurrentData } from '../../shared/use-dataset';
import { followSave } from '../../shared/follow-save';
import { useWorkerFlow } from '../../shared/use-worker-flow';
import { CancelledError } from '../../shared/worker-requests';
import { ReturnClient, type ReturnWorker } from './return-client';
import { initialReturnFlow, returnFlow } from './return-flow';
import type { ReturnDownload } from './return-protocol';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The 903 return flow (return-flow.ts) with its work done: the worker's computation (it reads the
 * files), save and downloads. Each handler sends an event and acts on where the flow then is;
 * an answer that arrives after the officer moved on is dropped by the reducer.
 */
export function useReturnFlow(current: CurrentData, createWorker: () => ReturnWorker) {
  const queryClient = useQueryClient();
  // Leaving the page stops the worker, and with it goes everything it held.
  const { flow, send, now, worker, started } = useWorkerFlow(
    () => initialReturnFlow(current.dataset.manifest.homeArea),
    returnFlow,
    () => new ReturnClient(createWorker),
  );
  const progressOf = (attempt: number) => (stage: string, fraction: number) =>
    send({ type: 'progress', attempt, stage, fraction });

  const compute = async (files: readonly File[], asAtText: string) => {
    const next = send({ type: 'compute', files: files.map(({ name, size }) => ({ name, size })), asAt: asAtText });
    if (next.phase.step !== 'computing') return;
    const { attempt, areaCode } = next;
    const asAt = next.phase.asAt;
    try {
      // The File handles go to the worker, which reads them: the records are never read on this thread.
      const { computeId, outcome } = await worker().compute(
        {
          files: files.map((file) => ({ name: file.name, file })),
          areaCode,
          asAt,
          dataUrl: new URL('data/', document.baseURI).href,
          measures: current.published.catalogue.measures,
          areas: current.published.areas.areas,
          base: baseFigures(current),
          homes: current.homes,
        },
        progressOf(attempt),
      );
      send({ type: 'computed', attempt, computeId, outcome }, { asTransition: true });
    } catch (error) {
      if (error instanceof CancelledError) return;
      send({ type: 'compute-failed', attempt, message: messageOf(error) });
    }
  };

  const save = (name: string) => {
    const next = send({ type: 'save', name });
    if (next.phase.step !== 'saving') return;
    const { attempt } = next;
    followSave(
      worker().save(next.phase.review.computeId, next.phase.name, progressOf(attempt)),
      attempt,
      send,
      queryClient,
    );
  };

  const download = (computeId: number, file: ReturnDownload) => {
    worker()
      .download(computeId, file, file !== 'quality' && now().suppress)
      .then(({ fileName, csv }) => saveFile(fileName, csv, 'text/csv;charset=utf-8'))
      .catch((error: unknown) => {
        if (!(error instanceof CancelledError)) send({ type: 'download-failed', message: messageOf(error) });
      });
  };

  return {
    flow,
    compute,
    save,
    download,
    chooseArea: (areaCode: string) => send({ type: 'choose-area', areaCode }),
    acknowledge: (checked: boolean) => send({ type: 'acknowledge', checked }),
    suppress: (checked: boolean) => send({ type: 'suppress', checked }),
    /** Stop the computation under way: the worker, and every record it had read, goes. */
    cancel: () => {
      const next = send({ type: 'cancel' });
      if (next.phase.step === 'choosing') started()?.stopUnlessSaving();
    },
    /** Back to an empty form: the worker, and every figure and record it held, goes. */
    startAgain: () => {
      const next = send({ type: 'start-again' });
      if (next.phase.step === 'choosing') started()?.stopUnlessSaving();
    },
  };
}
