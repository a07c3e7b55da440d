import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS px wide — 1280 px at 400 % zoom — no page of a förbund may
 * scroll sideways; wide tables scroll inside their own focusable region instead. One test per
 * page, as a förbund admin (who sees every page), each also checked with axe at that width.
 *
 * A page that another spec already opens at 320 px, checking the same (no sideways scroll, axe) with
 * its data loaded, is checked there only, so that no page is scanned twice at one width:
 * - the economy pages (Budget, Medlemsbidrag, Utfall, Balanser, Bokslut och prognos, Ekonomiska
 *   rapporter): economy-polish.spec.ts, as an editor, on 2019 with the seed's figures;
 * - the register, an intervention, Rapportera siffror, Mål och resultat and Uppföljning Finsam:
 *   interventions-polish.spec.ts, as an editor;
 * - Team, Inställningar, Logg and Min profil: admin-pages.spec.ts, as an admin;
 * - Nationellt: national.spec.ts, as a förbund viewer.
 */
// In the run's output folder (emptied by each run), one per worker: the runner loads this file to
// list its tests too, so nothing may be created at load time.
const storageState = fileURLToPath(
  new URL(`../../test-results/e2e/reflow-admin-${process.pid}.json`, import.meta.url),
);
let interventionId = '';

test.afterAll(() => rmSync(storageState, { force: true }));

test.beforeAll(async ({ browser }) => {
  // A context of its own, without the storage state the tests below read (it does not exist yet).
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await logInAt(page, 'admin@gavleborg.demo', '/f/gavleborg/insatser');
  const href = await page
    .getByRole('link', { name: 'Supported Employment coach Gävle' })
    .getAttribute('href');
  interventionId = href?.split('/').at(-1) ?? '';
  await context.storageState({ path: storageState });
  await context.close();
});

test.use({ storageState, viewport: { width: 320, height: 640 } });

async function expectNoSidewaysScroll(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').locator('.loading-status')).toHaveCount(0);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${address} is ${width} px wide at 320 px`).toBeLessThanOrEqual(320);
  await expectAccessible(page);
}

const f = '/f/gavleborg';
/** Each page and why it is not yet expected to pass (null: it must pass). */
const pages: { name: string; address: () => string; fixme?: string }[] = [
  { name: 'Översikt', address: () => f },
  { name: 'Registrera insats', address: () => `${f}/insatser/ny` },
  { name: 'Lokala samverkansgrupper', address: () => `${f}/insatser/lokala-grupper` },
  { name: 'Ändra en insats', address: () => `${f}/insatser/${interventionId}/andra` },
  { name: 'Jämförelse', address: () => `${f}/jamforelse` },
  { name: 'Utkorg', address: () => `${f}/administration/utkorg` },
  { name: 'Insatskatalog', address: () => '/katalog' },
];

for (const entry of pages) {
  test(`${entry.name} does not scroll sideways at 320 px`, async ({ page }) => {
    test.fixme(entry.fixme !== undefined, entry.fixme);
    await expectNoSidewaysScroll(page, entry.address());
  });
}
