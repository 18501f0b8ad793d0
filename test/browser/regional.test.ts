/**
 * The regional comparison on a measure page in Chromium: every council's published 2020/21 rate of
 * children looked after is uploaded (test/fixtures/regional/), then the measure page is reached and
 * its comparison switched to all of England by keyboard alone, with axe-core on both views.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, tabTo, type TestPage } from './browser';
import { saveUpload } from './dfe-upload';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/regional/cla_rate_all_las.csv');
const DURHAM = 'E06000047';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function uploadEveryCouncil(page: TestPage): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
  await saveUpload(page, FIXTURE, 'Every council, 2020/21', { area: DURHAM });
}

const comparison = (page: TestPage) =>
  page.getByRole('region', { name: 'How County Durham compares with other councils' });
const rankTable = (page: TestPage) => comparison(page).getByRole('table', { name: /every council ranked/ });
const chart = (page: TestPage) => comparison(page).getByRole('img', { name: /^Bar chart of/ });

describe('regional comparison in Chromium', () => {
  test(
    'ranks County Durham among the North East councils, then all of England, by keyboard, with no accessibility violations',
    { timeout: 120_000 },
    async () => {
      if (!browser) throw new Error('browser did not start');
      const page = await openPage(browser, '/#/upload');
      await uploadEveryCouncil(page);

      await page.goto(new URL(`/?area=${DURHAM}#/`, page.url()).href);
      await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
      await tabTo(page, page.getByRole('link', { name: /Rate of children looked after/ }), 120);
      await page.keyboard.press('Enter');
      await comparison(page).waitFor();

      const describedBy = (await chart(page).getAttribute('aria-describedby')) ?? '';
      await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toContain(
        "County Durham has the 3rd lowest figure of the 12 North East councils with one for 2020/21. The North East figure is 110.0 and England's is 69.0.",
      );
      await chart(page).locator('svg.comparison-svg').waitFor();
      await expect(rankTable(page).getByRole('row').count()).resolves.toBe(13);
      await expect(rankTable(page).locator('tr[aria-current="true"]').textContent()).resolves.toBe(
        '3County Durham (this council)96.0',
      );
      await expect(rankTable(page).getByRole('rowheader').allTextContents()).resolves.toEqual([
        'North Tyneside',
        'Northumberland',
        'County Durham (this council)',
        'South Tyneside',
        'Sunderland',
        'Gateshead',
        'Redcar and Cleveland',
        'Newcastle upon Tyne',
        'Darlington',
        'Stockton-on-Tees',
        'Middlesbrough',
        'Hartlepool',
      ]);
      expect(await checkAccessibility(page)).toEqual([]);

      // Tab reaches a radio group at its checked button; the arrow keys move the choice.
      await tabTo(page, comparison(page).getByRole('radio', { name: 'Councils in the North East' }), 120);
      await page.keyboard.press('ArrowRight');
      await comparison(page)
        .getByText(/of the 150 councils in England with one for 2020\/21/)
        .waitFor();
      await expect.poll(() => chart(page).locator('.comparison-bar').count()).toBe(150);
      await expect(rankTable(page).getByRole('row').count()).resolves.toBe(152);
      await expect.poll(() => new URL(page.url()).searchParams.get('rank')).toBe('england');
      await expect(comparison(page).getByText('34th highest of 150').count()).resolves.toBe(1);
      expect(await checkAccessibility(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      // How long the all-council view takes to paint is measured by the benchmark (npm run bench), not asserted here.
      await page.context().close();
    },
  );
});
