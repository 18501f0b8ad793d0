/**
 * The National Framework view (issue 19): the same scorecard regrouped by DfE's outcomes, enablers
 * and headings, reached by keyboard, kept in the link, with the neighbours' median, inside 1280 px,
 * and the presentation built from the same grouping.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, sidewaysScroll, tabTo, type TestPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openScorecard(path = '/'): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  const page = await openPage(browser, path, { width: 1280, height: 720 });
  await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
  return page;
}

const OUTCOME_4 = 'Outcome 4: Children in care and care leavers have stable, loving homes';

describe('the National Framework view in Chromium', () => {
  test('is chosen by keyboard, regroups the table under outcomes and headings, fits 1280 px, passes axe, and its link reopens it', async () => {
    const page = await openScorecard();
    const grouping = page.getByRole('combobox', { name: 'Group measures by' });
    await tabTo(page, grouping);
    await page.keyboard.press('End');
    await expect.poll(() => new URL(page.url()).searchParams.get('framework')).toBe('national');
    const table = page.getByRole('table', { name: 'Performance scorecard' });
    await table.getByRole('columnheader', { name: OUTCOME_4 }).waitFor();
    await expect(
      table.getByRole('rowgroup', { name: 'Stability and quality of where a child lives' }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Neighbours’ figure' }).inputValue()).resolves.toBe('median');
    expect(await sidewaysScroll(page)).toBe(0);
    // The metrics not shown, opened by keyboard as an officer would.
    const gaps = page.locator('.framework-gaps summary');
    await tabTo(page, gaps, 200);
    await page.keyboard.press('Enter');
    await expect(page.locator('.framework-gaps li').first().isVisible()).resolves.toBe(true);
    expect(await checkAccessibility(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);

    const shared = await openScorecard(`/${new URL(page.url()).search}`);
    await expect(shared.getByRole('combobox', { name: 'Group measures by' }).inputValue()).resolves.toBe('national');
    await shared.getByRole('columnheader', { name: OUTCOME_4 }).waitFor();
    expect([...page.errors, ...shared.errors]).toEqual([]);
    await shared.context().close();
    await page.context().close();
  });

  test('keeps the grouping on a measure page and in the presentation, each passing axe', async () => {
    const page = await openScorecard('/?framework=national');
    await page
      .getByRole('link', { name: /3 or more placements/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /How County Durham compares/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('framework')).toBe('national');
    expect(await checkAccessibility(page)).toEqual([]);

    if (!browser) throw new Error('browser did not start');
    const picker = await openPage(browser, '/?framework=national#/present/choose');
    await picker.getByRole('heading', { name: 'Slides in order' }).waitFor();
    await expect(
      picker.getByText('Heading: Stability and quality of where a child lives').count(),
    ).resolves.toBeGreaterThan(0);
    expect(await checkAccessibility(picker)).toEqual([]);
    expect([...page.errors, ...picker.errors]).toEqual([]);
    await picker.context().close();
    await page.context().close();
  });
});
