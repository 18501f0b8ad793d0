/** Test-only: a file saved as a version through the upload page, as an officer does it. */
import path from 'node:path';
import { expect } from 'vitest';
import type { TestPage } from './browser';

export const dfeFixture = (file: string) => path.resolve(import.meta.dirname, '../fixtures/dfe', file);

/**
 * Any file checked, every kind of warning acknowledged, named and saved; `checkPreview` looks at the
 * preview first, as a test of one kind of file wants to.
 */
export async function saveUpload(
  page: TestPage,
  file: string,
  name: string,
  checkPreview: () => Promise<void> = async () => {},
): Promise<void> {
  await page.getByLabel('Choose the file').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { name: 'Check the changes before saving' }).waitFor();
  await checkPreview();
  // Each kind of warning has its own box to tick.
  for (const box of await page.getByRole('checkbox', { name: /^I have checked the \d/ }).all()) await box.check();
  await page.getByRole('textbox', { name: 'Name this version' }).fill(name);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await page.getByRole('heading', { name: 'Figures saved' }).waitFor();
}

/** A DfE open-data file, recognised as one with its rows accounted for, then saved. */
export async function uploadDfeFile(page: TestPage, file: string, name: string): Promise<void> {
  await saveUpload(page, file, name, async () => {
    await expect(
      page.getByText(`${path.basename(file)}, a DfE open-data file, has no errors.`, { exact: false }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Rows of the file' }).count()).resolves.toBe(1);
  });
}
