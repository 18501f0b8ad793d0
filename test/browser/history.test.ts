/**
 * The Saved versions page in Chromium: versions seeded straight into the browser's IndexedDB with
 * the records src/adapters/version-store.ts writes, a restore by keyboard, the downloads (read back
 * from disk), publishing a downloaded data pack as the data folder, and axe-core on every state.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDataPack } from '../../src/adapters/data-pack';
import { VERSION_DATABASE, VERSION_DATABASE_VERSION, type VersionMeta } from '../../src/adapters/version-store';
import { applyIncoming } from '../../src/domain/observations/diff';
import { toStoredRow, type StoredObservation } from '../../src/domain/observations/stored-rows';
import { figure } from '../unit/builders/observation';
import { loadSampleDataset } from '../unit/sample-dataset';
import { checkAccessibility, launchBrowser, openPage, tabTo, type TestPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const FORMULA_NOTE = '=HYPERLINK("http://example.com","click")';
const NEUTRALISED_NOTE = `"'=HYPERLINK(""http://example.com"",""click"")"`;
const sample = loadSampleDataset().observations;
const total = sample.length;
const q2 = (value: number, numerator: number) =>
  figure('cla_rate', '2021/22 Q2', value, { numerator, note: FORMULA_NOTE, source: { file: 'q2.csv', row: 2 } });
const firstFigures = applyIncoming(sample, [q2(90, 912)]).map(toStoredRow);
const secondFigures = applyIncoming(sample, [q2(95, 960)]).map(toStoredRow);

const FIRST_NAME = 'Q2 figures <b>as sent</b>';
const versions: VersionMeta[] = [
  {
    id: 1,
    name: FIRST_NAME,
    createdAt: '2022-01-10T09:30:00.000Z',
    fileName: 'county-durham-2021-22-q2.csv',
    kind: 'upload',
    counts: { added: total, changed: 0, unchanged: 0, total },
  },
  {
    id: 2,
    name: 'Q2 revised',
    createdAt: '2022-01-11T14:05:00.000Z',
    fileName: 'q2-revised.csv',
    kind: 'upload',
    counts: { added: 0, changed: 1, unchanged: total - 1, total },
  },
];
const snapshots: { versionId: number; observations: StoredObservation[] }[] = [
  { versionId: 1, observations: firstFigures },
  { versionId: 2, observations: secondFigures },
];

async function open(path: string): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  return openPage(browser, path);
}

/**
 * Writes two versions into the page's IndexedDB exactly as the version store lays them out
 * (database scorecard-versions v1: `versions` keyed by id, `snapshots` keyed by versionId), then
 * reloads on `hash` so the app opens on the latest one, as it would after two uploads.
 */
async function seedVersions(page: TestPage, hash: string): Promise<void> {
  await page.evaluate(
    async ({ database, databaseVersion, versions, snapshots }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database, databaseVersion);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('versions', { keyPath: 'id', autoIncrement: true });
          request.result.createObjectStore('snapshots', { keyPath: 'versionId' });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['versions', 'snapshots'], 'readwrite');
        for (const version of versions) transaction.objectStore('versions').add(version);
        for (const snapshot of snapshots) transaction.objectStore('snapshots').put(snapshot);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(new Error(String(transaction.error)));
      });
      db.close();
    },
    { database: VERSION_DATABASE, databaseVersion: VERSION_DATABASE_VERSION, versions, snapshots },
  );
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.reload();
}

async function openWithVersions(hash: string): Promise<TestPage> {
  const page = await open('/');
  await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
  await seedVersions(page, hash);
  return page;
}

async function openHistory(page: TestPage): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Saved versions' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Download the data' }).waitFor();
}

