/** Test-only: a file saved as a version through the upload page, as an officer does it. */
import path from 'node:path';
import { expect } from 'vitest';
import type { TestPage } from './browser';

export const dfeFixture = (file: string) => path.resolve(import.meta.dirname, '../fixtures/dfe', file);

/** The checked file's warnings acknowledged, every kind with its own box, and the file saved under `name`. */
export async function saveChecked(page: TestPage, name: string): Promise<void> {
  for (const box of await page.getByRole('checkbox', { name: /^I have checked the \d/ }).all()) await box.check();
  await page.getByRole('textbox', { name: 'Name this version' }).fill(name);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await page.getByRole('heading', { name: 'Figures saved' }).waitFor();
}

export interface UploadChoices {
  /** The council a council's own file is for, chosen as the officer chooses it. */
  area?: string;
  /** Looks at the preview before saving, as a test of one kind of file wants to. */
  checkPreview?: () => Promise<void>;
}

/** Any file checked on the upload page (for `area`, when given), then saved as saveChecked does. */
export async function saveUpload(
  page: TestPage,
  file: string,
  name: string,
  { area, checkPreview }: UploadChoices = {},
): Promise<void> {
  await page.getByLabel('Choose the file').setInputFiles(file);
  if (area !== undefined) {
    await page.getByRole('combobox', { name: 'Local authority the file is for' }).selectOption(area);
  }
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { name: 'Check the changes before saving' }).waitFor();
  await checkPreview?.();
  await saveChecked(page, name);
}

/** A DfE open-data file, recognised as one with its rows accounted for, then saved. */
export async function uploadDfeFile(page: TestPage, file: string, name: string): Promise<void> {
  await saveUpload(page, file, name, {
    checkPreview: async () => {
      await expect(
        page.getByText(`${path.basename(file)}, a DfE open-data file, has no errors.`, { exact: false }).count(),
      ).resolves.toBe(1);
      await expect(page.getByRole('heading', { name: 'Rows of the file' }).count()).resolves.toBe(1);
    },
  });
}
