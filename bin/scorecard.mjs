#!/usr/bin/env node
// The command shares the app's TypeScript domain code; tsx compiles it on the fly so that
// `npx scorecard` works straight after `npm install`, with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
