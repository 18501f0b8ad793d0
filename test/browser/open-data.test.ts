/**
 * Benchmarking any council from DfE open data, in Chromium: two published DfE files (extracts of
 * the real files, test/fixtures/dfe/) go through the upload page as they are, then Stockton-on-Tees
 * is found with the local authority search and shown against England, the North East and its
 * statistical neighbours worked out from the DfE model, with its rank, by keyboard alone; the
 * measures it has no figure for are listed apart, not as rows.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, tabTo, type TestPage } from './browser';
import { dfeFixture, uploadDfeFile } from './dfe-upload';

const DFE_FILES = ['cla_number_and_rate_per_10k_children.csv', 'la_care_leavers_accommodation_suitability.csv'].map(
  dfeFixture,
);

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const scorecard = (page: TestPage) => page.getByRole('table', { name: 'Performance scorecard' });
const rowOf = (page: TestPage, title: RegExp) =>
  scorecard(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title }) });

describe('DfE open data in Chromium', () => {
  test(
    'uploads DfE files as published, then finds Stockton-on-Tees by keyboard and benchmarks it, with no accessibility violations',
    { timeout: 120_000 },
    async () => {
      if (!browser) throw new Error('browser did not start');
      const page = await openPage(browser, '/#/upload');
      await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
      await uploadDfeFile(page, DFE_FILES[0] ?? '', 'DfE children looked after, to 2025');
      await page.getByRole('button', { name: 'Upload another file' }).click();
      await uploadDfeFile(page, DFE_FILES[1] ?? '', 'DfE care leavers accommodation, to 2025');

      await page.goto(new URL('/#/', page.url()).href);
      await scorecard(page).waitFor();
      const search = page.getByRole('searchbox', { name: 'Find a local authority' });
      await tabTo(page, search);
      await page.keyboard.type('stockton');
      await expect(page.getByRole('status').filter({ hasText: '1 local authority matches' }).count()).resolves.toBe(1);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: /Stockton-on-Tees/ }).waitFor();

      // The newest model (2025) is chosen at first; the one above it is 2021.
      await tabTo(page, page.getByRole('combobox', { name: 'Statistical neighbours' }));
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => new URL(page.url()).searchParams.get('model')).toBe('2021');
      expect(new URL(page.url()).searchParams.get('area')).toBe('E06000004');

      const claRate = rowOf(page, /Rate of children looked after/);
      // The table is drawn again for the new model: the row is waited for, not read mid-render.
      await claRate.waitFor();
      await expect(claRate.getByRole('cell').allTextContents()).resolves.toEqual([
        '125.0DfE open data (564 children)2024/25',
        '↓Lower since 2023/24',
        'Trend for Children in care per 10,000: 131.0 in 2022/23, 131.0 in 2023/24, 125.0 in 2024/25',
        // The rating's word is shown; a screen reader hears the reason instead (RatingBadge).
        '67.0DfE open data (81,770 children)Not ratedNot rated: this measure has no good or bad direction.',
        '111.0DfE open data (6,040 children)Not ratedNot rated: this measure has no good or bad direction.',
        '95.5Not ratedNot rated: this measure has no good or bad direction.Mean of the 10 most similar councils (DfE’s 2021 model)',
        '4th highest of 12 councils in the North East4th highest of 21 councils in England',
      ]);

      // Wirral's figure is suppressed (c) in the DfE file, so 9 of Stockton's 10 neighbours give one.
      await expect(
        rowOf(page, /aged 17-18 in suitable accommodation/)
          .getByText('Mean of 9 of the 10 most similar councils (DfE’s 2021 model)')
          .count(),
      ).resolves.toBe(1);
      await expect(page.getByText('DfE open data: cla_number_and_rate_per_10k_children.csv;').count()).resolves.toBe(1);

      expect(await checkAccessibility(page)).toEqual([]);

      // The measures only the sample paper gives are listed once, closed until asked for, by keyboard.
      const withoutFigures = page.getByText(/^\d+ measures have no figure for Stockton-on-Tees up to 2024\/25$/);
      await tabTo(page, withoutFigures, 300);
      await page.keyboard.press('Enter');
      await page.getByText('Percentage of CLA with a missing incident during the year').waitFor();
      expect(await checkAccessibility(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );
});
