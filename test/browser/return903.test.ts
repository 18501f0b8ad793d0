/**
 * The 903 return page in Chromium: a generated return (written to a temporary folder and chosen
 * with the real file chooser) to a saved quarter's scorecard by keyboard alone, axe-core on each
 * state, then every IndexedDB database and store and every download searched for the return's
 * children (identifiers, dates of birth, postcodes): none may be there. And the main thread's
 * longest task while a large council's five-year extract is worked out in the worker (logged, as
 * no test asserts a time).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCsvText } from '../../src/adapters/csv';
import { childLevelIn, childLevelOf } from '../ssda903/child-level';
import { generateReturn, type GeneratedReturn } from '../ssda903/generate';
import {
  checkAccessibility,
  chooseFileByKeyboard,
  launchBrowser,
  openPage,
  startResponsiveness,
  tabTo,
  takeResponsiveness,
  type TestPage,
} from './browser';

let browser: Browser | undefined;
let scratch = '';

beforeAll(async () => {
  browser = await launchBrowser();
  scratch = await mkdtemp(path.join(tmpdir(), 'scorecard-903-'));
});

afterAll(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The generated files on disk, as a council's export folder; returns their paths. */
async function writeReturn(generated: GeneratedReturn, folder: string): Promise<string[]> {
  await rm(path.join(scratch, folder), { recursive: true, force: true });
  const { mkdir } = await import('node:fs/promises');
  await mkdir(path.join(scratch, folder));
  const paths: string[] = [];
  for (const file of generated.files) {
    const where = path.join(scratch, folder, file.name);
    await writeFile(where, file.text);
    paths.push(where);
  }
  return paths;
}

/**
 * Runs in the page before the app: keeps, as JSON, every message the page and its workers exchange
 * (a File handle as its name: its bytes are never in a message) and every line written to the
 * console, so a test can search all that reached the page's thread.
 */
function recordMessages(): void {
  const seen: string[] = [];
  (window as unknown as { __seen: string[] }).__seen = seen;
  const text = (data: unknown) =>
    JSON.stringify(data, (_key, value: unknown) =>
      value instanceof Blob ? `[file ${String(value.size)} bytes]` : value,
    );
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event) => seen.push(`from worker: ${text(event.data)}`));
    }
  };
  const post = Native.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
  Native.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    seen.push(`to worker: ${text(message)}`);
    post.call(this, message, ...rest);
  };
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const native = console[level].bind(console);
    console[level] = (...parts: unknown[]) => {
      seen.push(`console.${level}: ${parts.map((part) => String(part)).join(' ')}`);
      native(...parts);
    };
  }
}

async function openReturnPage(): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  const page = await openPage(browser, '/#/903-return');
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(): the page has none.
  await page.addInitScript({ content: `var __name = (target) => target;\n(${recordMessages.toString()})()` });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Figures from the 903 return' }).waitFor();
  return page;
}

/** Every message between the page and its workers, and every console line, since the page was opened. */
const seenByPage = (page: TestPage) =>
  page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'));

const reviewHeading = (page: TestPage) => page.getByRole('heading', { name: 'Check the figures before saving' });
const isFocused = (page: TestPage, name: string) =>
  page.getByRole('heading', { name }).evaluate((element) => element === document.activeElement);

