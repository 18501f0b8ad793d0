import { slug } from '../../domain/text/slug';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { saveFile } from '../../adapters/download';
import { commentaryToCsv, dataPack, homesToCsv, observationsToCsv } from '../../adapters/export';
import type { VersionMeta, VersionStore } from '../../adapters/version-store';
import { MAX_VERSION_NAME_LENGTH, checkVersionName } from '../../domain/versions/version-name';
import { todayIso } from '../../domain/text/dates';
import { formatNumber } from '../../domain/text/figures';
import { countOf } from '../../domain/text/plural';
import { ErrorSummary } from '../../shared/ErrorSummary';
import { Field } from '../../shared/form/Field';
import { useCommentary } from '../../shared/use-commentary';
import { CURRENT_DATA_QUERY_KEY, chooseFigures, type CurrentData } from '../../shared/use-dataset';
import { FiguresChoice } from './FiguresChoice';
import { formatSavedAt, kindLabel, restoreNameFor } from './history-view';
import { TableScroll } from '../../shared/TableScroll';

/** Under the current data's key, so whatever refreshes the figures on screen (a save, a restore) refreshes this list too. */
export const VERSIONS_QUERY_KEY = [...CURRENT_DATA_QUERY_KEY, 'versions'] as const;

/**
 * Saved versions (/history): every version newest first, restoring an older one as a new version
 * after an in-page confirm step, and downloads of the figures on screen. Works read-only, with the
 * downloads alone, when the browser will not keep data.
 */
export default function HistoryPage({ current }: { current: CurrentData }) {
  useEffect(() => {
    document.title = 'Saved versions – Performance scorecard';
  }, []);
  return (
    <>
      <h1>Saved versions</h1>
      {current.storage.ok ? (
        <>
          <p className="lead">
            Every upload and every restore saved in this browser, newest first. Nothing is overwritten or deleted:
            restoring an older version saves a new version with the same figures.
          </p>
          <FiguresChoice current={current} />
          <VersionHistory store={current.storage.store} shown={current.version} />
        </>
      ) : (
        <div className="notice history-read-only">
          <p>
            <strong>Saved versions are not available in this browser.</strong> {current.storage.reason}
          </p>
          <p>The scorecard shows the published figures. You can still download them below.</p>
        </div>
      )}
      <Downloads current={current} />
    </>
  );
}

