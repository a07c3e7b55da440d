import { appendFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { expectNoRawCatalogueKeys } from './raw-catalogue-keys.ts';

/** The WCAG 2.1 A and AA rules; the product promises AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * With SAMSYN_E2E_AXE_LOG set to a file, each scan appends one JSON line (spec, test, address,
 * width) to it: an axe scan is the dearest step of most tests, and this is how the suite's scans are
 * counted and a page scanned twice at the same width is found (docs/test-loop.md).
 */
function recordScan(page: Page): void {
  const log = process.env.SAMSYN_E2E_AXE_LOG;
  if (!log) return;
  const info = test.info();
  const scan = {
    spec: info.titlePath[0],
    test: info.title,
    address: new URL(page.url()).pathname + new URL(page.url()).search,
    width: page.viewportSize()?.width,
  };
  appendFileSync(log, `${JSON.stringify(scan)}\n`);
}

/**
 * Fails on a raw catalogue key shown instead of its Swedish string (`raw-catalogue-keys.ts`), then
 * on any serious or critical axe violation on the page as it is now. In axe's legacy mode:
 * one `axe.run` in the page, instead of a partial run per frame and a blank page opened in the
 * context to merge them (`finishRun`), which is there for cross-origin iframes, and the app has
 * none. The rules and the page scanned are the same; the blank page was ≈ 1 of every 3 pages the
 * suite opened (docs/test-loop.md, round 3).
 */
export async function expectAccessible(page: Page): Promise<void> {
  recordScan(page);
  await expectNoRawCatalogueKeys(page);
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode()
    // Every rule still runs and every violating node is listed; only the passes and incomplete
    // results, which nothing here reads, are cut to one node each instead of being gathered whole.
    .options({ resultTypes: ['violations'] })
    .analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(severe, `axe violations on ${page.url()}`).toEqual([]);
}
