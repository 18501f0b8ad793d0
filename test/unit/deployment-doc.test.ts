import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/security-headers';
import { repoPath } from './tables';

const doc = readFileSync(repoPath('docs/deployment.md'), 'utf8');

/** Each fenced example in the deployment guide, by its language tag. */
const examples = [...doc.matchAll(/```(nginx|apache|xml|caddy)\n([\s\S]*?)```/g)].map(([, server, text]) => ({
  server,
  text,
}));

describe('the deployment guide’s web server examples', () => {
  test('cover nginx, Apache, IIS and Caddy', () => {
    expect(examples.map((example) => example.server)).toEqual(['nginx', 'apache', 'xml', 'caddy']);
  });

  test.each(examples)('$server sends every security header with the value the app is tested under', ({ text }) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(text).toContain(name);
      expect(text).toContain(value);
    }
  });
});
