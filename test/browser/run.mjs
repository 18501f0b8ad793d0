#!/usr/bin/env node
// Browser tests: `npm run test:browser [-- --build] [-- <vitest arguments>]`.
// Builds the app with `vite build` when dist/index.html is missing or --build is given, then runs
// `vitest run -c vitest.browser.config.ts` with any other arguments passed through
// (e.g. a file filter, or --reporter=json --outputFile.json=...). Exits with vitest's status.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const args = process.argv.slice(2);
const forceBuild = args.includes('--build');
const vitestArgs = args.filter((arg) => arg !== '--build');
const index = path.join(root, 'dist', 'index.html');

function run(command, commandArgs) {
  console.log(`> ${path.basename(command)} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

// The tests drive Debian's Chromium and never download a browser. On a fresh Debian machine where
// we are root, install the package, as .ci/run does; anywhere else, say what to install.
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium is missing: installing Debian's chromium package (apt-get install -y chromium).");
    if (
      run('/usr/bin/apt-get', ['update', '-qq']) !== 0 ||
      run('/usr/bin/apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']) !== 0
    ) {
      console.error(
        'Installing chromium failed. Install it yourself (apt-get install -y chromium) and run the tests again.',
      );
      process.exit(1);
    }
  } else {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}. Install Debian's package (sudo apt-get install -y chromium) and run them again.`,
    );
    process.exit(1);
  }
}

if (forceBuild || !existsSync(index)) {
  const status = run(bin('vite'), ['build']);
  if (status !== 0) process.exit(status);
} else {
  console.log(`Using the existing build (dist/ from ${statSync(index).mtime.toISOString()}); pass --build to rebuild.`);
}

process.exit(run(bin('vitest'), ['run', '-c', 'vitest.browser.config.ts', ...vitestArgs]));
