// Prints, as JSON, where the Chromium shipped inside the npm package @sparticuz/chromium is, after
// unpacking it on first use: { "executablePath": "…", "libraryPath": "…" }.
//
// Why: a newcomer's machine may have no browser, and Playwright's own download is not reachable
// everywhere. This package carries a headless Chromium for Linux x64 as brotli-compressed files,
// so it installs from the npm registry like any other dependency. It also carries the NSS and
// NSPR libraries that a bare Linux lacks, which the package itself unpacks only on Amazon Linux;
// we unpack them beside it and hand their directory to the browser as LD_LIBRARY_PATH.
//
// Run by playwright.config.ts (synchronously, through spawnSync) only when no system Chromium is
// found. Unpacking takes a few seconds once; later runs find the files in place.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import chromium from '@sparticuz/chromium';

/** A file of the package, found by walking up from its entry point (its exports hide the rest). */
function packageFile(relative) {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium')));
  while (!existsSync(path.join(dir, relative))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${relative} not found in @sparticuz/chromium`);
    dir = parent;
  }
  return path.join(dir, relative);
}

const executablePath = await chromium.executablePath();

const libraryRoot = path.join(tmpdir(), 'samsyn-chromium-libs');
const libraryPath = path.join(libraryRoot, 'lib');
if (!existsSync(path.join(libraryPath, 'libnss3.so'))) {
  const archive = brotliDecompressSync(readFileSync(packageFile('bin/al2023.tar.br')));
  mkdirSync(libraryRoot, { recursive: true });
  execFileSync('tar', ['-x', '-C', libraryRoot, '-f', '-'], { input: archive });
}

process.stdout.write(JSON.stringify({ executablePath, libraryPath }));
