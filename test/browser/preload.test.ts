import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { FOLDER_FILES, MANIFEST_FILE } from '../../src/adapters/folder-files';
import { launchBrowser } from './browser';

/*
 * The built page asks for the data folder's manifest and fixed files with its own request
 * (vite.config.ts), so the app's fetch of each takes the answer already on its way. A preload the
 * app's fetch does not match (another URL, credentials mode or type) costs a second download of the
 * file instead of saving one, and nothing else would show it.
 */
describe('the data files the built page preloads', () => {
  let browser: Browser | undefined;
  const requested: string[] = [];
  let preloaded: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const scorecard = await context.newPage();
    // Listened for before the page opens: the preloads start with the HTML.
    scorecard.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/data/')) requested.push(path.slice(path.indexOf('/data/') + '/data/'.length));
    });
    await scorecard.goto(new URL('./', inject('baseUrl')).href, { waitUntil: 'load' });
    await scorecard.getByRole('table').first().waitFor({ state: 'visible' });
    preloaded = await scorecard
      .locator('link[rel="preload"][as="fetch"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('are the manifest and the files every folder has', () => {
    expect(preloaded).toEqual([MANIFEST_FILE, ...FOLDER_FILES].map((file) => `./data/${file}`));
  });

  test.each([MANIFEST_FILE, ...FOLDER_FILES])('downloads %s once: the app uses the preloaded answer', (file) => {
    expect(requested.filter((path) => path === file)).toHaveLength(1);
  });
});