function VersionHistory({ store, shown }: { store: VersionStore; shown: VersionMeta | null }) {
  const versions = useQuery({ queryKey: VERSIONS_QUERY_KEY, queryFn: () => store.listVersions(), retry: false });
  const [confirming, setConfirming] = useState<VersionMeta | null>(null);
  const [announcement, setAnnouncement] = useState({ text: '', id: 0 });
  const statusBox = useRef<HTMLDivElement>(null);
  const restoreButtons = useRef(new Map<number, HTMLButtonElement>());

  useEffect(() => {
    if (announcement.id > 0) statusBox.current?.focus();
  }, [announcement]);

  if (versions.isPending) {
    return (
      <p role="status" className="loading">
        Loading the saved versions…
      </p>
    );
  }
  if (versions.isError) {
    return (
      <p className="notice history-read-only" role="alert">
        {versions.error.message}
      </p>
    );
  }
  const list = versions.data;
  const newest = list[0];

  const openConfirm = (version: VersionMeta) => {
    setAnnouncement((previous) => ({ text: '', id: previous.id }));
    setConfirming(version);
  };
  const cancel = () => {
    const id = confirming?.id;
    setConfirming(null);
    if (id !== undefined) restoreButtons.current.get(id)?.focus();
  };
  const restored = (from: VersionMeta, to: VersionMeta) => {
    setConfirming(null);
    setAnnouncement((previous) => ({ text: `Version ${from.id} restored as version ${to.id}`, id: previous.id + 1 }));
  };

  return (
    <>
      <div className={announcement.text ? 'history-status' : undefined} role="status" tabIndex={-1} ref={statusBox}>
        {announcement.text ? (
          <p>
            <strong>{announcement.text}.</strong> It is now the latest version and the scorecard shows it. Nothing was
            deleted.
          </p>
        ) : null}
      </div>
      {list.length === 0 ? (
        <p className="notice">
          No versions have been saved in this browser yet, so the scorecard shows the published figures.{' '}
          <Link href="/upload">Upload figures</Link> to save the first version.
        </p>
      ) : (
        <>
          {shown === null ? (
            <p className="notice">None of these versions is on screen: the scorecard shows the published figures.</p>
          ) : null}
          <TableScroll labelledBy="history-caption">
            <table className="history-table">
              <caption id="history-caption">Saved versions, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Name</th>
                  <th scope="col">Saved</th>
                  <th scope="col">File</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="history-number">
                    New
                  </th>
                  <th scope="col" className="history-number">
                    Changed
                  </th>
                  <th scope="col" className="history-number">
                    Unchanged
                  </th>
                  <th scope="col" className="history-number">
                    Total figures
                  </th>
                  <th scope="col">On screen</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {list.map((version) => (
                  <tr key={version.id} className={version.id === shown?.id ? 'history-shown' : undefined}>
                    <td>{version.id}</td>
                    <th scope="row" className="history-name">
                      {version.name}
                    </th>
                    <td>
                      <time dateTime={version.createdAt}>{formatSavedAt(version.createdAt)}</time>
                    </td>
                    <td className="history-file">{version.fileName}</td>
                    <td>{kindLabel(version)}</td>
                    <td className="history-number">{formatNumber(version.counts.added, 0)}</td>
                    <td className="history-number">{formatNumber(version.counts.changed, 0)}</td>
                    <td className="history-number">{formatNumber(version.counts.unchanged, 0)}</td>
                    <td className="history-number">{formatNumber(version.counts.total, 0)}</td>
                    <td>{version.id === shown?.id ? <strong>Shown now</strong> : null}</td>
                    <td>
                      {version.id === newest?.id ? null : (
                        <button
                          type="button"
                          className="button-secondary"
                          aria-expanded={confirming?.id === version.id}
                          ref={(element) => {
                            if (element) restoreButtons.current.set(version.id, element);
                            else restoreButtons.current.delete(version.id);
                          }}
                          onClick={() => openConfirm(version)}
                        >
                          Restore <span className="visually-hidden">version {version.id}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      {confirming ? (
        <ConfirmRestore
          key={confirming.id}
          store={store}
          version={confirming}
          onCancel={cancel}
          onRestored={restored}
        />
      ) : null}
    </>
  );
}

interface ConfirmRestoreProps {
  store: VersionStore;
  version: VersionMeta;
  onCancel: () => void;
  onRestored: (from: VersionMeta, to: VersionMeta) => void;
}

/** The confirm step of a restore, in the page: what restoring does, the new version's name, Restore or Cancel. */
function ConfirmRestore({ store, version, onCancel, onRestored }: ConfirmRestoreProps) {
  const queryClient = useQueryClient();
  const ids = useId();
  const [name, setName] = useState(() => restoreNameFor(version));
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ reason: string; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkVersionName(name);
    if (!checked.ok) {
      setNameError(checked.reason);
      input.current?.focus();
      return;
    }
    setNameError(null);
    setFailure(null);
    setBusy(true);
    const result = await store.restoreVersion(version.id, checked.name);
    if (!result.ok) {
      setBusy(false);
      setFailure((previous) => ({ reason: result.reason, attempt: (previous?.attempt ?? 0) + 1 }));
      return;
    }
    // The new version is the latest and is shown: every screen, this list included, reads it again.
    chooseFigures('latest');
    await queryClient.invalidateQueries({ queryKey: CURRENT_DATA_QUERY_KEY });
    onRestored(version, result.version);
  };

  return (
    <section className="history-confirm" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} tabIndex={-1} ref={heading}>
        Restore version {version.id}, “{version.name}”?
      </h2>
      <p>
        Restoring saves a <strong>new version</strong> that is an exact copy of the figures in version {version.id}, and
        the scorecard then shows it. Nothing is deleted: every version, including the one shown now, stays in this list,
        so you can go back by restoring again.
      </p>
      {failure ? (
        <ErrorSummary
          key={failure.attempt}
          title="The version was not restored"
          problems={[{ severity: 'error', rule: 'restore_failed', message: failure.reason }]}
        />
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label="Name of the new version"
          hint={`Up to ${MAX_VERSION_NAME_LENGTH} characters, so you can tell the versions apart.`}
          error={nameError}
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              type="text"
              className="text-input"
              autoComplete="off"
              spellCheck
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <div className="history-buttons">
          <button type="submit" className="history-button-primary" aria-disabled={busy || undefined}>
            {busy ? 'Restoring…' : 'Restore'}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

/** The figures on screen as files: observations CSV, JSON data pack and commentary; blank templates are on Upload figures. */
function Downloads({ current }: { current: CurrentData }) {
  const { dataset, version } = current;
  const today = () => todayIso();
  const commentary = useCommentary().data?.notes ?? [];

  const downloads = [
    {
      label: 'Figures on screen (CSV)',
      about: 'Every figure, in the observations format: opens in Excel, and uploads again as the same figures.',
      save: () =>
        saveFile(`scorecard-figures-${today()}.csv`, observationsToCsv(dataset.observations), 'text/csv;charset=utf-8'),
    },
    {
      label: 'Data pack (JSON)',
      about:
        'Every figure and breakdown with the measure catalogue, which version it is and the commentary: the file to publish for panel members.',
      save: () =>
        saveFile(
          `scorecard-data-pack-${today()}.json`,
          dataPack({
            catalogue: dataset.catalogue,
            observations: dataset.observations,
            version,
            commentary,
            breakdowns: dataset.breakdowns,
            homes: current.homes,
          }),
          'application/json;charset=utf-8',
        ),
    },
    ...current.homes.map((table) => {
      const name = dataset.areas.find(table.areaCode)?.name ?? table.areaCode;
      return {
        label: `${name}’s children’s homes (CSV)`,
        about: `The table of the council’s own homes on screen (${countOf(table.homes.length, 'home')}, from ${table.fileName}), in the layout the upload page reads back as the same homes.`,
        save: () =>
          saveFile(`${slug(`${name} childrens homes`)}-${today()}.csv`, homesToCsv(table), 'text/csv;charset=utf-8'),
      };
    }),
    {
      label: 'Commentary (CSV)',
      about: `The officers’ “What the data tells us” notes kept in this browser (${countOf(commentary.length, 'note')}), by measure, area and period. They are also in the data pack.`,
      save: () =>
        saveFile(
          `scorecard-commentary-${today()}.csv`,
          commentaryToCsv(commentary, dataset.catalogue),
          'text/csv;charset=utf-8',
        ),
    },
  ];

  return (
    <section className="history-downloads" aria-labelledby="history-downloads-heading">
      <h2 id="history-downloads-heading">Download the data</h2>
      <p>
        The figures on screen now:{' '}
        {version ? `saved version ${version.id}, “${version.name}”` : 'the published figures'} (
        {countOf(dataset.observations.length, 'figure')}). Nothing is sent anywhere: each file is saved by your browser.
        Blank templates to fill in are on <Link href="/upload">the upload page</Link>.
      </p>
      <ul className="history-download-list">
        {downloads.map((download) => (
          <li key={download.label}>
            <button type="button" className="button-secondary" onClick={download.save}>
              {download.label}
            </button>
            <span className="history-download-about">{download.about}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
