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

  test("shows Ofsted's judgement of County Durham's leaders in words beside England's and the North East's spread, inside 1280 px, passing axe", async () => {
    // The sample's own figures are for 2021/22 Q2; Ofsted's sheet is for 2024/25 and does not move it.
    const page = await openScorecard('/?framework=national');
    await expect(page.getByRole('combobox', { name: 'Reporting period' }).inputValue()).resolves.toBe('2021/22 Q2');
    const table = page.getByRole('table', { name: 'Performance scorecard' });
    const leaders = table.getByRole('rowgroup', {
      name: 'Culture focused on outcomes from children and families and continually improving services',
    });
    const row = leaders.getByRole('row', { name: /Ofsted’s judgement of the impact of leaders/ });
    // Its code is fetched when the row is first drawn (JudgementRow.tsx).
    await row.waitFor();
    await expect(row.count()).resolves.toBe(1);
    // One row for the four counts: not one per judgement.
    await expect(leaders.getByRole('rowheader').count()).resolves.toBe(1);
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[0]).toMatch(/^Outstanding/);
    expect(cells[0]).toContain('inspection of 24 March 2025');
    expect(cells[1]).toMatch(/Outstanding\s+45\s+Good\s+60\s+Requires improvement to be good\s+33\s+Inadequate\s+15/);
    expect(cells[1]).toContain('of 153 councils judged, 2024/25');
    expect(cells[2]).toMatch(/Outstanding\s+5\s+Good\s+3\s+Requires improvement to be good\s+3\s+Inadequate\s+1/);
    // A judgement is not rated against anyone.
    await expect(row.getByText(/Better|Worse|Similar|Not rated/).count()).resolves.toBe(0);
    await row.scrollIntoViewIfNeeded();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await checkAccessibility(page)).toEqual([]);

    await row.getByRole('link').click();
    await page.getByRole('heading', { name: /Councils whose leaders Ofsted judged Outstanding/ }).waitFor();
    await expect(
      page.getByText(/Ofsted judged the impact of County Durham’s leaders on social work practice Outstanding/).count(),
    ).resolves.toBeGreaterThan(0);
    expect(await checkAccessibility(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
    expect(page.errors).toEqual([]);
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
