import { expect, type Page, test } from '@playwright/test';
import writeXlsxFile from 'write-excel-file/node';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/** An .xlsx file as a user would save it from Excel: a header row, then period, line, amount. */
async function xlsxFile(name: string, rows: (string | number)[][]) {
  const buffer = await writeXlsxFile([['Period', 'Rad', 'Belopp'], ...rows]).toBuffer();
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer };
}

/** Amounts are written with no-break spaces (1 234 kr); match any space. */
const amount = (text: string) => new RegExp(text.replace(/ /g, '\\s'));

async function openReport(page: Page, report: string, month: string) {
  await page.getByLabel('Rapport').selectOption({ label: report });
  await page.getByLabel('Till och med månad').selectOption({ label: month });
  await page.getByRole('button', { name: 'Visa' }).click();
}

/** Follows a link of the economy pages' own navigation. */
const openEconomyPage = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Ekonomi' }).getByRole('link', { name }).click();

/** Opens Medlemsbidrag and shows the first half of the year. */
async function openFirstHalfContributions(page: Page) {
  await openEconomyPage(page, 'Medlemsbidrag');
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Första halvåret' });
  await page.getByRole('button', { name: 'Visa' }).click();
}

test('an editor enters a budget line, imports actuals from .xlsx (a bad file is refused whole), and reads the operating statement', async ({
  page,
}) => {
  await logInAt(page, 'editor@gavleborg.demo', '/f/gavleborg');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ekonomi' }).click();
  await page.getByLabel('År', { exact: true }).selectOption('2019');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget 2019' })).toBeVisible();
  await expect(page.getByLabel('Namn på rad 6')).toHaveValue('Insatsmedel');
  // Saved cost lines show the kind the comparisons count them as.
  await expect(page.getByLabel('Typ av rad för rad 6')).toHaveValue('interventionFunds');
  await expect(page.getByLabel('Typ av rad för rad 7')).toHaveValue('staff');
  await expectAccessible(page);

  // A budget line: refused until it says what kind of cost it is, with the message at the field.
  await page.getByRole('button', { name: 'Lägg till rad' }).click();
  await page.getByLabel('Namn på rad 9').fill('Utbildning');
  await page.getByLabel('Grupp för rad 9').fill('Kansli');
  await page.getByLabel('Belopp 2019 för rad 9').fill('50 000');
  await expect(page.getByLabel('Typ av rad för rad 9')).toHaveValue('');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  const kindProblem = 'Välj typ av rad för kostnadsraden: Insatsmedel, Personal eller Övrig administration.';
  const summary = page.getByRole('alert').filter({ hasText: 'Rätta följande:' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: `Typ av rad för rad 9: ${kindProblem}` })).toBeVisible();
  await expect(page.getByLabel('Typ av rad för rad 9')).toHaveAccessibleDescription(kindProblem);
  await expect(page.getByText('Budgeten är sparad.')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel('Typ av rad för rad 9').selectOption({ label: 'Övrig administration' });
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Budgeten är sparad.')).toBeVisible();
  await expect(page.getByLabel('Namn på rad 9')).toHaveValue('Utbildning');
  await expect(page.getByLabel('Typ av rad för rad 9')).toHaveValue('otherAdministration');

  // Actuals from a file with one bad row: refused, nothing saved.
  await openEconomyPage(page, 'Utfall');
  await expect(page.getByRole('heading', { level: 1, name: 'Utfall 2019' })).toBeVisible();
  await expectAccessible(page);
  const fileInput = page.getByLabel('Fil (CSV eller .xlsx)');
  // A file that is no workbook: the problem beside the field, announced with the file's name.
  await fileInput.setInputFiles({
    name: 'trasig.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('inte en arbetsbok'),
  });
  await expect(fileInput).toHaveAccessibleDescription(/Filen kunde inte läsas\./);
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/^Vald fil: trasig\.xlsx\. Filen kunde inte läsas/)).toBeAttached();
  await fileInput.setInputFiles(
    await xlsxFile('utfall-juli.xlsx', [
      ['2019-07', 'Utbildning', 12_000],
      ['2019-07', 'Konferenser', 500],
    ]),
  );
  const errors = page.getByRole('table', { name: /Fel i filen/ });
  await expect(errors).toBeVisible();
  await expect(fileInput).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Vald fil: utfall-juli.xlsx.', { exact: true })).toBeAttached();
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors.getByRole('row').nth(1)).toContainText(
    'Budgetraden finns inte i förbundets kontoplan.',
  );
  await expect(page.getByText('Inget har sparats.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
  await expectAccessible(page);
  await expect(
    page.getByRole('table', { name: 'Utfall 2019' }).getByRole('rowheader', { name: 'Utbildning' }),
  ).toHaveCount(0);

  // The corrected file is imported whole.
  await fileInput.setInputFiles(
    await xlsxFile('utfall-juli.xlsx', [
      ['2019-07', 'Utbildning', 12_000],
      ['2019-07', 'Övriga externa kostnader', 500],
    ]),
  );
  await expect(page.getByRole('table', { name: /Rader som importeras/ })).toBeVisible();
  await page.getByRole('button', { name: 'Importera 2 rader' }).click();
  await expect(page.getByText('2 rader importerades.')).toBeVisible();
  // The imported file's field is empty again.
  await expect(page.getByText(/^Vald fil:/)).toHaveCount(0);
  await expect(fileInput).toHaveValue('');
  await expect(
    page.getByRole('table', { name: 'Utfall 2019' }).getByRole('rowheader', { name: 'Utbildning' }),
  ).toBeVisible();

  // The operating statement through July shows the new line and the imported amounts.
  await openEconomyPage(page, 'Rapporter');
  await openReport(page, 'Driftredovisning', 'juli');
  await expect(page.getByRole('heading', { level: 1, name: 'Driftredovisning 2019' })).toBeVisible();
  const statement = page.getByRole('table', { name: /Driftredovisning 2019/ });
  const training = statement.getByRole('row', { name: /Utbildning/ });
  await expect(training).toContainText(amount('50 000 kr'));
  await expect(training).toContainText(amount('12 000 kr'));
  await expect(training).toContainText(amount('38 000 kr'));
  await expect(statement.getByRole('row', { name: /Övriga externa kostnader/ })).toContainText(
    amount('204 785 kr'),
  );
  await expectAccessible(page);

  // The contributions form an editor opens is accessible too.
  await openFirstHalfContributions(page);
  await page.getByRole('button', { name: 'Ändra fördelning' }).click();
  await expect(page.getByLabel('Andel Gävle kommun (%)')).toHaveValue('36,6');
  await expect(page.getByLabel('Kommentar för Staten (FK+AF)')).toHaveValue(/not 1/);
  await expectAccessible(page);
});

