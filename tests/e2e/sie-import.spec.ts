import { expect, type Page, test } from '@playwright/test';
import { formatMoney, malformedTestSieFile, type Ore, testSieFile } from '@samsyn/domain';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/**
 * Issue 19 part 6 in the browser: Utfall → Importera från bokföringen with the generated SIE4 file
 * (PC8 bytes, as a bookkeeping system writes them) into Insjöriket's 2010, a year no other spec
 * reads: the malformed copy refused with its line number, the preview, a project tied to an
 * intervention, the import announced, the figures in the operating statement; axe at 1280 and 320 px.
 */
const year = 2010;
const file = testSieFile(year);

const kronor = (ore: number) => formatMoney(ore as Ore).replace(/\u00a0kr$/, '');
const yearSum = (accounts: string[]) =>
  file.vouchers
    .flatMap((voucher) => voucher.transactions)
    .filter((trans) => accounts.includes(trans.account))
    .reduce((sum, trans) => sum + trans.amount, 0);

async function chooseFile(page: Page, name: string, bytes: Uint8Array) {
  await page
    .getByLabel('SIE4-fil (.se, .si, .sie)')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

test('an editor imports a year of books from an SIE4 file after a preview, and finds the figures', async ({
  page,
}) => {
  await logInAt(page, 'editor@insjoriket.demo', `/f/insjoriket/ekonomi/utfall?ar=${year}`);
  await page.getByRole('link', { name: 'Importera från bokföringen (SIE4)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera från bokföringen' })).toBeVisible();

  const malformed = malformedTestSieFile(year);
  await chooseFile(page, 'bokforing-fel.se', malformed.bytes);
  await expect(page.getByText('Vald fil: bokforing-fel.se.', { exact: true })).toBeAttached();
  const problems = page.getByRole('alert').filter({ hasText: 'Filen har fel och kan inte importeras' });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('row', { name: new RegExp(`^${malformed.line} `) })).toContainText(
    'Beloppet kan inte läsas',
  );
  await expect(page.getByRole('button', { name: /^Importera bokföringen/ })).toHaveCount(0);
  await expectAccessible(page);

  await chooseFile(page, 'bokforing-2010.se', file.bytes);
  await expect(page.getByRole('heading', { name: 'Utfall per budgetrad och månad' })).toBeVisible();
  await expect(page.getByText(`Samordningsförbundet Testå, räkenskapsår ${year}`)).toBeVisible();
  const staffRow = page.getByRole('row', { name: /^Personalkostnader, kansli/ });
  await expect(staffRow).toContainText(kronor(yearSum(['7010', '7510'])));
  await expect(page.getByLabel('Budgetrad för konto 7010 Löner tjänstemän')).toHaveValue(/^line:/);

  // Tying the project P1 to an intervention previews again with the split.
  const nothingAllocated = page.getByText(/^Fördelat på insatser: 0\s*kr\.$/);
  await expect(nothingAllocated).toBeVisible();
  await page.getByLabel('Insats för Projekt P1 Unga vuxna i Gävle').selectOption({ index: 1 });
  await expect(nothingAllocated).toHaveCount(0);
  await expect(page.getByText(/^Fördelat på insatser: [1-9]/)).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: 320, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the preview scrolls sideways at 320 px').toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: `Importera bokföringen för ${year}` }).click();
  const done = page.getByRole('status').filter({ hasText: `Bokföringen för ${year} är importerad` });
  await expect(done).toBeVisible();
  await expect(done).toContainText('Nya budgetrader:');
  await expect(done).toBeInViewport();
  await expect(page.getByLabel('SIE4-fil (.se, .si, .sie)')).toHaveValue('');

  await page.goto(`/f/insjoriket/ekonomi/rapporter?ar=${year}&manad=12`);
  const reported = page.getByRole('row', { name: /^Personalkostnader, kansli/ });
  await expect(reported).toContainText(kronor(yearSum(['7010', '7510'])));
  await expectAccessible(page);
});
