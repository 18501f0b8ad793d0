#!/usr/bin/env node
// Every test: `npm test` (a new user) and .ci/run (CI) run this same script.
//
//   1. unit and component tests (vitest, vitest.config.ts);
//   2. a production build (vite build) and the first-screen bundle budget;
//   3. browser tests in Debian's headless Chromium (test/browser/run.mjs, which installs Chromium
//      with apt-get when it is missing and we are root).
//
// Both test runners write vitest's JSON report into test-results/ (or --reports DIR), and the last
// line printed is "N passed, N failed" over both. A suite that crashed (an import error, a failing
// hook) or a runner that failed without a failing test counts as one failure, so nothing is hidden.
// The unit tests' failure does not stop the browser tests; a failed build or budget does.
// Any other argument is passed to both vitest runs (e.g. a name filter: -t scorecard).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const reportsAt = args.indexOf('--reports');
const reports = path.resolve(root, reportsAt >= 0 ? (args[reportsAt + 1] ?? 'test-results') : 'test-results');
const passThrough = reportsAt >= 0 ? args.filter((_, i) => i !== reportsAt && i !== reportsAt + 1) : args;

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
function run(label, command, commandArgs) {
  console.log(`\n==> ${label}\n> ${path.basename(command)} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const unitJson = path.join(reports, 'unit.json');
const browserJson = path.join(reports, 'browser.json');
const jsonReport = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];

const runs = [];
runs.push({
  label: 'unit tests',
  file: unitJson,
  status: run('unit and component tests', bin('vitest'), ['run', ...jsonReport(unitJson), ...passThrough]),
});

for (const [label, command, commandArgs] of [
  ['build', bin('vite'), ['build']],
  ['bundle size', process.execPath, [path.join(root, 'scripts/check-bundle-size.mjs')]],
]) {
  const status = run(label, command, commandArgs);
  if (status !== 0) {
    console.error(`\n${label} failed (exit status ${status}): the browser tests were not run.`);
    summarise([...runs, { label: 'browser tests', file: browserJson, status }]);
    process.exit(1);
  }
}

runs.push({
  label: 'browser tests',
  file: browserJson,
  status: run('browser tests', process.execPath, [
    path.join(root, 'test/browser/run.mjs'),
    ...jsonReport(browserJson),
    ...passThrough,
  ]),
});

process.exit(summarise(runs) ? 0 : 1);

/** Prints the counts of each run and the "N passed, N failed" line; true when nothing failed. */
function summarise(done) {
  let passed = 0;
  let failed = 0;
  for (const { label, file, status } of done) {
    let ok = 0;
    let bad = 0;
    let crashed = 0;
    let note = '';
    if (existsSync(file)) {
      const report = JSON.parse(readFileSync(file, 'utf8'));
      ok = report.numPassedTests ?? 0;
      bad = report.numFailedTests ?? 0;
      for (const suite of report.testResults ?? []) {
        const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === 'failed').length;
        if (suite.status === 'failed' && failedTests === 0) {
          crashed += 1;
          note += `\n      crashed: ${suite.name}: ${(suite.message ?? '').split('\n')[0]}`;
        }
      }
      if ((status !== 0 || report.success === false) && bad + crashed === 0) {
        crashed += 1;
        note += `\n      the runner failed (exit status ${status}) without a failing test: see its output above`;
      }
    } else {
      crashed += 1;
      note += `\n      no report at ${path.relative(root, file)} (exit status ${status})`;
    }
    console.log(`  ${label.padEnd(14)} ${ok} passed, ${bad} failed tests, ${crashed} failed suites or errors${note}`);
    passed += ok;
    failed += bad + crashed;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && done.every((entry) => entry.status === 0);
}
