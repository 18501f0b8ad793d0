import { defineConfig } from 'vitest/config';

/**
 * Unit and component tests (`npm run test:unit`). Browser tests have their own config:
 * vitest.browser.config.ts.
 *
 * Vitest 4 dropped `environmentMatchGlobs`; the environment is chosen per project instead:
 *   - `*.test.ts`  run in node  (domain, adapters, cli: fast, no DOM);
 *   - `*.test.tsx` run in jsdom (components).
 * A `.test.ts` file that needs a DOM (e.g. a hook test with renderHook) says so on its first line:
 *   // @vitest-environment jsdom
 */
/** Node test files that call vi.mock: they run isolated (see the node project). */
const MOCKS_MODULES = ['src/cli/exit-status.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['./test/setup.ts'],
    // One worker per core on a 2-core machine; jsdom start-up dominates small component tests.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Node tests are of pure code and adapters that restore what they stub, so a worker can keep
          // the modules it has loaded from one file to the next instead of importing the domain again
          // for each of ~130 files: 93 s against 30 s for this project on a loaded 2-core machine
          // (`vitest run --project node` with and without --no-isolate, back to back). Component tests
          // stay isolated: their stores and React trees are module state.
          isolate: false,
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: MOCKS_MODULES,
        },
      },
      {
        extends: true,
        test: {
          // A test that replaces a module (vi.mock) needs a module graph of its own, or the replacement
          // would leak into the files the worker runs after it.
          name: 'node-isolated',
          environment: 'node',
          include: MOCKS_MODULES,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // The scorecard renders ~40 rows of role-rich markup; on 2 busy cores jsdom needs more than 5 s.
          testTimeout: 20_000,
          include: ['src/**/*.test.tsx', 'test/unit/**/*.test.tsx'],
        },
      },
    ],
  },
});
