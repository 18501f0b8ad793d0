// A fault in the program (a bug, not a bad file) must not look like a refusal (1) or a usage
// mistake (2): it exits 3 with a plain sentence and no stack trace. The fault is made here by
// making the upload reader throw, which it never does on any input.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TODAY } from '../../test/unit/uploads';
import { repoPath } from '../../test/unit/tables';
import { main } from './main';

const readUpload = vi.hoisted(() => vi.fn<() => Promise<never>>());
vi.mock('../adapters/read-upload', () => ({ readUpload }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, TODAY);
  return { code, out, err };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a fault inside the command', () => {
  it('exits 3 with a plain sentence naming the fault, and no stack trace', async () => {
    readUpload.mockRejectedValue(new RangeError('Maximum call stack size exceeded'));
    const { code, out, err } = await run('validate', repoPath('test/fixtures/other-la/hartlepool.csv'));
    expect(code).toBe(3);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'The scorecard command stopped because of a fault in the program, not in your files (Maximum call stack size exceeded). Nothing was saved or changed. Please report it, with the command you ran.',
    ]);
  });

  it('adds where it happened when SCORECARD_DEBUG=1 is set', async () => {
    vi.stubEnv('SCORECARD_DEBUG', '1');
    readUpload.mockRejectedValue(new TypeError('x is undefined'));
    const { code, err } = await run('validate', repoPath('test/fixtures/other-la/hartlepool.csv'));
    expect(code).toBe(3);
    expect(err[1]).toMatch(/^TypeError: x is undefined\n\s+at /);
  });

  it('says what was thrown when it is not an Error', async () => {
    readUpload.mockRejectedValue('a string');
    const { code, err } = await run('validate', repoPath('test/fixtures/other-la/hartlepool.csv'));
    expect(code).toBe(3);
    expect(err[0]).toContain('(a string)');
  });
});

describe('scorecard --help', () => {
  it('lists every exit status', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    const help = out.join('\n');
    for (const status of ['0 ', '1 ', '2 ', '3 ']) expect(help).toContain(`\n  ${status}`);
  });
});

describe('bin/scorecard.mjs', () => {
  it('exits 3 with what to do, not a stack trace, when tsx is not installed', async () => {
    // A copy of the command in a folder with no node_modules, as after `npm install --omit=dev`.
    const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-bin-'));
    await mkdir(path.join(folder, 'bin'));
    await copyFile(repoPath('bin/scorecard.mjs'), path.join(folder, 'bin/scorecard.mjs'));
    const ran = spawnSync(process.execPath, [path.join(folder, 'bin/scorecard.mjs'), '--help'], { encoding: 'utf8' });
    expect(ran.status).toBe(3);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.trim()).toBe(
      'The scorecard command needs the development tools npm installs with it (tsx), and they are not there. Run `npm install` in the scorecard folder (not `npm install --omit=dev`), then try again.',
    );
  });
});
