import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, type TestPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openScorecard(path = '/'): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  const page = await openPage(browser, path);
  await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
  return page;
}

function cellTexts(page: TestPage, rowName: RegExp) {
  return page
    .getByRole('row', { name: rowName })
    .getByRole('cell')
    .evaluateAll((cells) => cells.map((cell) => ((cell as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim()));
}

describe('scorecard page in Chromium', () => {
  test("shows the seed's figures for the rate of children looked after: latest with its period, comparators with theirs", async () => {
    const page = await openScorecard();
    const cells = await cellTexts(page, /Rate of children looked after/);
    expect(cells[0]).toBe('90.0 (912 children) Q2 2021/22');
    expect(cells.slice(3)).toEqual([
      '67.0 (2019/20) Not rated Not rated: this measure has no good or bad direction.',
      '108.0 (2019/20) Not rated Not rated: this measure has no good or bad direction.',
      '102.0 (2019/20) Not rated Not rated: this measure has no good or bad direction. From the council’s own scorecard',
    ]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test("shows every period's figure after the ratings when asked, with numerators and denominators", async () => {
    const page = await openScorecard('/?history=1');
    const rate = await cellTexts(page, /Rate of children looked after/);
    expect(rate.slice(6)).toEqual([
      '82.9 (833 children)',
      '90.0 (914 children)',
      '93.5 (949 children) Provisional',
      '92.7 (937 children)',
      '90.0 (912 children)',
    ]);
    const leavers = await cellTexts(page, /aged 17-18 in education, employment or training/);
    expect(leavers.slice(6)).toEqual(['63.9% (53 of 83)', '65.0% (55 of 84)', '75.6% (59 of 78)', '70.6%', '70.0%']);
    expect(leavers[3]).toBe(
      '64.0% (2019/20) Better Better: 70.0% is more than 2 percentage points above England’s 64.0%.',
    );
    await page.context().close();
  });

  test('shows statuses in words and blanks as dashes, never as zero', async () => {
    const page = await openScorecard('/?history=1');
    const substance = await cellTexts(page, /substance misuse/);
    expect(substance.slice(6)).toEqual([
      '1.9%',
      '2.0%',
      'To be confirmed Data quality issues under investigation',
      'Reported annually',
      'Reported annually',
    ]);
    const cevt = await cellTexts(page, /Child Exploitation and Vulnerability Tracker/);
    expect(cevt.slice(6, 9)).toEqual(['– No figure', '– No figure', '– No figure']);
    await page.context().close();
  });

  test('has no accessibility violations', async () => {
    const page = await openScorecard();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.context().close();
  });

  test('has no accessibility violations when sorted and filtered', async () => {
    const page = await openScorecard('/?question=stability&sort=comparator%3Aengland%3Adesc');
    expect(await checkAccessibility(page)).toEqual([]);
    await page.context().close();
  });

  test('reaches and sorts the table by keyboard alone, and the sorted view survives a reload', async () => {
    const page = await openScorecard();
    const englandHeader = page.getByRole('columnheader', { name: /England/ });
    const englandButton = englandHeader.getByRole('button');
    let presses = 0;
    while (!(await englandButton.evaluate((button) => button === document.activeElement)) && presses < 60) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(presses).toBeLessThan(60);
    await page.keyboard.press('Enter');
    await expect(englandHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.keyboard.press('Space');
    await expect(englandHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('comparator:england:desc');
    await page.reload();
    await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
    await expect(page.getByRole('columnheader', { name: /England/ }).getAttribute('aria-sort')).resolves.toBe(
      'descending',
    );
    await page.context().close();
  });

  test('filters by key question and search from the keyboard, and the link keeps the view', async () => {
    const page = await openScorecard();
    await page.getByRole('combobox', { name: 'Key question' }).focus();
    await page.keyboard.press('End');
    await page.getByRole('searchbox', { name: 'Search measures' }).focus();
    await page.keyboard.type('suitable');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).resolves.toMatch(
      /^Showing 2 of 39 measures\./,
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('suitable');
    const url = new URL(page.url());
    expect(url.searchParams.get('question')).toBe('care_leavers');
    const shared = await openScorecard(`/${url.search}`);
    await expect(shared.getByRole('row', { name: /suitable accommodation/ }).count()).resolves.toBe(2);
    await shared.context().close();
    await page.context().close();
  });

  test('goes back to the previous view with the browser back button', async () => {
    const page = await openScorecard('/?history=1');
    await page.getByRole('combobox', { name: 'Reporting period' }).selectOption('2020/21');
    await expect(page.getByRole('columnheader', { name: /Q2 2021\/22/ }).count()).resolves.toBe(0);
    await page.goBack();
    await page.getByRole('columnheader', { name: /Q2 2021\/22/ }).waitFor();
    await page.context().close();
  });
});