test('a board member reads the seed figures in every report and the contributions, each page accessible', async ({
  page,
}) => {
  await logInAt(page, 'viewer@gavleborg.demo', '/f/gavleborg/ekonomi/rapporter?ar=2019&manad=6');
  const statement = page.getByRole('table', { name: /Driftredovisning 2019/ });
  await expect(statement.getByRole('row', { name: /Summa kostnader/ })).toContainText(amount('3 315 060 kr'));
  await expect(statement.getByRole('row', { name: /Resultat/ })).toContainText(amount('3 344 687 kr'));
  await expectAccessible(page);

  await openReport(page, 'Resultaträkning', 'juni');
  await expect(page.getByRole('row', { name: /Resultat efter finansiella poster/ })).toContainText(
    amount('3 344 423 kr'),
  );
  await expect(page.getByRole('row', { name: /Resultat efter finansiella poster/ })).toContainText(
    amount('−827 090 kr'),
  );
  await expectAccessible(page);

  await openReport(page, 'Balansräkning', 'juni');
  await expect(page.getByRole('row', { name: /Summa tillgångar/ })).toContainText(amount('10 088 720 kr'));
  await expect(page.getByText('Balansräkningen balanserar')).toBeVisible();
  await expectAccessible(page);

  await openReport(page, 'Prognos och balanskrav', 'juni');
  // One decimal (43,4 % from the seed; 43,0 % once the first test has budgeted 50 000 kr more costs).
  await expect(page.getByText(/43,\d\s%/).first()).toBeVisible();
  await expect(page.getByText(/Målet för eget kapital nås inte/)).toBeVisible();
  await page.getByLabel('tusental kronor (tkr)').check();
  await expect(page.getByRole('row', { name: /Summa intäkter/ })).toContainText(amount('13 320 tkr'));
  await expectAccessible(page);
  await page.getByLabel('kronor (kr)', { exact: true }).check();

  await openFirstHalfContributions(page);
  const split = page.getByRole('table', { name: /Medlemsbidrag per medlem/ });
  await expect(split.getByRole('row', { name: /Gävle kommun/ })).toContainText(amount('609 345 kr'));
  await expect(split.getByRole('row', { name: /Ockelbo kommun/ })).toContainText(amount('34 962 kr'));
  await expect(page.getByText('Fördelningen avviker från 50/25/25.')).toBeVisible();
  await expectAccessible(page);
});

test('an editor enters balances and sees the balance check follow; the closing page is accessible', async ({
  page,
}) => {
  await logInAt(page, 'editor@gavleborg.demo', '/f/gavleborg/ekonomi/rapporter');
  await openEconomyPage(page, 'Balanser');
  await page.getByLabel('Balansdag', { exact: true }).fill('2019-12-31');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Balanser 31 december 2019' })).toBeVisible();
  await expect(page.getByLabel('Namn på rad 2')).toHaveValue('Kassa och bank');
  const check = page.getByRole('status').filter({ hasText: 'Balansräkningen' });
  await expect(check).toHaveText(/Balansräkningen balanserar:/);

  await page.getByLabel('Belopp för rad 2').fill('1 000');
  await expect(check).toHaveText(/tillgångarna är 1\s000\skr större/);
  await expectAccessible(page);
  await page.getByLabel('Belopp för rad 3').fill('1 000');
  await expect(check).toHaveText(/Balansräkningen balanserar:/);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Saldona för 31 december 2019 är sparade.')).toBeVisible();
  await expect(page.getByLabel('Belopp för rad 2')).toHaveValue(amount('1 000'));

  await openEconomyPage(page, 'Bokslut och prognos');
  await expect(page.getByLabel('Verksamhetens intäkter (kr)')).toBeVisible();
  await expect(page.getByRole('table', { name: /Prognos \d{4} per budgetrad/ })).toBeVisible();
  await expectAccessible(page);
});
