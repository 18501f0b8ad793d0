import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, tabTo, type TestPage } from './browser';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DURHAM_HOMES = path.join(ROOT, 'data/homes/county-durham-2016-06-08.csv');
const DUPLICATE_HOME = path.join(ROOT, 'test/fixtures/homes/duplicate_home.csv');
const HOMES_TABLE = 'County Durham’s children’s homes and their latest Ofsted inspections';
const AREA_TABLE = "Children's homes: County Durham beside the North East and England";

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(address: string): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  return openPage(browser, address);
}

function rowsOf(page: TestPage, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    );
}

const isFocused = (page: TestPage, name: string) =>
  page.getByRole('heading', { name, exact: true }).evaluate((element) => element === document.activeElement);

/** How many versions the browser's store holds, read straight from IndexedDB. */
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

describe("children's homes in Chromium", () => {
  test(
    "by keyboard from the scorecard's line to Durham's ten homes and the area beside the North East and England; axe-core finds nothing",
    { timeout: 60_000 },
    async () => {
      const page = await open('/');
      await page
        .getByRole('heading', { name: "Our children's homes: 10 of 10 good or better at their latest full inspection" })
        .waitFor();
      expect(await checkAccessibility(page)).toEqual([]);
      await tabTo(
        page,
        page.getByRole('link', { name: 'See each home’s inspections, and the homes and places in the area' }),
        200,
      );
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: HOMES_TABLE }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/inspections');

      // The ILACS part links to the homes: by keyboard, focus moves to the section's heading.
      await tabTo(page, page.getByRole('link', { name: 'County Durham’s own children’s homes' }), 40);
      await page.keyboard.press('Enter');
      await expect(isFocused(page, 'Children’s homes')).resolves.toBe(true);

      const homes = await rowsOf(page, HOMES_TABLE);
      expect(homes).toHaveLength(10);
      expect(homes[0]).toEqual([
        'High Etherley',
        'Outstanding, 21 July 2015',
        'Declined in effectiveness, 16 February 2016',
        'No: over a year ago',
      ]);
      expect(homes.map((row) => row[0])).toEqual([
        'High Etherley',
        'New Lea House',
        'Aycliffe Secure',
        'Moorside',
        'Blackgate East',
        'West Rainton',
        'Cedar Drive',
        'Park House',
        'Attlee Estate',
        'Newton Drive',
      ]);
      await expect(
        page.getByRole('img', { name: 'Latest full inspections of the 10 homes: 3 Outstanding and 7 Good.' }).count(),
      ).resolves.toBe(1);

      await tabTo(page, page.getByRole('link', { name: 'the children’s homes and places in County Durham' }), 40);
      await page.keyboard.press('Enter');
      await expect(isFocused(page, 'Children’s homes and other settings in County Durham')).resolves.toBe(true);
      await page.getByRole('table', { name: AREA_TABLE }).waitFor();
      expect((await rowsOf(page, AREA_TABLE)).slice(0, 6)).toEqual([
        ["Children's homes", '44', '175', '3,050'],
        ['local authority', '10', '55', '425'],
        ['private', '32', '102', '2,466'],
        ['voluntary', '2', '18', '150'],
        ['health authority', '0', '0', '9'],
        ['places', '177', '763', '11,857'],
      ]);
      await expect(page.getByText(/^From Ofsted's list of settings at 31 March 2023/).count()).resolves.toBe(1);
      expect(await checkAccessibility(page)).toEqual([]);

      // The other settings open by keyboard, and are checked open too.
      await tabTo(page, page.locator('details.provision-others > summary'), 60);
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: /^Independent fostering agencies: County Durham/ }).waitFor();
      expect(await checkAccessibility(page)).toEqual([]);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1280);
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );

  test('the homes slides in presentation mode: the headline and three homes, then the rest on slides of their own', async () => {
    const page = await open('/?slides=title,homes&slide=2#/present');
    await page.getByRole('heading', { name: 'County Durham’s children’s homes (1 of 3)' }).waitFor();
    await page.getByText("Our children's homes: 10 of 10 good or better").filter({ visible: true }).waitFor();
    // The printed deck holds every slide too, hidden on screen: only the slide on screen is counted.
    const flagged = () => page.getByText('No: over a year ago').filter({ visible: true }).count();
    await expect(flagged()).resolves.toBe(3);
    expect(await checkAccessibility(page)).toEqual([]);
    await page.keyboard.press('PageDown');
    await page.getByRole('heading', { name: 'County Durham’s children’s homes (2 of 3)' }).waitFor();
    await expect(flagged()).resolves.toBe(4);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test(
    'a bad homes file is refused by name with nothing saved; the good one is previewed and saved as a version',
    { timeout: 60_000 },
    async () => {
      const page = await open('/#/upload');
      await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
      const check = async (file: string) => {
        await page.getByLabel('Choose the file').setInputFiles(file);
        await page.getByRole('combobox', { name: 'Local authority the file is for' }).selectOption('E06000047');
        await page.getByRole('button', { name: 'Check the file' }).click();
      };
      await check(DUPLICATE_HOME);
      const summary = page
        .getByRole('alert')
        .filter({ has: page.getByRole('heading', { name: 'There is a problem with the file' }) });
      await summary.waitFor();
      await expect(
        summary.getByText(/row 2 already lists 'high\s+etherley'\. List each home once/).count(),
      ).resolves.toBe(1);
      await expect(versionCount(page)).resolves.toBe(0);
      expect(await checkAccessibility(page)).toEqual([]);

      await check(DURHAM_HOMES);
      await page.getByRole('heading', { name: 'Check the changes before saving' }).waitFor();
      await expect(
        rowsOf(page, 'The 10 homes in the file, with their latest inspections').then((rows) => rows[0]),
      ).resolves.toEqual(['High Etherley', 'Outstanding, 21 July 2015', 'Declined in effectiveness, 16 February 2016']);
      expect(await checkAccessibility(page)).toEqual([]);
      await page.getByRole('textbox', { name: 'Name this version' }).fill('Homes June 2016');
      await page.getByRole('button', { name: 'Save as a new version' }).click();
      await page.getByRole('heading', { name: 'Children’s homes saved' }).waitFor();
      await expect(versionCount(page)).resolves.toBe(1);
      expect(await checkAccessibility(page)).toEqual([]);

      // After a reload the saved version's homes are the ones shown.
      await page.goto(new URL('/#/inspections', page.url()).toString());
      await page.getByRole('table', { name: HOMES_TABLE }).waitFor();
      await expect(page.locator('.data-banner').first().innerText()).resolves.toContain(
        'Showing saved version Homes June 2016',
      );
      await expect(rowsOf(page, HOMES_TABLE)).resolves.toHaveLength(10);
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );
});
