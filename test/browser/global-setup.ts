/**
 * Global setup for the browser tests: serves the built app (dist/) on a free localhost port and
 * hands its address to the tests as `inject('baseUrl')`. It builds nothing.
 */
import type { TestProject } from 'vitest/node';
import { serveDist } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the static server for dist/, ending in a slash, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveDist();
  project.provide('baseUrl', server.baseUrl);
  return () => server.close();
}
