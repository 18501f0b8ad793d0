import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, type TestPage } from './browser';

describe('home page', () => {
  let browser: Browser | undefined;
  let page: TestPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openPage(browser, '/');
    await page.locator('h1').first().waitFor({ state: 'visible' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('shows a main heading', async () => {
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
  });

  test('logs no console errors and throws nothing', () => {
    expect(page.errors).toEqual([]);
  });

  test('has no accessibility violations', async () => {
    expect(await checkAccessibility(page)).toEqual([]);
  });
});