function isFocused(locator: ReturnType<TestPage['locator']>): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** The Q2 2021/22 cell of the rate of children looked after: the figure the two versions disagree on. */
async function claRateQ2(page: TestPage): Promise<string> {
  const table = page.getByRole('table', { name: 'Performance scorecard' });
  await table.waitFor();
  const cells = await table
    .getByRole('row', { name: /Rate of children looked after/ })
    .getByRole('cell')
    .evaluateAll((found) => found.map((cell) => ((cell as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim()));
  // The latest figure, with its period: Q2 2021/22.
  return cells[0] ?? '';
}

/** Runs the command line as README says (`npx scorecard …`), through bin/scorecard.mjs. */
async function scorecardCommand(...args: string[]): Promise<{ code: number; stdout: string }> {
  const bin = path.resolve(import.meta.dirname, '../../bin/scorecard.mjs');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, ...args]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '' };
  }
}

async function download(page: TestPage, name: string): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { fileName: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('Saved versions page in Chromium', () => {
  test('restores the first version by keyboard: a new version, announced, shown on the scorecard and named in the banner', async () => {
    const page = await openWithVersions('#/');
    expect(await claRateQ2(page)).toMatch(/^95\.0 \(960 children\) Q2 2021\/22/);
    await expect(page.locator('.data-banner').first().innerText()).resolves.toContain(
      'Showing saved version Q2 revised',
    );

    await tabTo(page, page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Saved versions' }));
    await page.keyboard.press('Enter');
    await openHistory(page);
    const table = page.getByRole('table', { name: 'Saved versions, newest first' });
    await expect(table.getByRole('row').nth(1).innerText()).resolves.toMatch(
      /^2\s+Q2 revised\s+11 Jan 2022, \d\d:\d\d\s+q2-revised\.csv\s+Upload\s+0\s+1\s+276\s+277\s+Shown now/,
    );
    // The name is shown as typed, never as markup.
    await expect(table.getByRole('rowheader', { name: FIRST_NAME }).count()).resolves.toBe(1);
    await expect(table.locator('b').count()).resolves.toBe(0);

    await tabTo(page, page.getByRole('button', { name: 'Restore version 1' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('region', { name: `Restore version 1, “${FIRST_NAME}”?` });
    await confirm.waitFor();
    expect(await isFocused(confirm.getByRole('heading', { level: 2 }))).toBe(true);
    await page.keyboard.press('Tab');
    const name = confirm.getByRole('textbox', { name: 'Name of the new version' });
    expect(await isFocused(name)).toBe(true);
    await expect(name.inputValue()).resolves.toBe(`Restore of ${FIRST_NAME}`);
    await page.keyboard.press('Tab');
    expect(await isFocused(confirm.getByRole('button', { name: 'Restore', exact: true }))).toBe(true);
    await page.keyboard.press('Enter');

    const status = page.getByRole('status').filter({ hasText: 'Version 1 restored as version 3.' });
    await status.waitFor();
    expect(await isFocused(status)).toBe(true);
    await expect(confirm.count()).resolves.toBe(0);
    await expect(table.getByRole('row').nth(1).innerText()).resolves.toMatch(
      /^3\s+Restore of Q2 figures <b>as sent<\/b>\s+.*Restore of version 1\s+0\s+1\s+276\s+277\s+Shown now/,
    );
    await expect(page.locator('.data-banner').first().innerText()).resolves.toContain(
      `Showing saved version Restore of ${FIRST_NAME}`,
    );

    await tabTo(page, page.getByRole('link', { name: 'Scorecard', exact: true }), 120);
    await page.keyboard.press('Enter');
    expect(await claRateQ2(page)).toMatch(/^90\.0 \(912 children\)/);

    // It is saved: a reload opens on the restored version.
    await page.reload();
    expect(await claRateQ2(page)).toMatch(/^90\.0 \(912 children\)/);
    await expect(page.locator('.data-banner').first().innerText()).resolves.toContain(
      `Showing saved version Restore of ${FIRST_NAME}`,
    );
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('downloads the figures on screen as CSV with formulas neutralised and a data pack; the blank templates are on Upload figures', async () => {
    const page = await openWithVersions('#/history');
    await openHistory(page);

    const csv = await download(page, 'Figures on screen (CSV)');
    expect(csv.fileName).toMatch(/^scorecard-figures-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFmeasure,area,period,value,numerator,denominator,status,note');
    expect(lines).toContain(`cla_rate,E06000047,2021/22 Q2,95,960,,,${NEUTRALISED_NOTE}`);
    expect(lines.filter((line) => line.includes('=HYPERLINK')).every((line) => line.includes(NEUTRALISED_NOTE))).toBe(
      true,
    );
    expect(lines).toHaveLength(total + 2);
    // README: the downloaded CSV checks clean with `npx scorecard validate`.
    const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-history-'));
    try {
      const file = path.join(folder, csv.fileName);
      await writeFile(file, csv.text);
      const validated = await scorecardCommand('validate', file);
      expect(validated.stdout).toContain(`${total} observations, no errors`);
      expect(validated.code).toBe(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }

    const pack = await download(page, 'Data pack (JSON)');
    expect(pack.fileName).toMatch(/^scorecard-data-pack-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(pack.text)).toMatchObject({
      format: 'scorecard-data-pack',
      formatVersion: 1,
      version: { id: 2, name: 'Q2 revised' },
    });
    const read = readDataPack(pack.text, pack.fileName);
    expect(read.problems).toEqual([]);
    expect(
      read.value?.observations.find(
        (observation) =>
          observation.measureId === 'cla_rate' &&
          observation.period.label === '2021/22 Q2' &&
          observation.areaCode === 'E06000047',
      ),
    ).toMatchObject({ value: 95, note: FORMULA_NOTE });

    // The templates moved to Upload figures, where the officer uploads (issue 13).
    await page.goto(new URL('/#/upload', page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
    const observations = await download(page, 'Observations template (CSV)');
    expect(observations.fileName).toBe('scorecard-template-observations.csv');
    expect(observations.text.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFmeasure,area,period,value,numerator,denominator,status,note',
      'cla_rate,,,,,,,',
    ]);

    // A column for the quarter after the newest one held, the one being added.
    const scorecard = await download(page, 'Scorecard template (CSV)');
    expect(scorecard.fileName).toBe('scorecard-template-scorecard-q3-2021-22.csv');
    expect(scorecard.text.split('\r\n')[0]).toBe(
      '\uFEFFMeasure,2018/19,2019/20,2020/21,Q1 2021/22,Q2 2021/22,Q3 2021/22,England,North East,Stat Neighbour',
    );
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('a downloaded data pack, published as the data folder, is what panel members see', async () => {
    const officer = await openWithVersions('#/history');
    await openHistory(officer);
    const pack = await download(officer, 'Data pack (JSON)');
    await officer.context().close();

    // A panel member's browser: no saved versions, and a web server whose data/ folder now lists the pack.
    const manifest = JSON.parse(await readFile(new URL('../../data/manifest.json', import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
    const reader = await open('/');
    // Routes stand in for copying the file into the published data/ folder and listing it in manifest.json.
    await reader.context().route('**/data/manifest.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ...manifest, observations: [`observations/${pack.fileName}`] }),
      }),
    );
    await reader
      .context()
      .route(`**/data/observations/${pack.fileName}`, (route) =>
        route.fulfill({ contentType: 'application/json', body: pack.text }),
      );
    await reader.reload();
    expect(await claRateQ2(reader)).toMatch(/^95\.0 \(960 children\) Q2 2021\/22/);
    await expect(reader.locator('.data-banner').count()).resolves.toBe(0);
    expect(reader.errors).toEqual([]);
    await reader.context().close();
  });

  test('has no accessibility violations with versions, with the confirm step open, and with a restore announced', async () => {
    const page = await openWithVersions('#/history');
    await openHistory(page);
    await page.getByRole('table', { name: 'Saved versions, newest first' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await page.getByRole('region', { name: /Restore version 1/ }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Name of the new version' }).fill('');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('Give this version a name').waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Name of the new version' }).fill('Back to the first figures');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Version 1 restored as version 3.' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('has no accessibility violations with no versions, and links to the upload page', async () => {
    const page = await open('/#/history');
    await openHistory(page);
    await page.getByText('No versions have been saved in this browser yet').waitFor();
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Upload figures' }).getAttribute('href'),
    ).resolves.toBe('#/upload');
    expect(await checkAccessibility(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
