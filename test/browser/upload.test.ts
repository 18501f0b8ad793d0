/**
 * The upload page in Chromium: the whole journey by keyboard with a real file chooser, every
 * bad-input fixture of test/fixtures/upload/ (the message shown, nothing saved), axe-core on each
 * view, and the main thread's longest task while a 300,000-row file is imported.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSampleDataset } from '../unit/sample-dataset';
import { sheetXmlOf, workbookBytes } from '../unit/workbook-builder';
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
import { saveChecked } from './dfe-upload';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/upload');
const GOOD = path.join(FIXTURES, 'good/hartlepool-scorecard-2021-22-q2.csv');
const HARTLEPOOL = 'E06000001';
/** The day of the County Durham panel paper, so "a period after today" gives the same warning whenever the tests run. */
const PANEL_DAY = new Date('2021-12-17T10:00:00');

let browser: Browser | undefined;
let scratch = '';

beforeAll(async () => {
  browser = await launchBrowser();
  scratch = await mkdtemp(path.join(tmpdir(), 'scorecard-upload-'));
});

afterAll(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function openUpload(): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  const page = await openPage(browser, '/#/upload');
  await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
  return page;
}

/** How many versions the browser's store holds, read straight from IndexedDB (the app has created it by the time its page shows). */
function versionCount(page: TestPage): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('scorecard-versions');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains('versions')) {
            database.close();
            resolve(0);
            return;
          }
          const count = database.transaction('versions').objectStore('versions').count();
          count.onsuccess = () => {
            database.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error ?? new Error('count failed'));
        };
      }),
  );
}

const fileInput = (page: TestPage) => page.getByLabel('Choose the file');
const areaSelect = (page: TestPage) => page.getByRole('combobox', { name: 'Local authority the file is for' });
const previewHeading = (page: TestPage) => page.getByRole('heading', { name: 'Check the changes before saving' });
const fileErrorSummary = (page: TestPage) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem with the file' }) });
const warningsSection = (page: TestPage) => page.getByRole('region', { name: 'Check these before saving' });

/** Chooses a file (a path, or bytes made in the test), the LA, and checks it; waits for the report or the preview. */
async function check(
  page: TestPage,
  file: string | { name: string; mimeType: string; buffer: Buffer },
  area = HARTLEPOOL,
): Promise<void> {
  await fileInput(page).setInputFiles(file);
  await areaSelect(page).selectOption(area);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await fileErrorSummary(page).or(previewHeading(page)).waitFor();
}

