/**
 * The National Framework view with DfE's files loaded, in Chromium (issue 19's done-when and point
 * 2): the factors at assessment (counts, made rates in the upload worker from the data folder's
 * population table) and the children looked after file are uploaded as published, then Stockton-on-
 * Tees 2024/25 is opened by its link in the framework view. The neglect row shows the file's rate,
 * England, the North East and the neighbours' median; the view passes axe-core and fits 1280 px; a
 * metric's page (trend and regional charts, SPC's reason for no chart), the slides and the printed
 * page keep the grouping and the figure.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { saveUpload } from './dfe-upload';
import { checkAccessibility, launchBrowser, openPage, sidewaysScroll, tabTo } from './browser';
import { readPdfPages } from './pdf-text';

const DFE_FILES = [
  'c3_factors_identified_at_end_of_assessment_2018_to_2025.csv',
  'cla_number_and_rate_per_10k_children.csv',
].map((file) => path.resolve(import.meta.dirname, '../fixtures/dfe', file));
const VIEW = '/?framework=national&area=E06000004&period=2024%2F25&model=2021';
const NEGLECT = /Assessments that identified neglect/;

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the National Framework view of DfE open data in Chromium', () => {
  test(
    'shows Stockton-on-Tees’ factors at assessment beside England, the North East and the neighbours’ median, and keeps them on the measure page, the slides and the printed page',
    { timeout: 180_000 },
    async () => {
      if (!browser) throw new Error('browser did not start');
      const page = await openPage(browser, '/#/upload', { width: 1280, height: 720 });
      await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
      await saveUpload(page, DFE_FILES[0] ?? '', 'DfE factors at assessment, to 2025');
      await page.getByRole('button', { name: 'Upload another file' }).click();
      await saveUpload(page, DFE_FILES[1] ?? '', 'DfE children looked after, to 2025');

      await page.goto(new URL(VIEW, page.url()).href);
      const table = page.getByRole('table', { name: 'Performance scorecard' });
      // The saved versions' figures are read and regrouped first; on a busy machine that outlasts the default wait.
      await table
        .getByRole('columnheader', { name: /Outcome 2: Children and young people are safe/ })
        .waitFor({ timeout: 90_000 });
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: NEGLECT }) });
      const cells = await row.getByRole('cell').allInnerTexts();
      expect(cells[0]).toContain('126.7');
      expect(cells[0]).toContain('571 of 45,079');
      expect(cells.join(' | ')).toMatch(/74\.2.*95\.6.*75\.3/s);
      expect(cells.join(' ')).toContain('Median of the 10 most similar councils');
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await checkAccessibility(page)).toEqual([]);

      // The measure page, reached by keyboard: its trend table and the regional comparison.
      const link = row.getByRole('link', { name: NEGLECT });
      await tabTo(page, link, 400);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: /How Stockton-on-Tees compares/ }).waitFor();
      expect(new URL(page.url()).searchParams.get('framework')).toBe('national');
      await expect(page.getByRole('table').filter({ hasText: '126.7' }).count()).resolves.toBeGreaterThan(0);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await checkAccessibility(page)).toEqual([]);

      // The slides of the view: the heading's slide names its outcome and carries the figure.
      await page.goto(new URL(`${VIEW}#/present/choose`, page.url()).href);
      await page.getByRole('heading', { name: 'Slides in order' }).waitFor();
      await expect(page.getByText('Heading: Child abuse / neglect').count()).resolves.toBeGreaterThan(0);
      expect(await checkAccessibility(page)).toEqual([]);

      // The printed page of the view carries the metric and its figure.
      await page.goto(new URL(VIEW, page.url()).href);
      await table.getByRole('columnheader', { name: /Outcome 2/ }).waitFor();
      const printed = readPdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true })))
        .map((pdfPage) => pdfPage.text)
        .join(' ')
        .normalize('NFKC')
        .replace(/\s+/g, '');
      expect(printed).toContain('Assessmentsthatidentifiedneglect');
      expect(printed).toContain('126.7');
      expect(page.errors).toEqual([]);
      await page.context().close();
    },
  );
});
