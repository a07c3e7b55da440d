import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';
import { openLoaded } from './support/open-loaded.ts';

/**
 * Issue 24 on the economy pages: the budget by keyboard alone, and every page at 320 px (reflow and
 * axe; reflow.spec.ts leaves the economy pages to this spec). At 1280 px economy.spec.ts scans each
 * of these pages with axe as it uses them, so they are not scanned again here.
 */

const pages = [
  { path: '/f/gavleborg/ekonomi?ar=2019', heading: 'Budget 2019' },
  { path: '/f/gavleborg/ekonomi/medlemsbidrag?ar=2019&period=H1', heading: 'Medlemsbidrag 2019' },
  { path: '/f/gavleborg/ekonomi/utfall?ar=2019', heading: 'Utfall 2019' },
  { path: '/f/gavleborg/ekonomi/balanser?datum=2019-06-30', heading: 'Balanser 30 juni 2019' },
  { path: '/f/gavleborg/ekonomi/bokslut?ar=2019&manad=6', heading: 'Bokslut och prognos 2019' },
  { path: '/f/gavleborg/ekonomi/rapporter?ar=2019&manad=6', heading: 'Driftredovisning 2019' },
  {
    path: '/f/gavleborg/ekonomi/rapporter?ar=2019&manad=6&rapport=forecast',
    heading: 'Prognos och balanskrav 2019',
  },
];

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
}

/** Presses Tab until the element named `name` has focus; returns how many presses it took. */
async function tabTo(page: Page, name: string, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
    });
    if (focused === name) return presses;
  }
  throw new Error(`"${name}" not reached in ${limit} presses of Tab`);
}

test('an editor adds a budget line with the keyboard alone and hears that it was saved', async ({ page }) => {
  await logInAt(page, 'editor@harnosand-timra.demo', '/f/harnosand-timra/ekonomi?ar=2016');
  await expect(page.getByRole('heading', { level: 1, name: 'Budget 2016' })).toBeVisible();
  await expect(page.getByLabel('Namn på rad 1', { exact: true })).toBeVisible();
  const rows = await page.getByLabel(/^Namn på rad \d+$/).count();
  expect(rows).toBeGreaterThan(0);
  const next = rows + 1;

  // "Lägg till rad" comes before the table: a few stops after the year picker, not one per row.
  await page.getByRole('button', { name: 'Visa' }).focus();
  expect(await tabTo(page, 'Lägg till rad', 8)).toBeLessThanOrEqual(8);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(`Namn på rad ${next}`, { exact: true })).toBeFocused();
  await page.keyboard.type('Tangentbordskurs');
  // A new cost line's kind is chosen like any select: Tab to it and type the option's first letters.
  await tabTo(page, `Typ av rad för rad ${next}`, 3);
  await page.keyboard.type('Personal');
  await expect(page.getByLabel(`Typ av rad för rad ${next}`, { exact: true })).toHaveValue('staff');
  await tabTo(page, `Grupp för rad ${next}`, 4);
  await page.keyboard.type('Kansli');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute(
    'aria-label',
    new RegExp(`^Belopp \\d{4} för rad ${next}$`),
  );
  await page.keyboard.type('12 500');
  await tabTo(page, 'Spara', 20 + next * 8);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Budgeten är sparad.' })).toBeVisible();
  await expect(page.getByLabel(`Namn på rad ${next}`, { exact: true })).toHaveValue('Tangentbordskurs');
});

test('a budget error names its row and field, links to the field, and says so at the field', async ({
  page,
}) => {
  await logInAt(page, 'editor@harnosand-timra.demo', '/f/harnosand-timra/ekonomi?ar=2016');
  await page.getByLabel('Namn på rad 1', { exact: true }).fill('');
  await page
    .getByLabel(/^Belopp \d{4} för rad 1$/)
    .first()
    .fill('tolv');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Rätta följande:' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Namn på rad 1: Raden saknar namn.' })).toBeVisible();
  await expect(
    summary.getByRole('link', { name: /^Belopp \d{4} för rad 1: Beloppet kan inte läsas/ }),
  ).toBeVisible();
  await summary.getByRole('link', { name: 'Namn på rad 1: Raden saknar namn.' }).click();
  await expect(page.getByLabel('Namn på rad 1', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Namn på rad 1', { exact: true })).toHaveAccessibleDescription(
    'Raden saknar namn.',
  );
  await expectAccessible(page);
});

test('no economy page scrolls sideways at 320 px, and each is accessible there', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await logIn(page, 'editor@gavleborg.demo');
  for (const { path, heading } of pages) {
    await openLoaded(page, path, heading);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  }
});

test('a reader gets the budget as a statement with names in full, at 320 px too', async ({ page }) => {
  await logIn(page, 'viewer@gavleborg.demo');
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/f/gavleborg/ekonomi?ar=2019');
  const statement = page.getByRole('table', { name: /^Budget 2019/ });
  await expect(statement.getByRole('rowheader', { name: /^Insatsmedel/ })).toBeVisible();
  // Each cost line's kind, in words, for readers too.
  await expect(statement.getByRole('columnheader', { name: 'Typ av rad' })).toBeVisible();
  await expect(statement.getByRole('row', { name: /^Personalkostnader, kansli/ })).toContainText('Personal');
  await expect(statement.getByRole('row', { name: /^Övriga externa kostnader/ })).toContainText(
    'Övrig administration',
  );
  await expect(statement.getByRole('row', { name: /Summa intäkter/ })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});