function cellTexts(page: TestPage, rowName: RegExp) {
  return page
    .getByRole('row', { name: rowName })
    .getByRole('cell')
    .evaluateAll((cells) => cells.map((cell) => ((cell as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim()));
}

describe('upload page in Chromium', () => {
  test('the seed’s table as printed: the period of its undated comparator columns is asked once, by keyboard', async () => {
    const page = await openUpload();
    await chooseFileByKeyboard(
      page,
      fileInput(page),
      path.join(FIXTURES, 'good/seed-002-characteristics-as-printed.csv'),
    );
    // County Durham, the home area, is already chosen.
    await tabTo(page, page.getByRole('button', { name: 'Check the file' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Give the period of the comparator figures' }).waitFor();
    const period = page.getByRole('textbox', { name: 'Period of the comparator figures' });
    await expect(period.inputValue()).resolves.toBe('2019/20');
    expect(await checkAccessibility(page)).toEqual([]);
    await tabTo(page, period);
    await tabTo(page, page.getByRole('button', { name: 'Check the file' }));
    await page.keyboard.press('Enter');
    await previewHeading(page).waitFor();
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test(
    'uploads a scorecard-layout file of another LA by keyboard alone, with a real file chooser; it shows on the scorecard and survives a reload',
    { timeout: 90_000 },
    async () => {
      const page = await openUpload();
      await expect(page.title()).resolves.toBe('Upload figures: performance scorecard');
      await expect(versionCount(page)).resolves.toBe(0);

      await chooseFileByKeyboard(page, fileInput(page), GOOD);
      await tabTo(page, areaSelect(page));
      // A closed select jumps to the option whose name starts with what is typed.
      await page.keyboard.type('Hartle');
      await expect(areaSelect(page).inputValue()).resolves.toBe(HARTLEPOOL);
      await tabTo(page, page.getByRole('button', { name: 'Check the file' }));
      await page.keyboard.press('Enter');

      await previewHeading(page).waitFor();
      await expect(previewHeading(page).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(page.locator('.change-counts dd').allTextContents()).resolves.toEqual(['25', '8', '2']);
      await expect(
        page
          .getByRole('table', { name: /^New figures/ })
          .getByRole('row', { name: /Rate of children looked after.*2021\/22 Q2/ })
          .textContent(),
      ).resolves.toContain('152.7 (316 children)');

      await tabTo(page, page.getByRole('checkbox', { name: /^I have checked the 1 warning about large changes/ }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('textbox', { name: 'Name this version' }));
      await page.keyboard.type('Hartlepool 2021/22 Q2 figures');
      await tabTo(page, page.getByRole('button', { name: 'Save as a new version' }));
      await page.keyboard.press('Enter');

      const saved = page.getByRole('heading', { name: 'Figures saved' });
      await saved.waitFor();
      await expect(saved.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(page.locator('.panel-success').textContent()).resolves.toMatch(
        /Saved as version 1, “Hartlepool 2021\/22 Q2 figures”/,
      );
      await expect(versionCount(page)).resolves.toBe(1);

      await tabTo(page, page.getByRole('link', { name: 'See Hartlepool’s scorecard' }));
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
      const scorecardArea = page.getByRole('combobox', { name: 'Local authority' });
      // The new version is read again after the save; the scorecard shows Hartlepool once it is in.
      await expect.poll(() => scorecardArea.locator('option').allTextContents()).toContain('Hartlepool');
      await expect.poll(() => scorecardArea.inputValue()).toBe(HARTLEPOOL);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Hartlepool/);
      await expect
        .poll(() => cellTexts(page, /Rate of children looked after/).then((texts) => texts[0]))
        .toBe('152.7 (316 children) Q2 2021/22');
      // Every period's figure: 2018/19 has no figure in the file; then 2019/20, 2020/21, Q1 and Q2 2021/22.
      await tabTo(page, page.getByRole('checkbox', { name: 'Show every period’s figure' }));
      await page.keyboard.press('Space');
      await expect
        .poll(() => cellTexts(page, /Rate of children looked after/).then((texts) => texts.slice(8, 12)))
        .toEqual([
          '150.2 (311 children)',
          '158.4 (328 children) Provisional',
          '155.1 (321 children)',
          '152.7 (316 children)',
        ]);

      await page.reload();
      await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
      await expect(page.getByRole('combobox', { name: 'Local authority' }).inputValue()).resolves.toBe(HARTLEPOOL);
      await expect(cellTexts(page, /Rate of children looked after/).then((texts) => texts[11])).resolves.toBe(
        '152.7 (316 children)',
      );
      await expect(page.locator('.data-banner').textContent()).resolves.toContain('Hartlepool 2021/22 Q2 figures');
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );

  describe('bad input: the message in the page, and the saved data unchanged', () => {
    let page: TestPage;

    beforeAll(async () => {
      page = await openUpload();
      await page.clock.setFixedTime(PANEL_DAY);
      // One saved version to keep safe: every file below must leave it the latest and only one.
      await check(page, GOOD);
      await saveChecked(page, 'Before the bad files');
    });

    afterAll(async () => {
      expect(page.errors).toEqual([]);
      await page.context().close();
    });

    const cases: { file: string; kind: 'error' | 'warning'; message: RegExp }[] = [
      {
        file: 'empty_file.csv',
        kind: 'error',
        message: /empty_file\.csv is empty \(0 bytes\)\. Choose the file that holds the figures\./,
      },
      {
        file: 'binary_file.csv',
        kind: 'error',
        message: /binary_file\.csv is not a text file: save it from Excel as CSV UTF-8/,
      },
      {
        file: 'wrong_delimiter.csv',
        kind: 'error',
        message: /wrong_delimiter\.csv separates its columns with semicolons, not commas/,
      },
      { file: 'missing_column.csv', kind: 'error', message: /the header has no 'period' column/ },
      {
        file: 'duplicate_row.csv',
        kind: 'warning',
        message:
          /Row 4, column 2019\/20: repeats row 2 \(adopters_approved, E06000001, 2019\/20\)\. The repeat is ignored\./,
      },
      {
        file: 'conflicting_values.csv',
        kind: 'error',
        message: /Row 4, column value: row 2 gives a different figure for cla_adopted_percent, E06000001, 2020\/21/,
      },
      {
        file: 'unknown_measure.csv',
        kind: 'error',
        message:
          /Row 3, column Measure: 'Percentage of CLA with a missing incidnet during the year' is not a measure in the catalogue\. Did you mean 'Percentage of CLA with a missing incident during the year'/,
      },
      { file: 'unknown_area.csv', kind: 'error', message: /Row 4, column area: 'E6000001' is not a known area code/ },
      {
        file: 'invalid_period.csv',
        kind: 'error',
        message: /Row 1, column 2021\/23: 2021\/23 is not a financial year/,
      },
      { file: 'invalid_value.csv', kind: 'error', message: /Row 2, column Q2 2021\/22: 'nine' is not a number/ },
      {
        file: 'numerator_without_value.csv',
        kind: 'error',
        message: /Row 2, column Q1 2021\/22: a numerator or denominator is given but there is no figure/,
      },
      {
        file: 'too_many_columns.csv',
        kind: 'error',
        message: /too_many_columns\.csv has 1,000 columns; the most a scorecard file can have is 200/,
      },
      { file: 'header_only.csv', kind: 'error', message: /header_only\.csv has a header row but no figures below it/ },
      {
        file: 'future_period.csv',
        kind: 'warning',
        message: /Row 2, column Q1 2022\/23: 2022\/23 Q1 starts on 1 April 2022, after today \(17 December 2021\)/,
      },
      {
        file: 'old_excel_file.xls',
        kind: 'error',
        message: /old_excel_file\.xls is an old Excel 97-2003 workbook \(\.xls\)/,
      },
      {
        file: 'unreadable_xlsx.xlsx',
        kind: 'error',
        message: /unreadable_xlsx\.xlsx cannot be read as an \.xlsx workbook/,
      },
    ];

    async function expectUnchanged(): Promise<void> {
      await expect(versionCount(page)).resolves.toBe(1);
    }

    test.each(cases)('$file: $kind $message', async ({ file, kind, message }) => {
      await page.reload();
      await fileInput(page).waitFor();
      await check(page, path.join(FIXTURES, file));
      if (kind === 'error') {
        await expect(fileErrorSummary(page).textContent()).resolves.toMatch(message);
        await expect(page.getByText('Nothing has been saved. Fix the file and choose it again.').count()).resolves.toBe(
          1,
        );
        await expect(page.getByRole('button', { name: 'Save as a new version' }).count()).resolves.toBe(0);
      } else {
        await expect(warningsSection(page).textContent()).resolves.toMatch(message);
        await expect(fileErrorSummary(page).count()).resolves.toBe(0);
        // A warning does not stop a save, but Save without acknowledging it stores nothing.
        await page.getByRole('textbox', { name: 'Name this version' }).fill('Not acknowledged');
        await page.getByRole('button', { name: 'Save as a new version' }).click();
        await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).textContent()).resolves.toMatch(
          /Confirm you have checked the \d+ warnings? about .* before saving/,
        );
      }
      await expectUnchanged();
    });

    test('a 100 MB file is refused by its size, without reading it', async () => {
      await page.reload();
      await fileInput(page).waitFor();
      // Playwright will not pass a buffer over 50 MB to the page: the file is written to disk and chosen by path.
      const huge = path.join(scratch, 'hundred-megabytes.csv');
      await writeFile(huge, Buffer.alloc(100 * 1024 * 1024, 'a'));
      await check(page, huge);
      await expect(fileErrorSummary(page).textContent()).resolves.toMatch(
        /hundred-megabytes\.csv is 100 MB; the largest file this page reads is 60 MB\. Split it by year/,
      );
      await expectUnchanged();
    });

    test('a crafted workbook is refused in the worker at once: whitespace that unpacks to 20 MB, an error cell', async () => {
      const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const header = ['measure', 'area', 'period', 'value'];
      const whitespace = workbookBytes({
        sheetXml: sheetXmlOf([header, ['cla_rate', HARTLEPOOL, '2021/22 Q3', 150]]).replace(
          '</sheetData>',
          `</sheetData>${' '.repeat(20 * 1024 * 1024)}`,
        ),
        level: 9,
      });
      await page.reload();
      await fileInput(page).waitFor();
      await check(page, { name: 'spaces.xlsx', mimeType: xlsx, buffer: Buffer.from(whitespace) });
      await expect(fileErrorSummary(page).textContent()).resolves.toMatch(
        /spaces\.xlsx cannot be read: its first sheet has a run of 20,971,520 characters outside any cell/,
      );
      const errorCell = workbookBytes({
        cells: [header, ['cla_rate', HARTLEPOOL, '2021/22 Q3', { xml: ' t="e"><f>1/0</f><v>#DIV/0!</v></c>' }]],
      });
      await page.reload();
      await fileInput(page).waitFor();
      await check(page, { name: 'error-cell.xlsx', mimeType: xlsx, buffer: Buffer.from(errorCell) });
      await expect(fileErrorSummary(page).textContent()).resolves.toContain(
        "Row 2, column value (cell D2): Excel shows the error '#DIV/0!' here",
      );
      await expectUnchanged();
    });

    test('html_in_text.csv: markup and script in a note are shown as text and never run', async () => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        // Leaving a checked file's preview asks first (shared/use-leave-guard.ts): the test means to reload.
        if (dialog.type() === 'beforeunload') return void dialog.accept();
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.reload();
      await fileInput(page).waitFor();
      await check(page, path.join(FIXTURES, 'html_in_text.csv'));
      const added = page.getByRole('table', { name: /^New figures/ });
      await expect(added.getByText('<script>alert(1)</script>', { exact: true }).count()).resolves.toBe(1);
      await expect(added.getByText('<b>9 matched</b>, 2 in progress', { exact: true }).count()).resolves.toBe(1);

      // And an event handler in a note, in a file made here.
      await page.reload();
      await fileInput(page).waitFor();
      const note = '<img src=x onerror="window.__xss=1">';
      await check(page, {
        name: 'xss.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          `measure,area,period,value,note\ncla_rate,${HARTLEPOOL},2021/22 Q3,150,"${note.replaceAll('"', '""')}"\n`,
        ),
      });
      await expect(page.getByText(note, { exact: true }).count()).resolves.toBe(1);
      await page.waitForTimeout(200);
      await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
      await expect(page.locator('#main script, #main img, #main b').count()).resolves.toBe(0);
      expect(dialogs).toEqual([]);
      await expectUnchanged();
    });
  });

  describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
    test('the empty form', async () => {
      const page = await openUpload();
      expect(await checkAccessibility(page)).toEqual([]);
      await page.context().close();
    });

    test('the report of a file with errors, and the form-level error summary', async () => {
      const page = await openUpload();
      await check(page, path.join(FIXTURES, 'invalid_value.csv'));
      expect(await checkAccessibility(page)).toEqual([]);
      await page.reload();
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('alert').filter({ hasText: 'Choose the file to check' }).waitFor();
      expect(await checkAccessibility(page)).toEqual([]);
      await page.context().close();
    });

    test('the warnings view, before and after a Save without acknowledging them', async () => {
      const page = await openUpload();
      await page.clock.setFixedTime(PANEL_DAY);
      await check(page, path.join(FIXTURES, 'future_period.csv'));
      await warningsSection(page).waitFor();
      expect(await checkAccessibility(page)).toEqual([]);
      await page.getByRole('button', { name: 'Save as a new version' }).click();
      await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
      expect(await checkAccessibility(page)).toEqual([]);
      await page.context().close();
    });

    test('the preview with its tables, the unchanged figures opened, and the saved panel', async () => {
      const page = await openUpload();
      await check(page, GOOD);
      await page.getByText(/Show the 2 figures the file gives exactly as held now/).click();
      expect(await checkAccessibility(page)).toEqual([]);
      await saveChecked(page, 'Hartlepool');
      expect(await checkAccessibility(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.context().close();
    });
  });

  test('downloads every problem of a file with more than the page lists, as CSV', async () => {
    const page = await openUpload();
    const rows = Array.from({ length: 150 }, (_, index) => `cla_rate,${HARTLEPOOL},2021/22 Q1,not-a-number-${index}`);
    await check(page, {
      name: 'many-problems.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['measure,area,period,value', ...rows].join('\n')),
    });
    await expect(page.getByText(/and 50 more errors not listed here: download the full list/).count()).resolves.toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download all 150 problems (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('many-problems-problems.csv');
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('severity,row,column,rule,message');
    expect(lines.filter((line) => line.startsWith('error,'))).toHaveLength(150);
    await page.context().close();
  });

  test(
    'imports a generated 300,000-row observations file without freezing the page, and reports the longest main-thread task',
    { timeout: 300_000 },
    async () => {
      const dataset = loadSampleDataset();
      const measures = dataset.catalogue.measures.filter((measure) => measure.unit !== 'chart');
      // Every LA but the home area, so the generated figures are all new against the published ones.
      const areas = dataset.areas.localAuthorities().filter((area) => area.code !== dataset.manifest.homeArea);
      const periods: string[] = [];
      for (let year = 2008; year <= 2020; year += 1) {
        const label = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
        periods.push(label, `${label} Q1`, `${label} Q2`, `${label} Q3`, `${label} Q4`);
      }
      const ROWS = 300_000;
      const lines = ['measure,area,period,value,numerator,denominator,status,note'];
      outer: for (const measure of measures) {
        for (const area of areas) {
          for (const period of periods) {
            if (lines.length > ROWS) break outer;
            // Steady figures (no "large change" warnings), counts within their denominators, a plain note.
            lines.push(
              `${measure.id},${area.code},${period},42.5,85,200,,Generated for the performance test of the upload page`,
            );
          }
        }
      }
      expect(lines.length - 1).toBe(ROWS);
      const file = path.join(scratch, 'three-hundred-thousand.csv');
      const text = lines.join('\r\n');
      await writeFile(file, text);
      const megabytes = (Buffer.byteLength(text) / (1024 * 1024)).toFixed(1);

      const page = await openUpload();
      await startResponsiveness(page);
      const started = Date.now();
      await fileInput(page).setInputFiles(file);
      await page.getByRole('button', { name: 'Check the file' }).click();
      await previewHeading(page).waitFor({ timeout: 240_000 });
      const checkedIn = Date.now() - started;
      await expect(page.locator('.change-counts dd').allTextContents()).resolves.toEqual(['300,000', '0', '0']);
      await expect(page.getByRole('table', { name: /^New figures/ }).textContent()).resolves.toContain(
        'Showing the first 100 of 300,000.',
      );

      const check = await takeResponsiveness(page);

      await page.getByRole('textbox', { name: 'Name this version' }).fill('300,000 generated figures');
      const savingStarted = Date.now();
      await page.getByRole('button', { name: 'Save as a new version' }).click();
      await page.getByRole('heading', { name: 'Figures saved' }).waitFor({ timeout: 240_000 });
      // The app reloads the figures it shows after a save (useCurrentData); wait for the banner naming the new version.
      await page
        .locator('.data-banner')
        .filter({ hasText: 'Showing saved version' })
        .filter({ hasText: '300,000 generated figures' })
        .waitFor({ timeout: 240_000 });
      const savedIn = Date.now() - savingStarted;
      const save = await takeResponsiveness(page);

      console.log(
        `300,000-row import (${megabytes} MB): checked and previewed in ${checkedIn} ms; longest main-thread task ${Math.round(check.longest)} ms ` +
          `(${check.longTasks} long tasks), longest gap between 50 ms timer ticks ${Math.round(check.longestGap)} ms; progress shown: ${check.progress.join(' → ')}.\n` +
          `Save and the app's reload of the saved figures: ${savedIn} ms; longest main-thread task ${Math.round(save.longest)} ms (${save.longTasks} long tasks), ` +
          `longest timer gap ${Math.round(save.longestGap)} ms.`,
      );
      // The page kept running while the worker worked: the progress bar moved through several stages.
      expect(new Set(check.progress).size).toBeGreaterThan(2);
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );
});
