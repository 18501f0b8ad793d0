import { defineConfig } from 'vitest/config';

/**
 * Browser tests (`npm run test:browser`): real headless Chromium (Debian's /usr/bin/chromium,
 * driven by playwright-core) against the built app in dist/, served by test/browser/global-setup.ts.
 * Nothing is built here: run `npm run build` first (test/browser/run.mjs does it when dist/ is
 * missing or with --build).
 */
export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['./test/browser/global-setup.ts'],
    // One browser at a time: test files run one after another, in one worker.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // expect.poll gives up after 1 s by default: on 2 cores busy with other work, a page reloading
    // its saved figures from IndexedDB took longer (spc.test.ts). A passing poll still returns at once.
    expect: { poll: { timeout: 10_000 } },
  },
});
