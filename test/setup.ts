/**
 * Runs before every unit/component test file (vitest.config.ts `setupFiles`).
 *
 * - jest-dom matchers (toBeInTheDocument, toHaveAccessibleName, …) on `expect`.
 * - React Testing Library cleanup after each test (only where there is a DOM).
 * - Any console.error or console.warn during a test fails that test, with the message: React's
 *   act(), key and prop-type warnings are bugs. A test that expects a console message silences it
 *   on purpose, which also takes it out of this check:
 *     vi.spyOn(console, 'error').mockImplementation(() => {});
 */
import '@testing-library/jest-dom/vitest';
import { format } from 'node:util';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

type ConsoleMethod = 'error' | 'warn';
const WATCHED: readonly ConsoleMethod[] = ['error', 'warn'];

let messages: string[] = [];
let spies: MockInstance[] = [];

beforeEach(() => {
  messages = [];
  spies = WATCHED.map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      messages.push(`console.${method}: ${format(...args)}`);
    }),
  );
});

afterEach(() => {
  for (const spy of spies) spy.mockRestore();
  spies = [];
  const logged = messages;
  messages = [];
  if (logged.length > 0) {
    throw new Error(
      `This test wrote to console.error/console.warn (${logged.length} message${logged.length === 1 ? '' : 's'}); ` +
        `fix the cause, or silence it on purpose with vi.spyOn(console, '…').mockImplementation(() => {}):\n\n` +
        logged.join('\n\n'),
    );
  }
});

// Registered after the console check so that it runs before it (after-hooks run in reverse order):
// warnings React prints while unmounting are caught too.
if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  // findBy*/waitFor wait up to 5 s, not 1 s: the upload page's checks run the real import pipeline,
  // which on a 2-core machine busy with other test files can take more than a second. A query
  // that succeeds still returns as soon as it does.
  configure({ asyncUtilTimeout: 5_000 });
  afterEach(() => {
    cleanup();
  });
}
