/**
 * What works for the key questions works in the National Framework view too (issue 19, point 3), in
 * Chromium: with County Durham's 24 monthly placement figures uploaded (test/fixtures/spc/,
 * illustrative), the framework view's placements row shows SPC's words, its measure page opens the
 * SPC chart by keyboard and keeps the grouping, and the view's slides (the heading's and the SPC
 * slide) download as PowerPoint; and MHCLG's outturn sheet uploaded as published gives Stockton-on-
 * Tees' spending per child under Spending; and DfE's file of children looked after on 31 March, which
 * is not shipped (built in its published layout: test/unit/builders/ees.ts), fills in the foster care
 * row. axe-core on each page.
 */
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { saveUpload } from './dfe-upload';
import { BARNSLEY, ENGLAND, NORTH_EAST, STOCKTON } from '../unit/builders/areas';
import { EES_FILE, claFile } from '../unit/builders/ees';
import {
  checkAccessibility,
  launchBrowser,
  openSpcByKeyboard,
  openPage,
  sidewaysScroll,
  type TestPage,
} from './browser';

const MONTHLY = path.resolve(import.meta.dirname, '../fixtures/spc/county-durham-monthly-placements.csv');
const RSX = path.resolve(import.meta.dirname, '../fixtures/dfe/RSX_LA_Data_202425.csv');
// As the scorecard shows it: the abbreviation spelled out at its first use.
const TITLE = 'Percentage of children looked after (CLA) with 3 or more placements during the year';
const HEADING = 'Stability and quality of where a child lives';
const OUTCOME_4 = 'Outcome 4: Children in care and care leavers have stable, loving homes';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function uploaded(file: string, name: string): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  // One page per file: its figures are saved in the page's browser context's IndexedDB.
  const page = await openPage(browser, '/#/upload', { width: 1280, height: 720 });
  await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
  await saveUpload(page, file, name);
  return page;
}

describe('the National Framework view in Chromium: SPC, slides and PowerPoint', () => {
  test(
    'shows SPC on the framework’s placements row, opens its SPC chart by keyboard and downloads the view’s slides as PowerPoint',
    { timeout: 120_000 },
    async () => {
      const page = await uploaded(MONTHLY, 'Monthly placements');
      await page.goto(new URL('/?framework=national#/', page.url()).href);
      const table = page.getByRole('table', { name: 'Performance scorecard' });
      await table.getByRole('columnheader', { name: OUTCOME_4 }).waitFor({ timeout: 60_000 });
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: TITLE }) });
      // The saved version's figures replace the published ones once IndexedDB has been read.
      await row.getByText('SPC: Concern').waitFor();
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await checkAccessibility(page)).toEqual([]);

      // The measure page by keyboard, then its SPC chart, the grouping kept in the address.
      await openSpcByKeyboard(page, row.getByRole('link', { name: TITLE }), TITLE, 400);
      expect(new URL(page.url()).searchParams.get('framework')).toBe('national');
      await expect(page.getByText('Special cause: concern, higher', { exact: true }).count()).resolves.toBe(1);
      await expect(
        page
          .getByRole('table', { name: /: County Durham, each month on the SPC chart$/ })
          .locator('tbody tr')
          .count(),
      ).resolves.toBe(24);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await checkAccessibility(page)).toEqual([]);

      // The view's slides: the heading's (its outcome under the title) and the SPC slide, as PowerPoint.
      await page.goto(
        new URL('/?framework=national&slides=title,q:national-10,spc:cla_3plus_placements&slide=2#/present', page.url())
          .href,
      );
      await expect.poll(() => page.locator('.present > .slide h1').innerText()).toBe(HEADING);
      await expect(page.locator('.present > .slide').getByText(OUTCOME_4).count()).resolves.toBeGreaterThan(0);
      expect(await checkAccessibility(page)).toEqual([]);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as PowerPoint (.pptx)' }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.pptx$/);
      const files = unzipSync(new Uint8Array(readFileSync(await file.path())));
      const slides = Object.keys(files)
        .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        .sort()
        .map((name) => strFromU8(files[name] ?? new Uint8Array()));
      expect(slides).toHaveLength(3);
      expect(slides[1]).toContain(HEADING);
      expect(slides[1]).toContain(OUTCOME_4);
      expect(slides[2]).toContain('Special cause: concern, higher');
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );

  test(
    'reads MHCLG’s RSX sheet as published and shows Stockton-on-Tees’ spending under Spending, beside England, the North East and the neighbours’ median',
    { timeout: 120_000 },
    async () => {
      const page = await uploaded(RSX, 'MHCLG revenue outturn 2024-25, RSX');
      await page.goto(new URL('/?framework=national&area=E06000004&period=2024%2F25&model=2021#/', page.url()).href);
      const table = page.getByRole('table', { name: 'Performance scorecard' });
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /Spending on children's social care per child/ }) });
      await row.waitFor({ timeout: 60_000 });
      // £81,939 thousand over 45,079 children; England £1,385; the North East £1,866; the median £1,727.
      await expect
        .poll(() => row.getByRole('cell').allInnerTexts())
        .toEqual(expect.arrayContaining([expect.stringContaining('£1,818')]));
      expect((await row.getByRole('cell').allInnerTexts()).join(' | ')).toMatch(/£1,385.*£1,866.*£1,727/s);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await checkAccessibility(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );

  test(
    'reads DfE’s file of children looked after on 31 March, not shipped, and fills in Stockton-on-Tees’ foster care row beside England and the North East',
    { timeout: 120_000 },
    async () => {
      const placement = (area: typeof STOCKTON, characteristic: string, number: string, percentage: string) => ({
        area,
        group: 'Placement',
        characteristic,
        number,
        percentage,
      });
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'ees-')), EES_FILE.onMarch31);
      writeFileSync(
        file,
        claFile([
          placement(STOCKTON, 'Total', '564', '100'),
          placement(STOCKTON, 'Foster placements', '400', '71'),
          placement(BARNSLEY, 'Foster placements', 'c', 'c'),
          placement(ENGLAND, 'Foster placements', '54,400', '65'),
          placement(NORTH_EAST, 'Foster placements', '4,180', '68'),
        ]),
      );
      const page = await uploaded(file, 'Children looked after on 31 March 2025');
      await page.goto(new URL('/?framework=national&area=E06000004&period=2024%2F25#/', page.url()).href);
      const table = page.getByRole('table', { name: 'Performance scorecard' });
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /living in foster care/ }) });
      await row.waitFor({ timeout: 60_000 });
      // 400 of the 564 looked after on 31 March, as DfE publishes it (71, shown 71.0%); England 65, the North East 68.
      await expect
        .poll(() => row.getByRole('cell').allInnerTexts())
        .toEqual(expect.arrayContaining([expect.stringContaining('71.0%')]));
      expect((await row.getByRole('cell').allInnerTexts()).join(' | ')).toMatch(/65.0%.*68.0%/s);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await checkAccessibility(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );
});
