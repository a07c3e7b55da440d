import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';

const f = '/f/gavleborg';

/** The current half-year in Sweden ('2026-H2'), as the figures page defaults to it. */
function currentHalfYear(): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date());
  const year = parts.find((part) => part.type === 'year')?.value;
  const month = Number(parts.find((part) => part.type === 'month')?.value);
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

/** Registers a bare individual-level intervention and returns its address. */
async function registerIntervention(page: Page, name: string): Promise<string> {
  await page.goto(`${f}/insatser/ny`);
  await page.getByLabel('Namn', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Registrera', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').locator('.loading-status')).toHaveCount(0);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide at 320 px`).toBeLessThanOrEqual(320);
}

test('period figures by keyboard: the current half-year loads at once, blanks count as 0, and saving is announced', async ({
  page,
}) => {
  test.slow();
  const name = `Tangentbordsinsats ${Date.now()}`;
  await logIn(page, 'editor@gavleborg.demo');
  const address = await registerIntervention(page, name);
  await page.goto(`${address}/siffror`);
  const period = currentHalfYear();
  await expect(page.getByRole('heading', { level: 2, name: period })).toBeVisible();
  await expect(page.getByText('Tomma rutor räknas som 0.')).toBeVisible();
  // Every box has a visible label or visible row and column headers.
  await page.getByLabel('Ange nya deltagare efter ålder').check();
  await expect(page.getByText('16–19 år', { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Tab through the first row: total, women, men; "annat/okänt" and everything else left blank.
  await page.getByLabel('Nya deltagare, Totalt', { exact: true }).focus();
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.getByLabel('16–19 år', { exact: true }).focus();
  await page.keyboard.type('5');
  await page.getByRole('button', { name: 'Spara perioden' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Siffrorna för' })).toHaveText(
    `Siffrorna för ${period} är sparade.`,
  );
  await expect(page.getByRole('table', { name: 'Rapporterade perioder' })).toContainText(period);
  await expectAccessible(page);
});

test('a half-filled period names every field it refuses in the summary', async ({ page }) => {
  await logIn(page, 'editor@gavleborg.demo');
  const address = await registerIntervention(page, `Summainsats ${Date.now()}`);
  await page.goto(`${address}/siffror?period=2019-H2`);
  await page.getByLabel('Nya deltagare, Kvinnor', { exact: true }).fill('x');
  await page.getByLabel('Ange nya deltagare efter ålder').check();
  await page.getByLabel('16–19 år', { exact: true }).fill('-1');
  await page.getByRole('button', { name: 'Spara perioden' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Nya deltagare, Kvinnor: Ange ett heltal.' })).toBeVisible();
  await expect(
    summary.getByRole('link', { name: '16–19 år: Antalet kan inte vara negativt.' }),
  ).toBeVisible();
  await expectAccessible(page);
});

test('after "Ändra status" the change is announced and focus is on the status heading, not the page', async ({
  page,
}) => {
  await logIn(page, 'editor@gavleborg.demo');
  await registerIntervention(page, `Statusinsats ${Date.now()}`);
  await page.getByLabel('Ny status').selectOption({ label: 'Vilande' });
  await page.getByRole('button', { name: 'Ändra status' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Statushistorik' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Statusen' })).toHaveText(
    'Statusen är ändrad till Vilande.',
  );
  await expect(page.getByRole('table', { name: 'Statusändringar' })).toContainText('Vilande');
  await expectAccessible(page);
});

test('an unknown intervention, an impossible id and an impossible period are "not found", with a way back', async ({
  page,
}) => {
  await logInAt(page, 'viewer@gavleborg.demo', `${f}/insatser`);
  const href = (await page.getByRole('link', { name: 'Trisam individ' }).getAttribute('href')) ?? '';
  for (const address of [
    `${f}/insatser/00000000-0000-4000-8000-000000000000`,
    `${f}/insatser/inte-ett-id`,
    `${f}/insatser/inte-ett-id/andra`,
    `${href}/siffror?period=2019-H3`,
    `${f}/insatser/rapporter/mal-och-resultat?period=2019-13`,
    `${f}/insatser/rapporter/uppfoljning-finsam?period=igår`,
  ]) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }), address).toBeVisible();
    await expect(page.getByText('Något gick fel')).toHaveCount(0);
  }
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Till insatsregistret' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insatser' })).toBeVisible();
});

test('the register exports to Excel', async ({ page }) => {
  await logInAt(page, 'viewer@gavleborg.demo', `${f}/insatser`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/^insatser-gavleborg-\d{4}-\d{2}-\d{2}\.xlsx$/);
});

/*
 * At 1280 px the register, the figures form, Mål och resultat and Uppföljning Finsam are scanned with
 * axe where interventions.spec.ts, finsam.spec.ts and this spec's figures tests use them; reflow.spec.ts
 * leaves these pages at 320 px to this test.
 */
test('register, intervention, figures and reports reflow at 320 px and pass axe there; the intervention at 1280 px too', async ({
  page,
}) => {
  test.slow();
  await logInAt(page, 'editor@gavleborg.demo', `${f}/insatser`);
  const href =
    (await page.getByRole('link', { name: 'Supported Employment coach Gävle' }).getAttribute('href')) ?? '';
  const addresses = [
    `${f}/insatser`,
    href,
    `${href}/siffror?period=2019-H1`,
    `${f}/insatser/rapporter/mal-och-resultat?period=2019-H1`,
    `${f}/insatser/rapporter/uppfoljning-finsam?period=2019-H1`,
  ];
  await page.setViewportSize({ width: 320, height: 800 });
  for (const address of addresses) {
    await page.goto(address);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(href);
  await expect(page.getByRole('main').locator('.loading-status')).toHaveCount(0);
  await expectAccessible(page);
  // The register's table scrolls in its own region, reachable by keyboard.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${f}/insatser`);
  const region = page.getByRole('region', { name: 'Insatsregistret' });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
});

test('printed reports: Mål och resultat opens with its summary and lets items break; Uppföljning Finsam fits A4 landscape', async ({
  page,
}) => {
  await logInAt(page, 'viewer@gavleborg.demo', `${f}/insatser/rapporter/mal-och-resultat?period=2019-H1`);
  await page.emulateMedia({ media: 'print' });
  const report = page.locator('.insatser-report');
  await expect(report.locator('table').first()).toHaveAccessibleName('Sammanfattning 2019-H1');
  await expect(report.getByRole('table', { name: 'Sammanfattning 2019-H1' })).toContainText('Trisam individ');
  // A whole item kept on one page pushed the first one to page two, leaving page one almost empty.
  expect(
    await report
      .locator('.insatser-report__item')
      .first()
      .evaluate((item) => getComputedStyle(item).breakInside),
  ).not.toBe('avoid');

  await page.goto(`${f}/insatser/rapporter/uppfoljning-finsam?period=2019-H1`);
  await expect(page.getByRole('link', { name: 'se ekonomins rapporter' })).toBeVisible();
  await expect(page.getByText('visas här när ekonomidelen finns')).toHaveCount(0);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  // A4 landscape: 842 × 595 points (Chrome writes 841.92 × 594.96), wider than high.
  const [, width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
  expect(Number(width)).toBeCloseTo(842, -1);
  expect(Number(height)).toBeCloseTo(595, -1);
  // A4 landscape's width inside 10 mm margins is 277 mm, about 1047 CSS px: every column fits.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1047, height: 740 });
  for (const table of await page.locator('.insatser-report--landscape table').all()) {
    expect(
      await table.evaluate((element) => element.scrollWidth <= (element.parentElement?.clientWidth ?? 0)),
    ).toBe(true);
  }
});
