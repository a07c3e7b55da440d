// Fails when the JavaScript a first visit downloads (entry scripts and the chunks index.html
// modulepreloads) exceeds the budget, gzipped. Run after `pnpm build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const distDir = fileURLToPath(new URL('../apps/web/dist/', import.meta.url));

let html;
try {
  html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
} catch {
  console.error(`bundle-size: ${path.join(distDir, 'index.html')} is missing. Run "pnpm build" first.`);
  process.exit(1);
}

/** Local JS files that index.html loads up front. */
const initialFiles = new Set();
for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
  const isEntry = tag.startsWith('<script') && /\btype=["']module["']/.test(tag);
  const isPreload = tag.startsWith('<link') && /\brel=["']modulepreload["']/.test(tag);
  const url = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
  if ((isEntry || isPreload) && url && url.startsWith('/') && !url.startsWith('//')) initialFiles.add(url);
}
if (initialFiles.size === 0) {
  console.error('bundle-size: found no entry script in index.html; is the build broken?');
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let total = 0;
for (const url of initialFiles) {
  const gzipped = gzipSync(readFileSync(path.join(distDir, url.slice(1))), { level: 9 }).length;
  total += gzipped;
  process.stdout.write(`  ${url.padEnd(50)} ${kb(gzipped).padStart(10)}\n`);
}
const summary = `initial JS: ${kb(total)} gzip (budget ${kb(BUDGET_BYTES)})`;
if (total > BUDGET_BYTES) {
  console.error(`bundle-size: FAILED, ${summary}. Lazy-load the new code (a route or a dynamic import).`);
  process.exit(1);
}
process.stdout.write(`bundle-size: ok, ${summary}\n`);
