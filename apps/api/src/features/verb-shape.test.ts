import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const featuresDir = import.meta.dirname;

/** Every source file under features/, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the verb shape', () => {
  // Verbs take the ctx their tier built (verb-context.ts); only routers know the transport.
  it('lets only routers import from trpc/', () => {
    const offenders = sources(featuresDir)
      .filter((path) => !path.endsWith('/router.ts'))
      .filter((path) => /from '(\.\.\/)+trpc\//.test(readFileSync(path, 'utf8')))
      .map((path) => relative(featuresDir, path));
    expect(offenders).toEqual([]);
  });

  it('finds an import of trpc/ where there is one (the check can fail)', () => {
    const router = readFileSync(join(featuresDir, 'economy', 'router.ts'), 'utf8');
    expect(/from '(\.\.\/)+trpc\//.test(router)).toBe(true);
  });
});
