/**
 * Presentation mode in Chromium: the slides of County Durham at Q2 2021/22 stepped through by
 * keyboard with each slide's figures checked against the sample data, the slide picker by keyboard,
 * commentary written on a measure page and shown on its slide, the PowerPoint download, and axe-core
 * on every slide.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
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

const DECK = '/?slides=title,q:characteristics,m:cla_rate,q:care_leavers#/present';

async function openPresentation(path = DECK): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  const page = await openPage(browser, path);
  await page.locator('.present').waitFor();
  return page;
}

function slideHeading(page: TestPage) {
  return page.locator('.present > .slide h1');
}

function cellTexts(page: TestPage, rowName: RegExp) {
  return page
    .locator('.present > .slide')
    .getByRole('row', { name: rowName })
    .getByRole('cell')
    .evaluateAll((cells) => cells.map((cell) => ((cell as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim()));
}

/**
 * The shown slide's text set under `least` pixels, as "tag: text (size)": every element with text of
 * its own, outside the chart's SVG (whose labels scale with its viewBox, not with CSS).
 */
function slideTextUnder(page: TestPage, least: number) {
  return page.locator('.present > .slide').evaluate((slide, smallest) => {
    const owned = [...slide.querySelectorAll('*')].filter(
      (element) =>
        !(element instanceof SVGElement) &&
        [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
        ),
    );
    return owned.flatMap((element) => {
      const size = parseFloat(getComputedStyle(element).fontSize);
      return size < smallest
        ? [`${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim()} (${size}px)`]
        : [];
    });
  }, least);
}

