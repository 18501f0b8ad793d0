/**
 * Every slide of the standard deck fits a projector's screen (1920×1080) and a laptop's (1280×720)
 * without scrolling, and a clicker's keys (Page Down) reach each one (issue 13, item 6).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, type TestPage, type Viewport } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function present(path: string, viewport: Viewport): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  const page = await openPage(browser, path, viewport);
  await page.locator('.present > .slide').waitFor();
  return page;
}

/** What of the slide and its controls lies outside the viewport, or is cut off inside the chart; empty when it all fits. */
function outOfView(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const stage = document.querySelector('.present');
    const problems: string[] = [];
    if (stage && stage.scrollHeight > stage.clientHeight + 1)
      problems.push(`the slide scrolls: ${stage.scrollHeight}px`);
    for (const element of document.querySelectorAll('.present > .slide *, .present-controls *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('.visually-hidden')) continue;
      if (box.left < -1 || box.top < -1 || box.right > width + 1 || box.bottom > height + 1)
        problems.push(
          `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}" at ${Math.round(box.right)},${Math.round(box.bottom)}`,
        );
    }
    for (const svg of document.querySelectorAll('.present > .slide svg.slide-chart-svg')) {
      const frame = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        if (
          box.left < frame.left - 1 ||
          box.right > frame.right + 1 ||
          box.top < frame.top - 1 ||
          box.bottom > frame.bottom + 1
        )
          problems.push(`chart label "${text.textContent ?? ''}" is cut off`);
      }
    }
    return problems;
  });
}

/** The rendered size of the chart's smallest label, in CSS pixels. */
function smallestChartLabel(page: TestPage): Promise<number | null> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll('.present > .slide svg.slide-chart-svg text')].map(
      (text) => text.getBoundingClientRect().height,
    );
    return sizes.length > 0 ? sizes.reduce((low, size) => (size < low ? size : low)) : null;
  });
}

describe.each([
  { name: '1920×1080', width: 1920, height: 1080 },
  { name: '1280×720', width: 1280, height: 720 },
])('at $name', (viewport) => {
  test('every slide of the standard deck fits the screen and Page Down reaches each in turn', async () => {
    const page = await present('/#/present', viewport);
    const count = Number(/of (\d+)/.exec(await page.locator('.present-count').innerText())?.[1]);
    expect(count).toBeGreaterThan(7);
    for (let number = 1; number <= count; number += 1) {
      await expect.poll(() => page.locator('.present-count').innerText()).toBe(`Slide ${number} of ${count}`);
      expect(await outOfView(page), `slide ${number}`).toEqual([]);
      if (number < count) await page.keyboard.press('PageDown');
    }
    // A long key question continues on a second slide instead of running off the bottom.
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.present > .slide h1').innerText()).toMatch(/\(1 of 2\)$/);
    expect(await checkAccessibility(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('a measure slide charts the whole history and its comparators from zero, with nothing cut off', async () => {
    const page = await present('/?slides=m:care_leavers_19_21_eet,m:cla_rate#/present', viewport);
    for (const number of [1, 2]) {
      await expect.poll(() => page.locator('.present-count').innerText()).toBe(`Slide ${number} of 2`);
      expect(await outOfView(page), `slide ${number}`).toEqual([]);
      const labels = await page.locator('.present > .slide svg.slide-chart-svg text').allTextContents();
      expect(labels).toContain(number === 1 ? '0.0%' : '0.0');
      expect(labels).toContain('2018/19');
      expect(labels.at(-1)).toBe('Q2 2021/22');
      await expect(page.locator('.present > .slide .slide-legend li').allInnerTexts()).resolves.toEqual([
        'County Durham',
        'England',
        'North East',
        'Statistical neighbours',
      ]);
      if (viewport.width === 1920) expect(await smallestChartLabel(page)).toBeGreaterThanOrEqual(24);
      await page.keyboard.press('ArrowRight');
    }
    expect(await checkAccessibility(page)).toEqual([]);
    await page.context().close();
  });
});

test('the slides in young people’s words fit and pass axe', async () => {
  const page = await present('/?words=child&slide=2#/present', { width: 1920, height: 1080 });
  await expect(page.locator('.present > .slide h1').innerText()).resolves.toContain('young people who have left care');
  expect(await outOfView(page)).toEqual([]);
  expect(await checkAccessibility(page)).toEqual([]);
  await page.context().close();
});
