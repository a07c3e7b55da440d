import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn } from './support/log-in.ts';

/**
 * Issue 20's NNS indicator surveys in the browser: Gävleborg's editor reads the demo year 2019
 * against the national figure and 2018, has a result file with a changed question text refused
 * with the row and the text, imports the sample file for 2020 (a year only this spec writes) after
 * its preview, and reads 2020 against the national figure and 2019; axe at 1280 and 320 px. The
 * national view shows the distribution over förbund.
 */
const sample = (name: string) => readFileSync(new URL(`../../docs/samples/${name}`, import.meta.url));

async function chooseFile(page: Page, name: string) {
  await page.getByLabel('Resultatfil (.xlsx, .csv)').setInputFiles({
    name,
    mimeType: name.endsWith('.xlsx')
      ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      : 'text/csv',
    buffer: sample(name),
  });
}

test('an editor imports the NNS result file and sees each statement against the national figure and last year', async ({
  page,
}) => {
  await logIn(page, 'editor@gavleborg.demo');
  await page.goto('/f/gavleborg/plan/nns');
  await expect(page.getByRole('heading', { level: 1, name: 'NNS-enkäter' })).toBeVisible();
  await expect(page.getByLabel('År', { exact: true })).toHaveValue('2019');
  await expect(page.getByText('Resultaten för 2019 är uppskattningar i demodata')).toBeVisible();
  const staff2019 = page.getByRole('table', { name: 'Resultat 2019, Insatspersonal' });
  await expect(staff2019.getByRole('row', { name: /Insats: Trisam struktur/ })).toContainText('..');
  await expectAccessible(page);

  await page.getByLabel('Resultatår').selectOption('2020');
  await chooseFile(page, 'nns-resultat-andrad-fraga.csv');
  const refused = page.getByRole('alert').filter({ hasText: 'Filen kan inte importeras' });
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('row', { name: /^5 / })).toContainText(
    'Rad 5: frågan ”Jag känner mig mer redo att arbeta eller studera efter insatsen.” är inte NNS:s formulering',
  );
  await expect(refused).toContainText(
    'NNS:s formulering: ”Jag känner mig mer redo att kunna arbeta eller studera efter insatsen.”',
  );
  await expect(page.getByRole('button', { name: /^Spara .* resultat/ })).toHaveCount(0);
  await expectAccessible(page);

  // The sample as NNS's tool exports it, .xlsx (the refused one above was CSV).
  await chooseFile(page, 'nns-resultat-gavleborg-2020.xlsx');
  await expect(page.getByRole('heading', { name: 'Förhandsvisning: 18 resultat för 2020' })).toBeVisible();
  await expect(page.getByText('Det finns inga resultat för 2020 ännu.')).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the page scrolls only inside its tables at 320 px').toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Spara 18 resultat för 2020' }).click();
  const done = page
    .getByRole('status')
    .filter({ hasText: 'Resultaten för 2020 är importerade: 18 resultat.' });
  await expect(done).toBeVisible();
  await expect(page.getByLabel('År', { exact: true })).toHaveValue('2020');
  const participants = page.getByRole('table', { name: 'Resultat 2020, Deltagare' });
  const d1 = participants.getByRole('row', { name: /^D1 .* Förbundet/ });
  await expect(d1).toContainText('198');
  await expect(d1).toContainText('7,6');
  await expect(d1).toContainText('Över riket (+0,1)');
  await expect(d1).toContainText('Högre än 2019 (+0,2)');
  const board = page.getByRole('table', { name: 'Resultat 2020, Styrelseledamöter' });
  await expect(board.getByRole('row', { name: /^S2 / })).toContainText('Högre än 2019 (+0,3)');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera 2020 till Excel' }).click();
  expect((await download).suggestedFilename()).toBe('nns-gavleborg-2020.xlsx');
});

test('the network reads the distribution over förbund per NNS statement', async ({ page }) => {
  await logIn(page, 'network@samsyn.demo');
  await page.goto('/nationellt');
  await page.getByRole('link', { name: 'NNS-enkäterna: förbundens resultat i riket' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'NNS-enkäterna i riket' })).toBeVisible();
  // The newest year with three förbund or more behind a figure (Gävleborg alone has 2020 if the
  // import above ran on this database).
  await expect(page.getByLabel('År', { exact: true })).toHaveValue('2019');
  const table = page.getByRole('table', { name: 'Fördelning över förbunden 2019' });
  await expect(table.getByRole('row', { name: /^D1 / })).toContainText('41');
  await expect(table.getByRole('row', { name: /^D1 / })).toContainText('7,4');
  await expectAccessible(page);
});
