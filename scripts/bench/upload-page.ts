/**
 * The bench's uploads, through the upload page as an officer makes them: choose the file and the
 * council, check it, acknowledge its warnings, name the version and save it.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Saved, or refused with the page's own words (the first 800 characters of its error summary). */
export type UploadOutcome = { saved: true } | { saved: false; reason: string };

/** Uploads `file` for `area` and saves it as a version called `name`. */
export async function uploadFile(
  page: Page,
  baseUrl: string,
  file: string,
  area: string,
  name: string,
): Promise<UploadOutcome> {
  // A fresh load each time: going to the same #/upload again would keep the last file's screen.
  await page.goto('about:blank');
  await page.goto(new URL('#/upload', baseUrl).href);
  await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
  await page.getByLabel('Choose the file').setInputFiles(file);
  await page.getByRole('combobox', { name: 'Local authority the file is for' }).selectOption(area);
  await page.getByRole('button', { name: 'Check the file' }).click();
  const preview = page.getByRole('heading', { name: 'Check the changes before saving' });
  const problem = page.getByRole('heading', { name: 'There is a problem with the file' });
  await preview.or(problem).waitFor({ timeout: 240_000 });
  if ((await problem.count()) > 0) {
    // From the problem's heading on: the banner above it names the version on screen, not the file.
    const text = (await page.locator('#main').innerText()).replace(/\s+/g, ' ');
    return { saved: false, reason: text.slice(Math.max(0, text.indexOf('There is a problem'))).slice(0, 800) };
  }
  await savePreviewed(page, name);
  return { saved: true };
}

/** Saves the figures the preview on screen shows as a version called `name`, acknowledging its warnings. */
export async function savePreviewed(page: Page, name: string): Promise<void> {
  // Every acknowledgement the preview asks for (one per kind of warning).
  for (const box of await page.getByRole('checkbox', { name: /I have checked/ }).all()) await box.check();
  await page.getByRole('textbox', { name: 'Name this version' }).fill(name);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await page.getByRole('heading', { name: 'Figures saved' }).waitFor({ timeout: 240_000 });
}

/** uploadFile, for a file the bench needs: a refusal stops the bench with the page's reason. */
export async function uploadOrStop(page: Page, baseUrl: string, file: string, area: string, name: string) {
  const outcome = await uploadFile(page, baseUrl, file, area, name);
  if (!outcome.saved) throw new Error(`${path.basename(file)} was refused: ${outcome.reason}`);
}
