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

const HISTORY_TABLE = 'Ofsted inspections of County Durham’s children’s services, newest first';

/** Each body row of a table as its cells' text: the row header first, then the data cells. */
async function rowsOf(page: TestPage, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
}

describe('Ofsted inspections page in Chromium', () => {
  test("reaches the page from the skip link by keyboard alone and shows County Durham's three inspections", async () => {
    const page = await open('/');
    await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(
      page
        .getByRole('link', { name: 'Skip to main content' })
        .evaluate((element) => element === document.activeElement),
    ).resolves.toBe(true);
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Ofsted inspections' }),
      20,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: HISTORY_TABLE }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    expect(new URL(page.url()).hash).toBe('#/inspections');
    await expect(rowsOf(page, HISTORY_TABLE)).resolves.toEqual([
      ['24 March 2025', 'ILACS Short Inspection', 'Outstanding', 'Outstanding', 'Good', 'Outstanding', 'Outstanding'],
      ['9 May 2022', 'ILACS Standard Inspection', 'Good', 'Outstanding', 'Good', 'Good', 'Not judged then'],
      [
        '9 September 2019',
        'ILACS Standard Inspection',
        'Requires improvement to be good',
        'Requires improvement to be good',
        'Requires improvement to be good',
        'Good',
        'Not judged then',
      ],
    ]);
    // The tables scroll sideways on narrow screens, so each can take focus for the arrow keys.
    await tabTo(page, page.getByRole('region', { name: HISTORY_TABLE }), 40);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('states the comparison with England and the region and the publication date', async () => {
    const page = await open('/#/inspections');
    await page.getByRole('table', { name: HISTORY_TABLE }).waitFor();
    await expect(
      page
        .getByText(
          'County Durham’s most recent inspection (24 March 2025) judged it Outstanding overall. In England 36 of 153 councils were judged Outstanding; in the North East, 5 of 12.',
        )
        .count(),
    ).resolves.toBe(1);
    await expect(
      page
        .getByRole('table', { name: 'Councils by their current overall effectiveness judgement, as at 31 March 2025' })
        .count(),
    ).resolves.toBe(1);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('has no accessibility violations, with the notes on the files open', async () => {
    const page = await open('/#/inspections');
    await page.getByRole('table', { name: HISTORY_TABLE }).waitFor();
    await page.getByText(/Notes on Ofsted’s files/).click();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.context().close();
  });

  test('opens another council from a copied link', async () => {
    const page = await open('/?area=E08000038#/inspections');
    await page
      .getByRole('table', { name: 'Ofsted inspections of Barnsley’s children’s services, newest first' })
      .waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ofsted inspectionsBarnsley');
    await page.context().close();
  });
});
