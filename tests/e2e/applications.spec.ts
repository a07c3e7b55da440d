import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/**
 * Issue 22, the pipeline: an editor starts a received application with the lead alone and is
 * refused beside the parties field (the Finsam rule, "Ange minst två förbundsmedlemmar …"); with a
 * second member organisation ticked it is saved; they move it to formal check by keyboard through
 * the dialog (date and note), upload a PDF, and find it in the pipeline filtered by status in the
 * address (and printed without toolbar and filters), after editing it in place. A viewer reads it
 * without a single edit control; a wrong address is "not found". Axe on each page, at 1280 and
 * 320 px.
 */

const tenant = 'gavleborg';
const title = 'E2E Förstudie grön rehabilitering';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
}

test('an editor is refused one party, saves with two, moves to formal check and uploads; a viewer reads', async ({
  page,
}) => {
  await logInAt(page, 'editor@gavleborg.demo', `/f/${tenant}/ansokningar`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ansökningar om samverkansmedel' })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('link', { name: 'Ny ansökan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny ansökan' })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const form = page.getByRole('form', { name: 'Ny ansökan' });
  await form.getByLabel('Börja som', { exact: true }).selectOption({ label: 'Inkommen' });
  await form.getByLabel('Rubrik', { exact: true }).fill(title);
  await form.getByLabel('Typ av insats', { exact: true }).selectOption({ label: 'Förstudie' });
  await form.getByLabel('Huvudsökande', { exact: true }).selectOption({ label: 'Hofors kommun' });
  await form.getByLabel('Behov', { exact: true }).fill('Ett behov gemensamt för minst två av parterna.');
  await form
    .getByLabel('Hur samverkan mellan parterna ökar', { exact: true })
    .fill('Ett gemensamt team med kommunen och Arbetsförmedlingen.');
  await form.getByRole('button', { name: 'Lägg till år', exact: true }).click();
  await form.getByLabel('Budgetår 1: År', { exact: true }).fill('2031');
  await form.getByLabel('Budgetår 1: Sökt belopp (kr)', { exact: true }).fill('150 000');
  await form.getByRole('button', { name: 'Spara ansökan', exact: true }).click();

  // The lead alone: the API's Finsam rule, in Swedish beside the parties.
  const parties = form.getByRole('group', { name: 'Parter' });
  await expect(
    parties.getByText('Ange minst två förbundsmedlemmar som parter, varav en huvudsökande.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny ansökan' })).toBeVisible();
  await expectAccessible(page);

  await parties.getByRole('checkbox', { name: 'Arbetsförmedlingen', exact: true }).check();
  await form.getByRole('button', { name: 'Spara ansökan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ansökan är sparad.' })).toBeVisible();
  const applicationPath = new URL(page.url()).pathname;
  const facts = page.getByRole('region', { name: 'Uppgifter' });
  await expect(facts.getByText('Hofors kommun', { exact: true })).toBeVisible();
  await expect(facts.getByText('Arbetsförmedlingen', { exact: true })).toBeVisible();
  await expectAccessible(page);

  // To formal check by keyboard: the button by Enter, a note typed, Enter on "Flytta" sends.
  await page.getByRole('button', { name: 'Till Formell granskning', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Flytta till Formell granskning' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Anteckning', { exact: true }).fill('Alla handlingar inkomna.');
  await dialog.getByRole('button', { name: 'Flytta', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Ansökan är flyttad till Formell granskning.' }),
  ).toBeVisible();
  await expect(page.getByText('Nuvarande status: Formell granskning')).toBeVisible();
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.getByRole('row').filter({ hasText: 'Inkommen → Formell granskning' })).toContainText(
    'Alla handlingar inkomna.',
  );

  // An attachment: the type is read from the bytes; the table links the download.
  await page
    .getByLabel('Fil', { exact: true })
    .setInputFiles({ name: 'ansokan.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Ladda upp', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Bilagan ansokan.pdf är uppladdad.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ladda ned ansokan.pdf' })).toHaveAttribute(
    'href',
    /\/api\/application-attachments\/gavleborg\//,
  );
  await expectAccessible(page);

  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Edited in place: saved with the version it was loaded with, announced, focus back on "Ändra uppgifter".
  await page.getByRole('button', { name: 'Ändra uppgifter', exact: true }).click();
  const edit = page.getByRole('form', { name: 'Ändra ansökan' });
  await edit.getByLabel('Diarienummer', { exact: true }).fill('Dnr 2031/12');
  await edit.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' })).toBeVisible();
  await expect(facts.getByText('Dnr 2031/12', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ändra uppgifter', exact: true })).toBeFocused();

  // The pipeline filtered by status in the address: the application under its status with count and sum.
  await page.goto(`/f/${tenant}/ansokningar?status=formalCheck`);
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('formalCheck');
  const group = page.getByRole('region', { name: /^Formell granskning \(/ });
  await expect(group.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page);
  // Printed: the tables without the toolbar and the filters.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Ny ansökan', exact: true })).toBeHidden();
  await expect(page.getByLabel('Status', { exact: true })).toBeHidden();
  await expect(group.getByRole('link', { name: title })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // A viewer reads, without a control that would change anything.
  await page.context().clearCookies();
  await logInAt(page, 'viewer@gavleborg.demo', applicationPath);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Du kan läsa ansökningarna.')).toBeVisible();
  for (const name of ['Ändra uppgifter', 'Ta bort ansökan', 'Ladda upp', 'Till Under beredning'])
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ta bort bilagan/ })).toHaveCount(0);
  await expectAccessible(page);

  // A wrong address names nothing.
  await page.goto(`/f/${tenant}/ansokningar/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Till ansökningarna' })).toBeVisible();
  await expectAccessible(page);
});
