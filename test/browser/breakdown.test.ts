import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, tabTo, type TestPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  return openPage(browser, path);
}

const MIX_TABLE =
  "Placement mix by the council's own placement types, County Durham: number and percentage in each category";

async function rowOf(page: TestPage, label: string): Promise<string[]> {
  return page
    .getByRole('table', { name: MIX_TABLE })
    .getByRole('row', { name: new RegExp(`^${label}`) })
    .first()
    .locator('th, td')
    .allTextContents();
}

describe('breakdown page in Chromium', () => {
  test("opens from the scorecard's CLA placement breakdown row by keyboard and shows the seed's mix, with no axe violations", async () => {
    const page = await open('/');
    await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
    const link = page.getByRole('link', { name: /^See chart 2 ?: Children looked after \(CLA\) placement breakdown$/ });
    await tabTo(page, link, 200);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Placement mix by the council's own placement types/ }).waitFor();
    await page.getByRole('table', { name: MIX_TABLE }).waitFor();
    expect(await rowOf(page, 'In-house foster care')).toEqual([
      'In-house foster care',
      '422 (45%)',
      '430 (48%)',
      '388 (43%)',
      '−34',
      '−8%',
    ]);
    expect(await page.locator('.lead').textContent()).toContain(
      'rose from 126 (14%) in June 2019 to 166 (18%) in September 2021',
    );
    expect(await checkAccessibility(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(page.errors).toEqual([]);
  });

  test('compares two chosen snapshots, kept in the URL, and stays accessible', async () => {
    const page = await open('/#/breakdowns/cla_placement_types');
    await page.getByRole('table', { name: MIX_TABLE }).waitFor();
    const from = page.getByRole('combobox', { name: 'From' });
    await tabTo(page, from);
    await from.selectOption('2020-03-11');
    await page
      .getByRole('columnheader', { name: /Change since March 2020/ })
      .first()
      .waitFor();
    expect(await rowOf(page, 'In-house foster care')).toEqual([
      'In-house foster care',
      '422 (45%)',
      '430 (48%)',
      '388 (43%)',
      '−42',
      '−10%',
    ]);
    expect(page.url()).toContain('compare=2020-03-11');
    expect(await checkAccessibility(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
