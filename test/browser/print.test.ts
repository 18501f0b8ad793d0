import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { readPdfPages, type PdfPage } from './pdf-text';

let browser: Browser | undefined;
let pages: PdfPage[] = [];
let rows: string[] = [];

/** Text as compared across the PDF and the page: ligatures undone (ﬁ), and no spaces or line breaks, which the PDF places by position. */
function squashed(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await openPage(browser, '/');
  await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
  // Text for screen readers only is clipped away, so it is not painted into the PDF; leave it out of the comparison.
  // Hidden through each element's style object: the app's Content-Security-Policy refuses an added <style>.
  const hide = (display: string) =>
    page.evaluate((value) => {
      for (const element of document.querySelectorAll<HTMLElement>('.visually-hidden'))
        element.style.setProperty('display', value, value === '' ? '' : 'important');
    }, display);
  await hide('none');
  rows = await page
    .locator('table.scorecard tbody tr:not(.question-row)')
    .evaluateAll((found) => found.map((row) => (row as HTMLElement).innerText));
  await hide('');
  // The paper size comes from the stylesheet's @page rule, as it does when a reader prints, so the size test checks the CSS.
  pages = readPdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: false })));
  await page.context().close();
});

afterAll(async () => {
  await browser?.close();
});

describe('the printed scorecard (Chromium, Save as PDF)', () => {
  test('prints no text under 10 pt (13.33 CSS pixels)', async () => {
    if (!browser) throw new Error('browser did not start');
    const page = await openPage(browser, '/');
    await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const small = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('*')].flatMap((element) => {
        const style = getComputedStyle(element);
        const ownText = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
        );
        if (!ownText || style.display === 'none' || element.closest('.visually-hidden, [hidden]')) return [];
        if (element.closest('details:not([open])') && element.tagName !== 'SUMMARY') return [];
        const size = parseFloat(style.fontSize);
        return size < 13.3 ? [`${element.tagName.toLowerCase()}.${element.className}: ${size}px`] : [];
      }),
    );
    expect([...new Set(small)]).toEqual([]);
    await page.context().close();
  });

  test('is on A4 landscape pages, 842 by 595 points', () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(Math.round(page.width)).toBe(842);
      expect(Math.round(page.height)).toBe(595);
    }
  });

  test('names the LA and the period, and numbers the page, at the top of every page', () => {
    pages.forEach((page, index) => {
      const text = squashed(page.text);
      expect(text).toContain(
        squashed('County Durham performance scorecard: Quarter 2 2021/22 (July to September 2021)'),
      );
      expect(text).toContain(squashed(`Page ${index + 1} of ${pages.length}`));
    });
  });

  test('repeats the table’s header on every page', () => {
    for (const page of pages) expect(squashed(page.text)).toContain('Directionoftravel');
  });

  test('prints every measure row once, whole on one page', () => {
    expect(rows.length).toBeGreaterThan(30);
    const texts = pages.map((page) => squashed(page.text));
    for (const row of rows) {
      const whole = squashed(row);
      expect({
        row: whole,
        pages: texts.filter((text) => text.includes(whole)).length,
        times: texts.reduce((count, text) => count + occurrences(text, whole), 0),
      }).toEqual({ row: whole, pages: 1, times: 1 });
    }
  });
});
