import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/**
 * Issue 22, points 6 and 7: the budget page computes "varav beviljat" and "tillgängligt för nya
 * insatser" from the demo's agreements and compares the budget's own printed varav lines
 * (Gävleborg 2020: 10 800 + 4 470 tkr, 30 tkr short of 15 300 tkr; Härnösand-Timrå 2016: Etappen
 * and Navigator, 1 650 000 kr); the reports page lists Beviljade insatser <år> with the year in
 * the address, prints on A4 and reflows at 320 px. Axe at 1280 and 320 px.
 */

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
}

const commitmentsTable = (page: Page) =>
  page.getByRole('table', { name: /^Insatsmedel, beviljat och tillgängligt per år/ });

test('Gävleborg’s budget 2020–2022 shows varav beviljat and tillgängligt computed, and the printed varav 30 tkr short', async ({
  page,
}) => {
  await logInAt(page, 'viewer@gavleborg.demo', '/f/gavleborg/ekonomi?ar=2020');
  const section = page.getByRole('region', { name: 'Insatsmedel och åtaganden' });
  const table = commitmentsTable(page);
  await expect(table.getByRole('columnheader')).toHaveText(['2020', '2021', '2022']);
  await expect(
    table
      .getByRole('row', { name: /^Insatsmedel/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('15 300 000 kr');
  await expect(
    table
      .getByRole('row', { name: /^Varav beviljat/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('10 800 000 kr');
  await expect(
    table
      .getByRole('row', { name: /^Tillgängligt för nya insatser/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('4 500 000 kr');
  await expect(section).toContainText(
    'Insatsmedel 2020, budgetens varav-rader: 10 800 + 4 470 = 15 270 tkr, 30 tkr mindre än raden 15 300 tkr.',
  );
  await expect(section).toContainText(
    '2020: budgeten anger varav beviljat 10 800 tkr; avtalen ger 10 800 tkr.',
  );
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(table).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await section.getByRole('link', { name: 'Rapporter om ansökningar' }).click();
  await expect(page).toHaveURL(/\/f\/gavleborg\/ansokningar\/rapporter\?ar=2020$/);
  const granted = page.getByRole('table', { name: 'Beviljade insatser 2020' });
  await expect(granted.getByRole('row', { name: /^Summa/ })).toContainText('10 800 000 kr');
  await expect(granted).toContainText('Tidig rehabilitering i samverkan');
});

test('an editor who raises Gävleborg’s intervention funds for 2020 sees tillgängligt follow on saving', async ({
  page,
}) => {
  await logInAt(page, 'editor@gavleborg.demo', '/f/gavleborg/ekonomi?ar=2020');
  const available = commitmentsTable(page)
    .getByRole('row', { name: /^Tillgängligt för nya insatser/ })
    .getByRole('cell')
    .first();
  await expect(available).toHaveText('4 500 000 kr');
  let row = 0;
  for (let index = 1; index <= 12 && row === 0; index += 1)
    if ((await page.getByLabel(`Namn på rad ${index}`, { exact: true }).inputValue()) === 'Insatsmedel')
      row = index;
  expect(row).toBeGreaterThan(0);
  await page.getByLabel(`Belopp 2020 för rad ${row}`, { exact: true }).fill('15 400 000');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Budgeten är sparad.')).toBeVisible();
  await expect(available).toHaveText('4 600 000 kr');
});

test('Härnösand-Timrå’s budget 2016 adds its two intervention-funds lines: beviljat 1 650 000 kr, tillgängligt 1 355 000 kr', async ({
  page,
}) => {
  await logInAt(page, 'viewer@harnosand-timra.demo', '/f/harnosand-timra/ekonomi?ar=2016');
  const table = commitmentsTable(page);
  const first = (name: RegExp) => table.getByRole('row', { name }).getByRole('cell').first();
  await expect(first(/^Insatsmedel/)).toHaveText('3 005 000 kr');
  await expect(first(/^Varav beviljat/)).toHaveText('1 650 000 kr');
  await expect(first(/^Tillgängligt för nya insatser/)).toHaveText('1 355 000 kr');
});

test('the reports page lists Beviljade insatser 2016, follows the year picker, prints on A4 and reflows', async ({
  page,
}) => {
  await logInAt(page, 'viewer@harnosand-timra.demo', '/f/harnosand-timra/ansokningar/rapporter?ar=2016');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapporter om ansökningar');
  await expect(
    page
      .getByRole('navigation', { name: 'Ansökningar om samverkansmedel' })
      .getByRole('link', { name: 'Rapporter' }),
  ).toHaveAttribute('aria-current', 'page');
  const granted = page.getByRole('table', { name: 'Beviljade insatser 2016' });
  await expect(granted.getByRole('row', { name: /^Etappen/ })).toContainText('1 100 000 kr');
  await expect(granted.getByRole('row', { name: /^Navigator/ })).toContainText('550 000 kr');
  await expect(granted.getByRole('row', { name: /^Summa/ })).toContainText('1 650 000 kr');
  for (const name of [
    'Pipeline',
    'Åtaganden per år',
    'Utbetalningar de närmaste 60 dagarna',
    'Försenade rapporter',
  ])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Pipeline' }).getByRole('row', { name: /^Beviljad/ }),
  ).toContainText('1 650 000 kr');
  await expectAccessible(page);

  await page.getByLabel('År', { exact: true }).selectOption('2017');
  await expect(page).toHaveURL(/rapporter\?ar=2017$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Beviljade insatser 2017' })).toBeVisible();
  await expect(page.getByText('Inga beviljade insatser har åtagande 2017.')).toBeVisible();

  // Print: the toolbar and the sub-menu are gone, the tables stay, on A4 portrait.
  await page.getByLabel('År', { exact: true }).selectOption('2016');
  await expect(page.getByRole('table', { name: 'Beviljade insatser 2016' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByLabel('År', { exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Ansökningar om samverkansmedel' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Beviljade insatser 2016' })).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const [, width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
  expect(Number(width)).toBeCloseTo(595, -1);
  expect(Number(height)).toBeCloseTo(842, -1);
  await page.emulateMedia({ media: 'screen' });

  // One workbook, a sheet per section.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Excel (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toBe('ansokningar-rapporter-harnosand-timra-2016.xlsx');

  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole('table', { name: 'Beviljade insatser 2016' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});
