/**
 * The built app runs under its Content-Security-Policy (issue 14, point 5): the page carries the
 * policy, the test server sends the headers docs/deployment.md asks of a web server, no page breaks
 * the policy, and the policy does stop a script that was not the app's.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../scripts/security-headers';
import { launchBrowser, openPage, type TestPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every page of the app, with what shows it has finished drawing. */
const PAGES: readonly { path: string; ready: string }[] = [
  { path: '/', ready: 'table.scorecard' },
  { path: '/#/measures/cla_rate', ready: 'h1' },
  { path: '/#/upload', ready: 'h1' },
  { path: '/#/history', ready: 'h1' },
  { path: '/#/inspections', ready: 'h1' },
  { path: '/?slides=title,homes#/present', ready: 'h1' },
  { path: '/#/present/choose', ready: 'h1' },
  { path: '/#/glossary', ready: 'h1' },
  { path: '/#/about', ready: 'h1' },
  { path: '/#/no-such-page', ready: 'h1' },
];

/** Opens a page that records each policy violation from before the app's first script runs. */
function openRecording(path: string): Promise<TestPage> {
  if (!browser) throw new Error('browser did not start');
  return openPage(browser, path, undefined, () => {
    const seen: string[] = [];
    Object.assign(window, { policyViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'}`),
    );
  });
}

function violations(page: TestPage): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);
}

describe('the Content-Security-Policy in Chromium', () => {
  test('the built page carries the policy, and every answer the security headers', async () => {
    const response = await fetch(inject('baseUrl'));
    const html = await response.text();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(meta?.replaceAll('&#39;', "'")).toBe(META_CONTENT_SECURITY_POLICY);
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(META_CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(META_CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    // No inline script for the policy to refuse: every script is a file.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  test.each(PAGES)('$path breaks no part of the policy', async ({ path, ready }) => {
    const page = await openRecording(path);
    await page.locator(ready).first().waitFor();
    await expect(violations(page)).resolves.toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('refuses a script written into the page, so text that got in cannot run', async () => {
    const page = await openRecording('/');
    await page.locator('table.scorecard').waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
    });
    await expect(page.evaluate(() => 'injected' in window)).resolves.toBe(false);
    // The header and the meta tag each refuse it, so each reports it.
    await expect(violations(page)).resolves.toEqual(['script-src-elem: inline', 'script-src-elem: inline']);
    await page.context().close();
  });
});
