#!/usr/bin/env node
// Bundle-size budget: the JavaScript a visitor downloads before the first screen can render.
//
// That is what dist/index.html loads itself: its <script type="module" src> and every
// <link rel="modulepreload" href> (Vite lists the entry chunk's static imports there, so lazily
// loaded routes, which arrive through dynamic import(), are not counted). Each file is counted
// gzipped at level 9, roughly what a web server sends. Run after `npm run build`.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Budget for first-screen JS, gzipped, in KiB. Council laptops on shared connections: keep the
// scorecard usable within a few seconds on slow 4G. Raise only with a reason in the commit message.
const BUDGET_KIB = 146;

const dist = path.resolve(import.meta.dirname, '..', 'dist');
const indexHtml = path.join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`check-bundle-size: ${path.relative(process.cwd(), indexHtml)} is missing: run npm run build first.`);
  process.exit(1);
}
const html = readFileSync(indexHtml, 'utf8');

/** Value of attribute `name` in a tag's text, or undefined. */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

const urls = [];
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attribute(tag, 'src');
  if (src && attribute(tag, 'type') === 'module') urls.push(src);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const href = attribute(tag, 'href');
  if (href && (attribute(tag, 'rel') ?? '').split(/\s+/).includes('modulepreload')) urls.push(href);
}

const files = [...new Set(urls)]
  .filter((url) => !/^(?:[a-z]+:)?\/\//i.test(url)) // other hosts are not ours to count
  .map((url) => path.join(dist, decodeURIComponent(url.split(/[?#]/)[0]).replace(/^\.?\//, '')));

if (files.length === 0) {
  console.error('check-bundle-size: dist/index.html loads no module script; is this a Vite build?');
  process.exit(1);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let total = 0;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`check-bundle-size: dist/index.html loads ${path.relative(dist, file)}, which is not in dist/.`);
    process.exit(1);
  }
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  total += size;
  console.log(`  ${kib(size).padStart(10)}  ${path.relative(dist, file)}`);
}

const verdict = total <= BUDGET_KIB * 1024 ? 'within' : 'OVER';
console.log(`First-screen JS: ${kib(total)} gzipped, ${verdict} the budget of ${BUDGET_KIB} KiB.`);
if (verdict === 'OVER') process.exit(1);
