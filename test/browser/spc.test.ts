/**
 * SPC in Chromium: 24 monthly figures (test/fixtures/spc/, illustrative) go through the upload page,
 * then the scorecard shows the variation icon's words, the measure page's SPC view is opened and
 * rebased by keyboard alone (the rebase kept in the address, the table changing with it), and the
 * SPC slide fits a 1920×1080 screen with every text at 28px or more; axe-core on each.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  checkAccessibility,
  launchBrowser,
  openSpcByKeyboard,
  openPage,
  tabTo,
  textsSmallerThan,
  type TestPage,
} from './browser';
import { saveUpload } from './dfe-upload';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/spc/county-durham-monthly-placements.csv');
// As the scorecard shows it: the abbreviation spelled out at its first use.
const TITLE = 'Percentage of children looked after (CLA) with 3 or more placements during the year';

let browser: Browser | undefined;
let page: TestPage;

beforeAll(async () => {
  browser = await launchBrowser();
  // One page for the file: the figures are saved in its browser context's IndexedDB.
  page = await openPage(browser, '/#/upload');
  await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
  await saveUpload(page, FIXTURE, 'Monthly placements');
}, 60_000);

afterAll(async () => {
  await page.context().close();
  await browser?.close();
});

const spcTable = () => page.getByRole('table', { name: /: County Durham, each month on the SPC chart$/ });

/** The class column of the SPC table, one entry per month. */
function classes(): Promise<string[]> {
  return spcTable().locator('tbody tr td:last-child').allTextContents();
}

describe('SPC in Chromium (County Durham, monthly placements)', () => {
  test('shows the variation icon’s words beside the direction of travel on the scorecard', async () => {
    await page.goto(new URL('/#/', page.url()).href);
    const row = page
      .getByRole('table', { name: 'Performance scorecard' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: TITLE }) });
    // The saved version's figures replace the published ones once IndexedDB has been read.
    await row.getByText('SPC: Concern').waitFor();
    await expect(row.getByText('Statistical process control: Special cause: concern, higher').count()).resolves.toBe(1);
    expect(await checkAccessibility(page)).toEqual([]);
  });

  test(
    'opens the SPC view by keyboard, starts new limits from February 2021 and takes them away again',
    { timeout: 60_000 },
    async () => {
      await openSpcByKeyboard(page, page.getByRole('link', { name: TITLE }), TITLE, 200);
      await expect(page.getByText('Special cause: concern, higher', { exact: true }).count()).resolves.toBe(1);
      // The file's own target for 2021/22 (9%) is below the lower process limit, where lower is better.
      await expect(page.getByText('Consistently failing the target', { exact: true }).count()).resolves.toBe(1);
      const sentence = 'Special cause concern: 2 of the last 3 months are close to or above the upper process limit.';
      await expect(page.getByText(sentence, { exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole('img', { name: new RegExp(`^SPC chart. ${sentence}`) }).count()).resolves.toBe(1);
      expect(await classes()).toHaveLength(24);
      expect((await classes()).at(-1)).toBe(
        'Special cause: concern (one of 2 in 3 points in a row close to or above the upper process limit)',
      );
      expect(await checkAccessibility(page)).toEqual([]);

      // February 2021 is the 16th choice after "Choose a month" (November 2019 is the first).
      await tabTo(page, page.getByRole('combobox', { name: 'Start new limits from' }));
      for (let press = 0; press < 16; press += 1) await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('combobox', { name: 'Start new limits from' }).inputValue()).resolves.toBe('2021-02');
      await tabTo(page, page.getByRole('button', { name: 'Start new limits' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('rebase')).toBe('2021-02');
      await expect.poll(() => classes()).toEqual(Array.from({ length: 24 }, () => 'Common cause'));
      await expect(
        spcTable()
          .getByRole('row', { name: /February 2021/ })
          .getByRole('rowheader')
          .textContent(),
      ).resolves.toBe('February 2021New limits from here');
      await expect(
        page.getByRole('status').filter({ hasText: 'New limits from February 2021.' }).count(),
      ).resolves.toBe(1);
      await expect(
        page.getByText(/^Trial limits: the limits for February 2021 to September 2021 rest on 8 points/).count(),
      ).resolves.toBe(1);
      expect(await checkAccessibility(page)).toEqual([]);

      // The link opens the same view.
      await page.reload();
      await expect.poll(() => classes()).toEqual(Array.from({ length: 24 }, () => 'Common cause'));

      await tabTo(page, page.getByRole('button', { name: 'Remove the new limits from February 2021' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('rebase')).toBeNull();
      await expect(
        page
          .getByRole('combobox', { name: 'Start new limits from' })
          .evaluate((select) => select === document.activeElement),
      ).resolves.toBe(true);
      expect((await classes()).at(-1)).toMatch(/^Special cause: concern/);
      expect(page.errors).toEqual([]);
    },
  );

  test('shows the SPC slide at 1920×1080: it fits, every text is 28px or more, and axe-core finds nothing', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(new URL('/?slides=title,spc:cla_3plus_placements&slide=2#/present', page.url()).href);
    const slide = page.locator('.present > .slide');
    await expect.poll(() => slide.locator('h1').innerText()).toBe(TITLE);
    await expect(slide.getByText('Special cause: concern, higher', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(slide.getByRole('img', { name: /^SPC chart. Special cause concern/ }).isVisible()).resolves.toBe(true);
    // Every text, the chart's labels too (drawn at the SVG's scale), at 28px or more.
    const small = await textsSmallerThan(slide, 28);
    expect(small).toEqual([]);
    await expect(
      page.locator('.present').evaluate((element) => element.scrollHeight <= element.clientHeight),
    ).resolves.toBe(true);
    expect(await checkAccessibility(page)).toEqual([]);

    await page.goto(new URL('/?slides=title#/present/choose', page.url()).href);
    await page
      .getByRole('checkbox', { name: 'SPC chart: Percentage of CLA with 3 or more placements during the year' })
      .focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('slides')).toBe('title,spc:cla_3plus_placements');
    expect(page.errors).toEqual([]);
  });
});
