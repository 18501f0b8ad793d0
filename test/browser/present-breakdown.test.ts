/**
 * A breakdown as a slide (issue 15, point 5): chosen on the slide picker by keyboard, shown at
 * 1920×1080 with its bars and table inside the screen, and printed with the rest of the pack.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, tabTo, textsSmallerThan } from './browser';
import { readPdfPages } from './pdf-text';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const MIX = "Placement mix by the council's own placement types";
const squashed = (text: string) => text.replace(/\s+/g, '');

describe('a breakdown slide in Chromium', () => {
  test('is chosen on the slide picker by keyboard and kept in the link', async () => {
    if (!browser) throw new Error('browser did not start');
    const page = await openPage(browser, '/?slides=title#/present/choose');
    const group = page.getByRole('group', { name: 'Breakdowns' });
    await group.waitFor();
    const box = group.getByRole('checkbox', { name: MIX });
    await tabTo(page, box, 300);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('slides')).toBe('title,b:cla_placement_types');
    await expect(page.locator('.slide-order-name').allInnerTexts()).resolves.toEqual([
      'Title slide',
      `Breakdown: ${MIX}`,
    ]);
    expect(await checkAccessibility(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('shows every figure with its bar inside a 1920×1080 screen, every text at 28px or more, with no axe violations', async () => {
    if (!browser) throw new Error('browser did not start');
    const page = await openPage(browser, '/?slides=b:cla_placement_types#/present', { width: 1920, height: 1080 });
    await page.getByRole('heading', { level: 1, name: `${MIX}: County Durham` }).waitFor();
    const slide = page.locator('.present > .slide');
    await expect(slide.locator('svg.slide-breakdown-bar rect').count()).resolves.toBeGreaterThan(0);
    await expect(
      slide
        .getByRole('row', { name: /^In-house foster care/ })
        .locator('th, td')
        .allTextContents(),
    ).resolves.toEqual(['In-house foster care', '422 (45%)', '430 (48%)', '388 (43%)']);
    const outside = await page.evaluate(() => {
      const stage = document.querySelector('.present');
      const width = document.documentElement.clientWidth;
      const height = document.documentElement.clientHeight;
      const found: string[] = [];
      if (stage && stage.scrollHeight > stage.clientHeight + 1)
        found.push(`the slide scrolls: ${stage.scrollHeight}px`);
      for (const element of document.querySelectorAll('.present > .slide svg, .present > .slide table')) {
        const box = element.getBoundingClientRect();
        if (box.right > width + 1 || box.bottom > height + 1)
          found.push(`${element.tagName} ends at ${box.right},${box.bottom}`);
      }
      return found;
    });
    expect(outside).toEqual([]);
    await expect(textsSmallerThan(slide, 28)).resolves.toEqual([]);
    expect(await checkAccessibility(page)).toEqual([]);
    // A laptop's screen: the 16 categories and the source line still fit, nothing cut off below.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect
      .poll(() => slide.evaluate((element) => element.scrollHeight - element.clientHeight))
      .toBeLessThanOrEqual(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('prints with the pack: its heading and figures on a page of their own', async () => {
    if (!browser) throw new Error('browser did not start');
    const page = await openPage(browser, '/?slides=title,b:cla_placement_types#/present');
    await page.locator('.present > .slide').waitFor();
    const pages = readPdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: false })));
    const printed = pages.map((each) => squashed(each.text));
    const at = printed.findIndex((text) => text.includes(squashed(`${MIX}: County Durham`)));
    expect(at).toBeGreaterThan(0);
    expect(printed[at]).toContain(squashed('In-house foster care'));
    expect(printed[at]).toContain(squashed('422 (45%)'));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