describe('presentation mode in Chromium (County Durham, 2021/22 Q2)', () => {
  test('steps through the chosen slides by keyboard, each with the sample data’s figures, and leaves with Escape', async () => {
    const page = await openPresentation();
    await expect.poll(() => slideHeading(page).innerText()).toBe('Corporate Parenting Panel');
    await expect
      .poll(() => page.locator('.present > .slide').innerText())
      .toMatch(/County Durham\s+Performance update: Q2 2021\/22/);
    expect(await page.getByText('Slide 1 of 6', { exact: true }).isVisible()).toBe(true);
    expect(await checkAccessibility(page)).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => slideHeading(page).innerText())
      .toBe('What are the characteristics of our cohort of children in care and care leavers? (1 of 2)');
    expect(await page.getByText('Slide 2 of 6', { exact: true }).isVisible()).toBe(true);
    expect(await cellTexts(page, /Rate of children looked after/)).toEqual([
      '90.0 (912 children) Q2 2021/22',
      '67.0 (2019/20) Not rated',
      '108.0 (2019/20) Not rated',
      '102.0 (2019/20) Not rated',
    ]);
    expect(await checkAccessibility(page)).toEqual([]);

    // The key question's other measures continue on the next slide.
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => slideHeading(page).innerText())
      .toBe('What are the characteristics of our cohort of children in care and care leavers? (2 of 2)');
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => slideHeading(page).innerText())
      .toBe('Rate of children looked after (CLA) per 10,000 children aged under 18');
    const slide = page.locator('.present > .slide');
    expect(await slide.locator('.slide-latest').innerText()).toBe('90.0 (912 children) Q2 2021/22');
    expect((await slide.locator('.slide-comparators').innerText()).replace(/\s+/g, ' ')).toBe(
      'England 67.0 (2019/20) Not rated North East 108.0 (2019/20) Not rated Statistical neighbours 102.0 (2019/20) Not rated',
    );
    expect(
      await slide
        .getByRole('img', {
          name: 'Line chart, from zero. Children in care per 10,000 rose from 82.9 in 2018/19 to 93.5 in 2020/21, then fell to 90.0 at Q2 2021/22.',
        })
        .isVisible(),
    ).toBe(true);
    expect(await slide.getByText('No commentary has been written for this period.').isVisible()).toBe(true);
    expect(await checkAccessibility(page)).toEqual([]);

    await page.keyboard.press('Space');
    await expect
      .poll(() => slideHeading(page).innerText())
      .toBe('What are outcomes like for our care leavers? (1 of 2)');
    expect(await cellTexts(page, /aged 17-18 in education, employment or training/)).toEqual([
      '70.0% Q2 2021/22',
      '64.0% (2019/20) Better',
      '63.0% (2019/20) Better',
      '68.0% (2019/20) Similar',
    ]);
    expect(await page.getByText('Slide 5 of 6', { exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByText('Slide 6 of 6', { exact: true }).isVisible()).toBe(true);
    expect(await checkAccessibility(page)).toEqual([]);

    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => page.locator('[aria-live="polite"]').innerText())
      .toBe('Slide 2 of 6: What are the characteristics of our cohort of children in care and care leavers? (1 of 2)');
    expect(new URL(page.url()).searchParams.get('slide')).toBe('2');

    await page.keyboard.press('Escape');
    await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('moves by the on-screen buttons too, and every text of a key-question slide and a measure slide is at least 28px on a 1920×1080 screen', async () => {
    const page = await openPresentation();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Next slide' }).click();
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect.poll(() => page.getByText('Slide 3 of 6', { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Previous slide' }).click();
    await expect.poll(() => page.getByText('Slide 2 of 6', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.present > .slide td').count()).toBeGreaterThan(0);
    expect(await slideTextUnder(page, 28)).toEqual([]);
    await page.getByRole('button', { name: 'Next slide' }).click();
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect.poll(() => page.locator('.present > .slide .slide-legend').isVisible()).toBe(true);
    expect(await slideTextUnder(page, 28)).toEqual([]);
    await page.context().close();
  });

  test('chooses and orders the slides by keyboard, kept in the address', async () => {
    if (!browser) throw new Error('browser did not start');
    const page = await openPage(browser, '/?slides=title,q:characteristics#/present/choose');
    await page.getByRole('heading', { name: /Choose the slides/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Percentage of CLA with 3 or more placements during the year' }).focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('slides'))
      .toBe('title,q:characteristics,m:cla_3plus_placements');
    await page
      .getByRole('button', {
        name: /^Move up ?: Measure: Percentage of CLA with 3 or more placements during the year$/,
      })
      .focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('slides'))
      .toBe('title,m:cla_3plus_placements,q:characteristics');
    // The moved slide's button keeps the keyboard, so it can be moved again at once.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('slides'))
      .toBe('m:cla_3plus_placements,title,q:characteristics');
    expect(await checkAccessibility(page)).toEqual([]);
    await page.getByRole('link', { name: 'Start presenting' }).click();
    await expect
      .poll(() => slideHeading(page).innerText())
      .toBe('Percentage of children looked after (CLA) with 3 or more placements during the year');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('shows the commentary written on the measure page, and downloads the slides as a PowerPoint file with it in the notes', async () => {
    if (!browser) throw new Error('browser did not start');
    const page = await openPage(browser, '/#/measures/cla_rate');
    await page.getByRole('button', { name: 'Write the commentary' }).click();
    await page
      .getByRole('textbox', { name: /What the data tells us about 2021\/22 Q2/ })
      .fill('More children came into care after the summer.');
    await page.getByRole('button', { name: 'Save the commentary' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Commentary saved.' }).count()).toBe(1);
    expect(await checkAccessibility(page)).toEqual([]);

    await page.goto(new URL('/?slides=title,m:cla_rate&slide=2#/present', page.url()).href);
    await page.locator('.present').waitFor();
    await expect
      .poll(() => page.locator('.present > .slide .slide-commentary').innerText())
      .toContain('More children came into care after the summer.');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as PowerPoint (.pptx)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('county-durham-2021-22-q2-panel-slides.pptx');
    const files = unzipSync(new Uint8Array(readFileSync(await file.path())));
    expect(Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(2);
    const notes = Object.keys(files)
      .filter((name) => name.startsWith('ppt/notesSlides/') && name.endsWith('.xml'))
      .map((name) => strFromU8(files[name] ?? new Uint8Array()));
    expect(notes.join('\n')).toContain('More children came into care after the summer.');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