async function download(page: TestPage, name: string): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { fileName: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Every record of every object store of every IndexedDB database of the page's origin, as JSON. */
function everyDatabase(page: TestPage): Promise<string> {
  return page.evaluate(async () => {
    const dump: Record<string, Record<string, unknown[]>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      dump[name] = {};
      for (const store of [...database.objectStoreNames]) {
        dump[name][store] = await new Promise<unknown[]>((resolve, reject) => {
          const request = database.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
      }
      database.close();
    }
    return JSON.stringify(dump);
  });
}

/**
 * The days of the published table of the council's children's homes (data/homes/): public Ofsted
 * inspection days, which the page holds and every save carries into its version. A generated
 * child's birthday can fall on one, so such a day cannot tell a child and is not searched for.
 */
async function publishedHomeDays(): Promise<Set<string>> {
  const text = await readFile(
    path.resolve(import.meta.dirname, '../../data/homes/county-durham-2016-06-08.csv'),
    'utf8',
  );
  const days = new Set<string>();
  for (const [, day, month, year] of text.matchAll(/\b(\d{2})\.(\d{2})\.(\d{2}(?:\d{2})?)\b/g))
    days.add(`${day ?? ''}/${month ?? ''}/${(year ?? '').length === 2 ? `20${year ?? ''}` : (year ?? '')}`);
  return days;
}

describe('the 903 return page in Chromium', () => {
  test(
    'goes from a generated return to a saved quarter’s scorecard and its breakdown pages by keyboard; nothing about a child is in IndexedDB or any download',
    { timeout: 180_000 },
    async () => {
      // Two years to 31 March 2022, with records breaking four of the data-quality rules.
      const generated = generateReturn({
        seed: 16,
        children: 300,
        years: 2,
        lastYear: 2022,
        faults: { overlap: 2, invalid_code: 3, dob_mismatch: 1, oc3_wrong_age: 1 },
      });
      const files = await writeReturn(generated, 'journey');
      const notes = path.join(scratch, 'notes.csv');
      await writeFile(notes, 'colour,size\r\nred,3\r\n');
      const page = await openReturnPage();
      await expect(checkAccessibility(page)).resolves.toEqual([]);
      const work = page.getByRole('button', { name: 'Work out the figures' });

      // Nothing chosen: the error summary, focused, links to the fields.
      await tabTo(page, work);
      await page.keyboard.press('Enter');
      const summary = page.getByRole('alert');
      await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await expect(summary.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
      await expect(checkAccessibility(page)).resolves.toEqual([]);

      // A file that is not a 903 table: named, with what to do, and nothing worked out.
      const input = page.getByLabel('Choose the files of the return');
      const asAt = page.getByRole('textbox', { name: 'Date of the figures' });
      await chooseFileByKeyboard(page, input, [...files, notes]);
      await tabTo(page, asAt);
      await page.keyboard.type('30/09/2021');
      await tabTo(page, work);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'The files could not be read as a 903 return' }).waitFor();
      await expect(page.getByText(/^notes\.csv is not one of the 903 tables/).count()).resolves.toBe(1);
      await expect(checkAccessibility(page)).resolves.toEqual([]);

      await chooseFileByKeyboard(page, input, files);
      await expect(page.getByText(`${files.length} files chosen:`).count()).resolves.toBe(1);
      const area = page.getByRole('combobox', { name: 'Local authority the return is for' });
      await expect(area.inputValue()).resolves.toBe('E06000047');
      await tabTo(page, asAt);
      await page.keyboard.type('30/09/2021');
      await tabTo(page, work);
      await page.keyboard.press('Enter');

      await reviewHeading(page).waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => document.activeElement?.textContent === 'Check the figures before saving');
      await expect(page.getByText(/checks found records to correct/).count()).resolves.toBe(1);
      await expect(page.getByRole('table', { name: 'Figures at 30/09/2021' }).count()).resolves.toBe(1);
      await expect(page.getByRole('table', { name: /^Placement mix: / }).count()).resolves.toBe(1);
      // Every rule's first records, opened as an officer would read them.
      for (const summary of await page.locator('.quality-findings summary').all()) await summary.click();
      await expect(checkAccessibility(page)).resolves.toEqual([]);
      const shown = await page.locator('body').innerText();

      const downloads = [await download(page, 'Download the data-quality report (CSV)')];
      downloads.push(await download(page, 'Download the figures (CSV)'));
      downloads.push(await download(page, 'Download the breakdowns (CSV)'));
      expect(downloads.map((file) => file.fileName)).toEqual([
        '903-data-quality-2021-09-30.csv',
        '903-figures-2021-09-30-for-publication.csv',
        '903-breakdowns-2021-09-30-for-publication.csv',
      ]);
      await page.getByRole('checkbox', { name: /Suppress small numbers/ }).uncheck();
      const exact = await download(page, 'Download the figures (CSV)');
      downloads.push(exact, await download(page, 'Download the breakdowns (CSV)'));
      expect(downloads[1]?.text).toMatch(/,suppressed,/);

      await tabTo(page, page.getByRole('checkbox', { name: /I have read the data-quality report/ }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('textbox', { name: 'Name this version' }));
      await page.keyboard.type('903 return at 30 September 2021');
      await tabTo(page, page.getByRole('button', { name: 'Save as a new version' }));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Figures saved' }).waitFor({ timeout: 60_000 });
      await expect(isFocused(page, 'Figures saved')).resolves.toBe(true);
      await expect(checkAccessibility(page)).resolves.toEqual([]);

      const count = readCsvText('figures.csv', exact.text).value.records.find(
        ({ cells }) => cells.measure === 'cla_count' && cells.period === '2021/22 Q2',
      )?.cells.value;
      expect(Number(count)).toBeGreaterThan(0);
      await tabTo(page, page.getByRole('link', { name: 'See County Durham’s scorecard for 2021/22 Q2' }));
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
      // Its figure follows the title at once: issue 13's titles spell out (CLA) in the measures after it.
      const row = page.getByRole('row', { name: /^Number of children looked after \d/ });
      await expect(row.textContent()).resolves.toContain(Number(count).toLocaleString('en-GB'));
      await expect(checkAccessibility(page)).resolves.toEqual([]);

      // The breakdowns are saved with the version and fill the pages the scorecard's chart rows open:
      // age and length of time in care comes only from the return.
      const stored = await everyDatabase(page);
      expect(stored).toContain('"breakdown":"cla_placement_mix"');
      await tabTo(page, page.getByRole('link', { name: /^See chart 1 ?: Age and length of time in care$/ }), 120);
      await page.keyboard.press('Enter');
      const ageTable = page.getByRole('table', { name: /^Age and length of time in care, County Durham: number/ });
      await ageTable.waitFor();
      await expect(ageTable.getByRole('columnheader', { name: '2021/22 Q2', exact: true }).count()).resolves.toBe(1);
      await expect(ageTable.getByRole('row').count()).resolves.toBeGreaterThan(3);
      // The basis every figure of a column shares is said once, under the table, not in each cell.
      const columnNotes = page.getByRole('list', { name: 'Notes on each column' });
      await expect(columnNotes.getByText(/^2021\/22 Q2: At 30\/09\/2021\./).count()).resolves.toBe(1);
      await expect(ageTable.getByText(/At 30\/09\/2021\./).count()).resolves.toBe(0);
      await expect(checkAccessibility(page)).resolves.toEqual([]);

      await page.goto(new URL('#/history', page.url()).href);
      await page.getByRole('heading', { name: 'Download the data' }).waitFor();
      for (const name of ['Figures on screen (CSV)', 'Data pack (JSON)']) downloads.push(await download(page, name));

      const generatedChildren = childLevelOf(generated.files);
      const homeDays = await publishedHomeDays();
      const childLevel = {
        ...generatedChildren,
        dates: new Set([...generatedChildren.dates].filter((date) => !homeDays.has(date))),
      };
      expect(childLevel.ids.size).toBeGreaterThan(300);
      // The version carries the council's published table of children's homes, as every save does.
      expect(stored).toContain('"fileName":"county-durham-2016-06-08.csv"');
      expect(childLevelIn(stored, childLevel)).toEqual([]);
      // All that reached the page's thread: the worker's answers and progress, and the console.
      const seen = await seenByPage(page);
      expect(seen).toMatch(/from worker: \{"type":"computed"/);
      expect(seen).toMatch(/to worker: \{"type":"compute".*\[file \d+ bytes\]/);
      expect(childLevelIn(seen, childLevel)).toEqual([]);
      // What the page shows (figures, the report's rows and columns, what to do) is all it holds.
      expect(childLevelIn(shown, childLevel)).toEqual([]);
      for (const file of downloads)
        expect([file.fileName, childLevelIn(file.text, childLevel)]).toEqual([file.fileName, []]);
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );

  test('takes the files dropped on the box, as if chosen', { timeout: 120_000 }, async () => {
    const generated = generateReturn({ seed: 3, children: 40, years: 1, lastYear: 2022 });
    const page = await openReturnPage();
    // What a drag from the file manager delivers: a DataTransfer holding the files.
    await page.locator('.drop-zone').evaluate((zone, files) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(new File([file.text], file.name, { type: 'text/csv' }));
      for (const type of ['dragover', 'drop'])
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, generated.files);
    await expect(page.getByText(`${generated.files.length} files chosen:`).count()).resolves.toBe(1);
    await expect(
      page.getByLabel('Choose the files of the return').evaluate((input: HTMLInputElement) => input.files?.length),
    ).resolves.toBe(generated.files.length);
    await page.getByRole('textbox', { name: 'Date of the figures' }).fill('31/03/2022');
    await page.getByRole('button', { name: 'Work out the figures' }).click();
    await reviewHeading(page).waitFor({ timeout: 60_000 });
    await expect(page.getByText(/^Worked out from \d+ files, with episodes for 40 children/).count()).resolves.toBe(1);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test(
    'works out a large council’s five-year extract in the worker, and reports the main thread’s longest task',
    { timeout: 300_000 },
    async () => {
      const generated = generateReturn({ seed: 16, children: 4000, years: 5, lastYear: 2024 });
      const files = await writeReturn(generated, 'large');
      const megabytes = (generated.files.reduce((total, file) => total + file.text.length, 0) / 1024 / 1024).toFixed(1);
      const page = await openReturnPage();
      const work = page.getByRole('button', { name: 'Work out the figures' });
      await page.getByLabel('Choose the files of the return').setInputFiles(files);
      await page.getByRole('textbox', { name: 'Date of the figures' }).fill('31/03/2024');

      // While the figures are worked out: the progress bar, axe-core, then Cancel by keyboard.
      await work.click();
      await page.getByRole('progressbar').waitFor();
      await expect(checkAccessibility(page)).resolves.toEqual([]);
      await tabTo(page, page.getByRole('button', { name: 'Cancel' }));
      await page.keyboard.press('Enter');
      await page.getByText(/^Cancelled: nothing was worked out or saved/).waitFor({ state: 'attached' });
      await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
      await expect(work.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(checkAccessibility(page)).resolves.toEqual([]);

      await startResponsiveness(page);
      const started = Date.now();
      await work.click();
      await reviewHeading(page).waitFor({ timeout: 240_000 });
      const workedOutIn = Date.now() - started;
      // Long tasks are reported a little after they end.
      await page.waitForTimeout(500);
      const record = await takeResponsiveness(page);
      const summary = await page.getByText(/^Worked out from/).textContent();
      console.log(
        `903 return of ${generated.children.toLocaleString('en-GB')} children, ${generated.episodes.toLocaleString('en-GB')} episodes (${generated.files.length} files, ${megabytes} MB): ` +
          `worked out and shown in ${workedOutIn} ms; longest main-thread task ${Math.round(record.longest)} ms (${record.longTasks} long tasks), ` +
          `longest gap between 50 ms timer ticks ${Math.round(record.longestGap)} ms; progress shown: ${record.progress.join(' → ')}.\n${summary ?? ''}`,
      );
      expect(summary).toMatch(/every measure at 20 quarter ends and 60 month ends/);
      expect(new Set(record.progress).size).toBeGreaterThan(3);
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );
});
