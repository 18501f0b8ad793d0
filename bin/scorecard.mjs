#!/usr/bin/env node
// The command shares the app's TypeScript domain code; tsx compiles it on the fly so that
// `npx scorecard` works straight after `npm install`, with no separate build step.
//
// main() never rejects: it says a fault in a plain sentence and returns 3 (src/cli/fault.ts). What
// is left for this file is a fault before main runs (tsx or the code cannot be loaded) or outside
// its promise (an error thrown from a stream's event): the same sentence, the same status 3, never a
// stack trace unless SCORECARD_DEBUG=1 asks for one.
const FAULT = 3;

function fault(error) {
  const what = error instanceof Error ? error.message || error.name : String(error);
  const missingTsx =
    error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND' && /tsx/.test(what);
  console.error(
    missingTsx
      ? 'The scorecard command needs the development tools npm installs with it (tsx), and they are not there. Run `npm install` in the scorecard folder (not `npm install --omit=dev`), then try again.'
      : `The scorecard command stopped because of a fault in the program, not in your files (${what.slice(0, 80)}). Nothing was saved or changed. Please report it, with the command you ran.`,
  );
  if (process.env.SCORECARD_DEBUG === '1' && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(FAULT);
}

process.on('uncaughtException', fault);
process.on('unhandledRejection', fault);

try {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  fault(error);
}
