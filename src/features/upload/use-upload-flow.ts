import type { RuleId } from '../../domain/readers/rule-id';
import { useQueryClient } from '@tanstack/react-query';
import { saveFile } from '../../adapters/download';
import { baseFigures } from '../../shared/base-figures';
import type { CurrentData } from '../../shared/use-dataset';
import { followSave } from '../../shared/follow-save';
import { useWorkerFlow } from '../../shared/use-worker-flow';
import { CancelledError } from '../../shared/worker-requests';
import { ImportClient, type ImportWorker } from './import-client';
import { initialUploadFlow, uploadFlow } from './upload-flow';
import { problemsFileName } from './upload-report';
import { todayIso } from '../../domain/text/dates';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function checkFailure(fileName: string, error: unknown): string {
  return error instanceof DOMException
    ? `${fileName} could not be read: it may have been moved or changed since it was chosen. Choose it again.`
    : messageOf(error);
}

/**
 * The upload flow (upload-flow.ts) with its work done: reading the file, the worker's check and
 * save, the problems download. Each handler sends an event and acts on where the flow then is, so
 * a check or save starts only when the reducer has let it, and an answer that arrives after the
 * officer moved on is dropped by the reducer rather than shown.
 */
export function useUploadFlow(current: CurrentData, createWorker: () => ImportWorker) {
  const queryClient = useQueryClient();
  const { flow, send, now, worker, started } = useWorkerFlow(
    () => initialUploadFlow(current.dataset.manifest.homeArea),
    uploadFlow,
    () => new ImportClient(createWorker),
  );
  const progressOf = (attempt: number) => (stage: string, fraction: number) =>
    send({ type: 'progress', attempt, stage, fraction });

  const check = async (file: File | null) => {
    const next = send({ type: 'check', file: file && { name: file.name, size: file.size } });
    if (!file || next.phase.step !== 'checking') return;
    const { attempt, areaCode } = next;
    const comparatorPeriod = next.comparatorAsk ? next.comparatorPeriod.trim() : '';
    try {
      // Read asynchronously by the browser, then transferred to the worker, not copied.
      const bytes = await file.arrayBuffer();
      if (now().attempt !== attempt) return;
      const { checkId, outcome } = await worker().check(
        {
          fileName: file.name,
          bytes,
          areaCode,
          comparatorPeriod,
          today: todayIso(),
          measures: current.published.catalogue.measures,
          areas: current.published.areas.areas,
          dfeMeasureMap: current.published.dfeMeasureMap,
          breakdownCatalogue: current.published.breakdownCatalogue,
          dfeBreakdownMap: current.published.dfeBreakdownMap,
          dataUrl: new URL('data/', document.baseURI).href,
          base: baseFigures(current),
          homes: current.homes,
        },
        progressOf(attempt),
      );
      send({ type: 'checked', attempt, checkId, outcome }, { asTransition: outcome.preview !== null });
    } catch (error) {
      if (error instanceof CancelledError) return;
      send({ type: 'check-failed', attempt, message: checkFailure(file.name, error) });
    }
  };

  const save = (name: string) => {
    const next = send({ type: 'save', name });
    if (next.phase.step !== 'saving') return;
    const { attempt } = next;
    followSave(
      worker().save(next.phase.review.checkId, next.phase.name, progressOf(attempt)),
      attempt,
      send,
      queryClient,
    );
  };

  /** Every problem of a checked file as a CSV download; null when there is no check to ask (refused by size). */
  const downloadProblems = (checkId: number | null, fileName: string) =>
    checkId === null
      ? null
      : () => {
          worker()
            .problemsCsv(checkId)
            .then((csv) => saveFile(problemsFileName(fileName), csv, 'text/csv;charset=utf-8'))
            .catch((error: unknown) => {
              if (!(error instanceof CancelledError)) send({ type: 'download-failed', message: messageOf(error) });
            });
        };

  return {
    flow,
    check,
    save,
    downloadProblems,
    chooseArea: (areaCode: string) => send({ type: 'choose-area', areaCode }),
    chooseComparatorPeriod: (text: string) => send({ type: 'choose-comparator-period', text }),
    acknowledge: (rule: RuleId, checked: boolean) => send({ type: 'acknowledge', rule, checked }),
    /** Back to an empty form; a check still running is stopped. */
    startAgain: (reason: 'cancelled' | 'another') => {
      const next = send({ type: 'start-again', reason });
      if (next.phase.step === 'choosing') started()?.cancelChecks();
    },
  };
}
