/**
 * The scorecard and every page fit the screens panel members and officers use: nothing scrolls
 * sideways, and the first measure's three ratings are on screen with it (issue 13, item 1).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  checkAccessibility,
  insideViewport,
  launchBrowser,
  openPage,
  sidewaysScroll,
  tabTo,
  type TestPage,
  type Viewport,
} from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const SCREENS: readonly (Viewport & { name: string })[] = [
  { name: 'a 1440×900 laptop', width: 1440, height: 900 },
  { name: 'a 1280×720 laptop', width: 1280, height: 720 },
  { name: 'a 390×844 phone', width: 390, height: 844 },
  // WCAG 2.2's reflow (1.4.10): a 1280 px screen zoomed to 400% is 320 CSS px wide.
  { name: 'a 1280 px screen zoomed to 400% (320 px)', width: 320, height: 720 },
];

async function open(path: string, viewport: Viewport, ready: string): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  const page = await openPage(browser, path, viewport);
  await page.locator(ready).first().waitFor();
  return page;
}

/** The first measure's comparator ratings, in the table or in its stacked block on a phone. */
function firstRatings(page: TestPage) {
  return page.locator('table.scorecard tbody tr:not(.question-row), .measure-card').first().locator('.rating');
}

describe.each(SCREENS)('on $name', (viewport) => {
  test('the scorecard never scrolls sideways, and the first measure’s three ratings are on screen beside it', async () => {
    const page = await open('/', viewport, 'table.scorecard, .measure-card');
    expect(await sidewaysScroll(page)).toBe(0);
    const ratings = firstRatings(page);
    // each badge's word, then the reason a screen reader hears
    const notRated = expect.stringMatching(/^Not rated\s*Not rated: this measure has no good or bad direction\.$/);
    await expect(ratings.allInnerTexts()).resolves.toEqual([notRated, notRated, notRated]);
    for (const rating of await ratings.all()) expect(await insideViewport(rating)).toBe(true);
    const title = page.getByRole('link', { name: /^Rate of children looked after/ }).first();
    expect(await insideViewport(title)).toBe(true);
    expect(await checkAccessibility(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('the scorecard in young people’s words fits too, and passes axe', async () => {
    const page = await open('/?words=child', viewport, 'table.scorecard, .measure-card');
    expect(await sidewaysScroll(page)).toBe(0);
    await expect(page.getByRole('link', { name: /^Rate of children in care per 10,000/ }).count()).resolves.toBe(1);
    expect(await checkAccessibility(page)).toEqual([]);
    await page.context().close();
  });

  test.each([
    { page: 'a measure page', path: '/#/measures/cla_rate', ready: 'h1' },
    { page: 'Upload figures', path: '/#/upload', ready: 'form' },
    { page: 'Saved versions', path: '/#/history', ready: 'h1' },
    { page: 'Ofsted inspections', path: '/?area=E06000004#/inspections', ready: 'table' },
    { page: 'the glossary', path: '/#/glossary', ready: '.glossary' },
    { page: 'About the data', path: '/#/about', ready: '.about-table' },
    { page: 'the glossary in young people’s words', path: '/?words=child#/glossary/cla', ready: '.glossary' },
    { page: 'a breakdown page', path: '/#/breakdowns/cla_placement_types', ready: 'table.breakdown-table' },
    { page: 'the 903 return page', path: '/#/903-return', ready: 'form' },
    { page: 'the slide picker', path: '/#/present/choose', ready: '.slide-picker' },
    { page: 'the National Framework view', path: '/?framework=national', ready: 'table.scorecard, .measure-card' },
  ])('$page never scrolls sideways and passes axe', async ({ path, ready }) => {
    const page = await open(path, viewport, ready);
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await checkAccessibility(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

test('with every period shown at 1440×900, the history scrolls in its own region while the measure column stays put', async () => {
  const page = await open('/?history=1', { width: 1440, height: 900 }, 'table.scorecard');
  expect(await sidewaysScroll(page)).toBe(0);
  const region = page.getByRole('region', { name: 'Performance scorecard' });
  const measure = page.locator('table.scorecard tbody th.measure-cell').first();
  const before = await measure.evaluate((cell) => cell.getBoundingClientRect().left);
  await region.evaluate((element) => element.scrollBy({ left: 600 }));
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(await measure.evaluate((cell) => cell.getBoundingClientRect().left)).toBe(before);
  expect(await checkAccessibility(page)).toEqual([]);
  await page.context().close();
});

test('by keyboard: young people’s words on, then a term’s link opens its glossary entry', async () => {
  const page = await open('/', { width: 1280, height: 720 }, 'table.scorecard');
  await tabTo(page, page.getByRole('checkbox', { name: 'Use young people’s words' }));
  await page.keyboard.press('Space');
  await expect.poll(() => page.evaluate(() => window.location.search)).toContain('words=child');
  await page.getByRole('link', { name: /^Rate of children in care per 10,000/ }).waitFor();
  await tabTo(page, page.getByRole('link', { name: 'statistical neighbours' }).first());
  await page.keyboard.press('Enter');
  await page.locator('.glossary').waitFor();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/glossary/statistical-neighbours');
  await expect(page.locator('.glossary-entry-chosen dt').innerText()).resolves.toMatch(/neighbours/i);
  expect(await sidewaysScroll(page)).toBe(0);
  expect(await checkAccessibility(page)).toEqual([]);
  expect(page.errors).toEqual([]);
  await page.context().close();
});
