import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';

test('the network walks the national overview: key figures, trend and counties, each chart with its table', async ({
  page,
}) => {
  await logIn(page, 'network@samsyn.demo');
  await expect(page).toHaveURL(/\/nationellt$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nationella vyer' })).toBeVisible();

  // The key figures as a table, each with its definition beside it.
  const keyFigures = page.getByRole('table', { name: /^Riket 2025/ });
  await expect(keyFigures).toBeVisible();
  await expect(keyFigures.getByRole('rowheader', { name: /Tilldelade medel totalt/ })).toBeVisible();
  await keyFigures.getByText('Definition (SAM002)').click();
  await expect(keyFigures.getByText(/Summa medlemsbidrag som förbundet har fått/)).toBeVisible();
  await expect(keyFigures.getByRole('row', { name: /Antal samordningsförbund/ })).toContainText(/\d/);

  // Charts are hidden from assistive technology; the table beside each is what screen readers get.
  const charts = page.locator('svg.national-chart');
  await expect(charts.first()).toHaveAttribute('aria-hidden', 'true');
  const trend = page.getByRole('table', { name: 'Tilldelade medel totalt, riket per år' });
  await expect(trend.getByRole('row', { name: /^2016/ })).toBeVisible();
  expect(await trend.getByRole('row').count()).toBeGreaterThanOrEqual(11);
  await page
    .getByLabel('Nyckeltal i diagrammet')
    .selectOption({ label: 'Eget kapital, andel av intäkterna' });
  const equityTrend = page.getByRole('table', { name: 'Eget kapital, andel av intäkterna, riket per år' });
  await expect(equityTrend.getByRole('columnheader', { name: 'Undre kvartil' })).toBeVisible();
  await expect(equityTrend.getByRole('row', { name: /2016/ })).toContainText('%');

  const counties = page.getByRole('table', { name: /per län 2025/ });
  await expect(counties.getByRole('rowheader').first()).toBeVisible();
  await expectAccessible(page);

  // Another year: every table follows.
  await page.getByLabel('År', { exact: true }).selectOption('2019');
  await expect(page.getByRole('table', { name: /^Riket 2019/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /per län 2019/ })).toBeVisible();
  await expectAccessible(page);

  // Export to CSV.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner som CSV' }).first().click();
  expect((await download).suggestedFilename()).toBe('nyckeltal-2019.csv');
});

test('a förbund viewer sees her förbund against the nation', async ({ page }) => {
  await logInAt(page, 'viewer@gavleborg.demo', '/f/gavleborg/jamforelse');
  await expect(page.getByRole('heading', { level: 1, name: 'Vårt förbund mot riket' })).toBeVisible();
  const table = page.getByRole('table', { name: /Samordningsförbund Gävleborg mot riket/ });
  await expect(table.getByRole('rowheader', { name: /Deltagare i individinriktade insatser/ })).toBeVisible();
  // The cost shares say they come from each budget line's kind, and lead to where it is set.
  await expect(page.getByRole('link', { name: 'Se och ändra typerna i budgeten' })).toHaveAttribute(
    'href',
    '/f/gavleborg/ekonomi',
  );
  await expectAccessible(page);
});

test('the Insatskatalog searches and opens published interventions', async ({ page }) => {
  await logInAt(page, 'network@samsyn.demo', '/katalog');
  await expect(page.getByRole('heading', { level: 1, name: 'Insatskatalog' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /insatser?$/ })).toBeVisible();
  await expectAccessible(page);
});

test("a förbund member reaches the national views from her förbund's menu and keeps that menu there", async ({
  page,
}) => {
  await logIn(page, 'viewer@gavleborg.demo');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Nationellt' }).click();
  await expect(page).toHaveURL(/\/nationellt$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nationella vyer' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Nationellt' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Översikt' })).toHaveAttribute('href', '/f/gavleborg');
  await expect(page.getByRole('banner')).toContainText('Samordningsförbund Gävleborg');

  // The per-county table is not cut off at 1280 px: it fits its region, nothing to scroll.
  const counties = page.getByRole('region', { name: /per län 2025/ });
  await expect(counties.getByRole('table')).toBeVisible();
  const fits = await counties.evaluate((region) => region.scrollWidth <= region.clientWidth);
  expect(fits).toBe(true);
  // The trend chart has a value axis with labelled steps.
  await expect(page.locator('svg.national-chart').first().locator('text', { hasText: /^0/ })).toHaveCount(1);
  await expectAccessible(page);

  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page);

  await page.goto('/katalog');
  await expect(page.getByRole('heading', { level: 1, name: 'Insatskatalog' })).toBeVisible();
  await page.getByRole('button', { name: 'Meny' }).click();
  await expect(nav.getByRole('link', { name: 'Ekonomi' })).toHaveAttribute('href', '/f/gavleborg/ekonomi');
});

test('a catalogue search without hits says so, and an empty catalogue how to publish', async ({ page }) => {
  await logInAt(page, 'network@samsyn.demo', '/katalog');
  await page.getByLabel('Sök', { exact: true }).fill('ingeninsatsheterså');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '0 insatser' })).toBeVisible();
  await expect(page.getByText('Ingen publicerad insats matchar sökningen.')).toBeVisible();
});
