/**
 * A council's breakdown from DfE open data, in Chromium (issue 15, done-when 2): DfE's care leavers'
 * accommodation file (an extract of the real one, test/fixtures/dfe/) saved through the upload
 * page, then Stockton-on-Tees' care leavers aged 17 to 18 by the suitability of their accommodation
 * in 2024/25, reached from its measure page by keyboard, beside the North East's and England's
 * figures as published, with no accessibility violations.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, tabTo } from './browser';
import { dfeFixture, uploadDfeFile } from './dfe-upload';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a DfE breakdown in Chromium', () => {
  test(
    "shows Stockton-on-Tees' care leavers' accommodation for 2024/25 beside the North East and England as published, by keyboard, with no axe violations",
    { timeout: 120_000 },
    async () => {
      if (!browser) throw new Error('browser did not start');
      const page = await openPage(browser, '/#/upload');
      await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
      await uploadDfeFile(
        page,
        dfeFixture('la_care_leavers_accommodation_suitability.csv'),
        'DfE care leavers accommodation, to 2025',
      );

      await page.goto(new URL('/?area=E06000004#/measures/care_leavers_17_18_suitable_accommodation', page.url()).href);
      await page.getByRole('heading', { level: 1, name: /Stockton-on-Tees/ }).waitFor();
      const link = page.getByRole('link', { name: 'Care leavers aged 17 to 18: suitability of accommodation' });
      await tabTo(page, link);
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { level: 1, name: /Care leavers aged 17 to 18: suitability of accommodation/ })
        .waitFor();
      expect(new URL(page.url()).searchParams.get('area')).toBe('E06000004');

      const beside = page.getByRole('table', {
        name: /Stockton-on-Tees at 2024\/25 beside England \(2024\/25\) and North East \(2024\/25\)/,
      });
      await beside.waitFor();
      await expect(beside.getByRole('columnheader').allTextContents()).resolves.toEqual([
        'Accommodation',
        'Stockton-on-Tees (2024/25)',
        'England (2024/25)',
        'North East (2024/25)',
      ]);
      // The raw lines of la_care_leavers_accommodation_suitability.csv for 2025, 17 to 18 years:
      // Stockton-on-Tees 70,80 / 8,9 / 9,10; England 13380,91 / 500,3 / 870,6; North East 750,91 / 30,3 / 50,6.
      const rows = await beside
        .getByRole('row')
        .evaluateAll((found) =>
          found.slice(1).map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim())),
        );
      expect(rows).toEqual([
        ['Considered suitable', '70 (80%)', '13,380 (91%)', '750 (91%)'],
        ['Considered unsuitable', '8 (9%)', '500 (3%)', '30 (3%)'],
        ['No information', '9 (10%)', '870 (6%)', '50 (6%)'],
      ]);
      expect(await checkAccessibility(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(page.errors).toEqual([]);
    },
  );
});
