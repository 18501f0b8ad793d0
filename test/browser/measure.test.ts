import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility, launchBrowser, openPage, tabTo, type TestPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1280): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  return openPage(browser, path, { width, height: 900 });
}

async function openMeasure(id: string, query = ''): Promise<TestPage> {
  const page = await open(`/${query}#/measures/${id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

describe('measure page in Chromium', () => {
  test('goes from the scorecard to a measure and back by keyboard alone, keeping the scorecard selections', async () => {
    const page = await open('/?question=characteristics&sort=measure%3Adesc');
    await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
    await tabTo(page, page.getByRole('link', { name: /Rate of children looked after/ }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Rate of children looked after/ }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

    // Tab reaches a radio group at its checked button; the arrow keys move the choice.
    await tabTo(page, page.getByRole('radio', { name: 'Chart' }));
    await page.keyboard.press('ArrowRight');
    await page.getByRole('table', { name: /every figure in the chart/ }).waitFor();
    await tabTo(page, page.getByRole('checkbox', { name: 'England' }));
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('england');
    await expect(
      page
        .getByRole('table', { name: /every figure in the chart/ })
        .getByRole('columnheader', { name: 'England' })
        .count(),
    ).resolves.toBe(0);

    await page.keyboard.down('Shift');
    await tabTo(page, page.getByRole('link', { name: 'Back to the scorecard' }));
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Performance scorecard' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Key question' }).inputValue()).resolves.toBe('characteristics');
    await expect(page.getByRole('columnheader', { name: /Measure/ }).getAttribute('aria-sort')).resolves.toBe(
      'descending',
    );
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('states the latest value, the comparators with their periods and the trend for cla_rate', async () => {
    const page = await openMeasure('cla_rate');
    await expect(
      page
        .getByText(
          '90.0 per 10,000 children at Q2 2021/22 (912 children). England 67.0, North East 108.0, statistical neighbours 102.0 (2019/20). This measure has no good or bad direction, so it is not rated against England, the North East or the statistical neighbours.',
        )
        .count(),
    ).resolves.toBe(1);
    await expect(
      page
        .getByText(
          'Children in care per 10,000 rose from 82.9 in 2018/19 to 93.5 in 2020/21, then fell to 90.0 at Q2 2021/22.',
        )
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('img', { name: /Line chart/ }).count()).resolves.toBe(1);
    await page.context().close();
  });

  test('draws a marker for every figure and none for a missing one, and the table says why', async () => {
    const page = await openMeasure('cla_sdq_score');
    const chart = page.getByRole('img', { name: /Line chart/ });
    await chart.waitFor();
    // SDQ: 2018/19 is "no new data"; 2019/20 13.6 and 2020/21 13.5 are the home area's only yearly figures.
    await expect(chart.locator('circle[stroke="#0b0c0c"]').count()).resolves.toBe(2);
    await page.getByRole('radio', { name: 'Table' }).check();
    await expect(page.getByRole('row', { name: /2018\/19/ }).textContent()).resolves.toContain('No new data');
    await page.context().close();
  });

  test('has no accessibility violations in chart view', async () => {
    const page = await openMeasure('cla_rate');
    await page.getByRole('img', { name: /Line chart/ }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.context().close();
  });

  test('reads every line’s figures at a period by keyboard and by pointing, and has no violations while it does', async () => {
    const page = await openMeasure('cla_rate');
    const periods = page.getByRole('slider', { name: 'Period whose figures are shown' });
    await tabTo(page, periods);
    // Focus shows the latest period; the arrow keys step back through the periods, Home to the first.
    await expect(periods.getAttribute('aria-valuetext')).resolves.toBe('Q2 2021/22');
    await expect(page.getByText('County Durham (quarters), Q2 2021/22: 90.0').count()).resolves.toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(periods.getAttribute('aria-valuetext')).resolves.toBe('2020/21');
    await expect(page.getByText('County Durham (years), 2020/21: 93.5 (provisional)').count()).resolves.toBe(1);
    expect(await checkAccessibility(page)).toEqual([]);
    await page.keyboard.press('Home');
    await expect(periods.getAttribute('aria-valuetext')).resolves.toBe('2018/19');
    await page.keyboard.press('Escape');
    await expect(page.getByText(/County Durham \(years\), 2018\/19/).count()).resolves.toBe(0);

    // Pointing at the 2019/20 markers reads all five lines there.
    await page.keyboard.press('Tab');
    const marker = page.getByRole('img', { name: /Line chart/ }).locator('path[fill="#912b88"]');
    await marker.scrollIntoViewIfNeeded();
    const box = await marker.boundingBox();
    if (!box) throw new Error('the North East marker is not drawn');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (const line of [
      'County Durham (years), 2019/20: 90.0',
      'England, 2019/20: 67.0',
      'North East, 2019/20: 108.0',
      'Statistical neighbours of County Durham, 2019/20: 102.0',
    ]) {
      await expect(page.getByText(line).count()).resolves.toBe(1);
    }
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test.each([1280, 320])('draws the chart within the screen at %i px, the years named along it', async (width) => {
    const page = await open(`/#/measures/cla_rate`, width);
    const chart = page.getByRole('img', { name: /Line chart/ });
    await chart.waitFor();
    const box = await chart.boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? Infinity) <= width).toBe(true);
    for (const year of ['2018/19', '2021/22']) await expect(chart.getByText(year).count()).resolves.toBe(1);
    await page.context().close();
  });

  test('has no accessibility violations in table view', async () => {
    const page = await openMeasure('care_leavers_17_18_eet', '?view=table');
    await page.getByRole('table').waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.context().close();
  });

  test('opens the same view from a copied link', async () => {
    const page = await openMeasure('cla_rate', '?period=2020%2F21&view=table&hide=region%2Cstat_neighbours&zero=1');
    await expect(page.getByRole('radio', { name: 'Table' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'North East' }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Start the axis at zero' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: 'Reporting period' }).inputValue()).resolves.toBe('2020/21');
    await expect(page.getByRole('row', { name: /2021\/22 Q1/ }).count()).resolves.toBe(0);
    await page.context().close();
  });

  test('downloads the chart as SVG and PNG and the figures as CSV', async () => {
    const page = await openMeasure('cla_rate');
    await page.getByRole('img', { name: /Line chart/ }).waitFor();
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: await readFile(path) };
    };
    const svg = await save('Chart as SVG');
    expect(svg.name).toBe('children-in-care-per-10-000-county-durham.svg');
    expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*County Durham \(years\)[\s\S]*<\/svg>$/);
    const png = await save('Chart as PNG');
    expect(png.name).toBe('children-in-care-per-10-000-county-durham.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const csv = await save('Figures as CSV');
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(lines[0]).toBe('measure,area,period,value,numerator,denominator,status,note');
    expect(lines).toContain('cla_rate,E06000047,2021/22 Q2,90,912,,,');
    expect(lines).toContain('cla_rate,E06000047,2020/21,93.5,949,,provisional,');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
