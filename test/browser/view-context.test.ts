/**
 * One view context for every page: a link that names a region instead of a local authority gets the
 * same notice on the scorecard, a measure page, the presentation and Ofsted's inspections, and each
 * shows the home council instead of the region (or nothing at all).
 */
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

const REGION_NOTICE =
  'The link asked for North East (E12000001), which is a region, not a local authority, so County Durham is shown.';

async function open(path: string, ready: (page: TestPage) => Promise<void>): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  const page = await openPage(browser, path);
  await ready(page);
  return page;
}

/** The notices the page shows, as a reader sees them. */
function notices(page: TestPage): Promise<string[]> {
  return page.locator('.view-notice').allInnerTexts();
}

describe('a link to a region, on every page', () => {
  test.each([
    {
      page: 'the scorecard',
      path: '/?area=E12000001',
      ready: (page: TestPage) => page.getByRole('table', { name: 'Performance scorecard' }).waitFor(),
      shows: (page: TestPage) => page.getByRole('heading', { level: 1 }).innerText(),
      heading: 'County Durham performance scorecard',
    },
    {
      page: 'a measure page',
      path: '/?area=E12000001#/measures/cla_rate',
      ready: (page: TestPage) => page.getByRole('heading', { name: /How County Durham compares/ }).waitFor(),
      shows: (page: TestPage) => page.getByRole('heading', { level: 1 }).innerText(),
      heading: 'Rate of children looked after (CLA) per 10,000 children aged under 18 County Durham',
    },
    {
      page: 'presentation mode',
      path: '/?area=E12000001#/present',
      ready: (page: TestPage) => page.locator('.present > .slide').waitFor(),
      // The title slide names the panel in its heading and the council below it.
      shows: (page: TestPage) => page.locator('.present > .slide .slide-subtitle').first().innerText(),
      heading: 'County Durham',
    },
    {
      page: 'the slide picker',
      path: '/?area=E12000001#/present/choose',
      ready: (page: TestPage) => page.getByRole('heading', { name: 'Slides in order' }).waitFor(),
      shows: (page: TestPage) => page.getByRole('heading', { level: 1 }).innerText(),
      heading: 'Choose the slides County Durham, Quarter 2 2021/22 (July to September 2021)',
    },
    {
      page: 'the Ofsted inspections page',
      path: '/?area=E12000001#/inspections',
      ready: (page: TestPage) =>
        page
          .getByRole('table', { name: 'Ofsted inspections of County Durham’s children’s services, newest first' })
          .waitFor(),
      shows: (page: TestPage) => page.getByRole('heading', { level: 1 }).innerText(),
      heading: 'Ofsted inspections County Durham',
    },
  ])('$page says so in the same words and shows County Durham', async ({ path, ready, shows, heading }) => {
    const page = await open(path, ready);
    expect(await notices(page)).toEqual([REGION_NOTICE]);
    expect((await shows(page)).replace(/\s+/g, ' ')).toBe(heading.replace(/\s+/g, ' '));
    expect(await checkAccessibility(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
