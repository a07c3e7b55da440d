import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { expectReflow } from './support/expect-reflow.ts';
import { logInAt } from './support/log-in.ts';

/**
 * Issue 23, the reports' list, a new report and its overview: an editor of Härnösand–Timrå (who has
 * a verksamhetsplan report but no half-year report) starts a half-year report for 2031 from the
 * template, is refused an impossible period end beside the field in Swedish, creates it, moves a
 * section up by keyboard with the focus staying on the moved row's button, and assigns it to a
 * person with a deadline through the dialog. Axe on each page and dialog, and no sideways scroll
 * at 320 px.
 */

const tenant = 'harnosand-timra';

test('an editor creates a half-year report, is refused a bad period beside the field, moves and assigns a section', async ({
  page,
}) => {
  await logInAt(page, `editor@${tenant}.demo`, `/f/${tenant}/rapporter`);
  await expect(page.getByRole('heading', { level: 1, name: 'Rapporter' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Verksamhetsplan och budget' })).toBeVisible();
  await expect(page.getByText(/\d+ av \d+ avsnitt klara/).first()).toBeVisible();
  await expectAccessible(page);
  await expectReflow(page);

  await page.getByRole('link', { name: 'Ny rapport', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny rapport' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Ny rapport' });
  await expect(form.getByRole('radio', { name: 'Halvårsredovisning', exact: true })).toBeChecked();
  await expect(
    form.getByText('Förbundet har ingen tidigare halvårsredovisning: rapporten börjar från standardmallen.'),
  ).toBeVisible();
  await expectAccessible(page);
  await expectReflow(page);

  // The verksamhetsplan: its period and title follow the kind, and it copies Härnösand–Timrå's plan report.
  await form.getByRole('radio', { name: 'Verksamhetsplan och budget', exact: true }).check();
  await expect(form.getByText(/^Struktur och texter kopieras från /)).toBeVisible();
  await expect(form.getByLabel('Titel', { exact: true })).toHaveValue(
    /^Verksamhetsplan och budget \d{4}–\d{4}$/,
  );
  await form.getByRole('radio', { name: 'Halvårsredovisning', exact: true }).check();

  await form.getByLabel('Periodens första dag', { exact: true }).fill('2031-01-01');
  await form.getByLabel('Periodens sista dag', { exact: true }).fill('2031-06-31');
  await expect(form.getByLabel('Titel', { exact: true })).toHaveValue('Halvårsredovisning 2031');
  await form.getByRole('button', { name: 'Skapa rapporten', exact: true }).click();
  const periodEnd = form.getByLabel('Periodens sista dag', { exact: true });
  await expect(periodEnd).toHaveAccessibleDescription(/Skriv periodens sista dag som ÅÅÅÅ-MM-DD\./);
  await expect(periodEnd).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await periodEnd.fill('2031-06-30');
  await form.getByLabel('Sista dag för rapporten (valfritt)', { exact: true }).fill('2031-09-15');
  await form.getByRole('button', { name: 'Skapa rapporten', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Halvårsredovisning 2031' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Rapporten är skapad.' })).toBeVisible();
  await expect(page.getByText('Utkast', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/^0 av \d+ avsnitt klara$/)).toBeVisible();
  const sections = page.getByRole('table', { name: 'Avsnitten i Halvårsredovisning 2031' });
  await expect(sections.getByRole('rowheader', { name: 'Sammanfattning av perioden' })).toBeVisible();
  await expect(sections.getByText('Genereras: Resultaträkning')).toBeVisible();
  await expectAccessible(page);
  await expectReflow(page);

  // Move "Om förbundet" (1.2) above the summary by keyboard: focus stays on its button.
  await sections.getByRole('button', { name: 'Flytta 1.2 Om förbundet upp', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Om förbundet är flyttat.' })).toBeVisible();
  await expect(
    sections.getByRole('button', { name: 'Flytta 1.1 Om förbundet upp', exact: true }),
  ).toBeFocused();
  const titles = await sections.getByRole('rowheader').allInnerTexts();
  expect(titles.indexOf('Om förbundet')).toBeLessThan(titles.indexOf('Sammanfattning av perioden'));
  await page.keyboard.press('Enter');
  await expect(
    sections.getByRole('button', { name: 'Flytta 1.1 Om förbundet ned', exact: true }),
  ).toBeFocused();

  // Assign it with a deadline; a deadline that is not a date is refused beside the field first.
  await sections.getByRole('button', { name: 'Tilldela 1.1 Om förbundet', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Tilldela Om förbundet' });
  await expect(dialog).toBeVisible();
  const assignee = dialog.getByLabel('Ansvarig', { exact: true });
  await expect(assignee.locator('option')).not.toHaveCount(1);
  await assignee.selectOption({ index: 1 });
  const who = ((await assignee.locator('option:checked').textContent()) ?? '').replace(/ \(.*\)$/, '');
  await dialog.getByLabel('Sista dag för avsnittet', { exact: true }).fill('15 augusti');
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(dialog.getByLabel('Sista dag för avsnittet', { exact: true })).toHaveAccessibleDescription(
    /Ange sista dag som ett datum, till exempel 2019-08-16\./,
  );
  await expectAccessible(page);
  await dialog.getByLabel('Sista dag för avsnittet', { exact: true }).fill('2031-08-15');
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ansvar och sista dag för Om förbundet är sparade.' }),
  ).toBeVisible();
  const row = sections
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Om förbundet' }) });
  await expect(row.getByRole('cell', { name: who, exact: true })).toBeVisible();
  await expect(row.getByText('15 augusti 2031')).toBeVisible();

  // An own section: added last, switched off and on, then deleted through its dialog.
  const own = 'Samverkan med civilsamhället';
  await page.getByRole('button', { name: 'Lägg till eget avsnitt', exact: true }).click();
  const add = page.getByRole('form', { name: 'Lägg till eget avsnitt' });
  await add.getByLabel('Rubrik', { exact: true }).fill(own);
  await add.getByRole('button', { name: 'Lägg till avsnittet', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `${own} är tillagt.` })).toBeVisible();
  const ownRow = sections.getByRole('row').filter({ has: page.getByRole('rowheader', { name: own }) });
  await expect(ownRow.getByText('Skrivs av förbundet')).toBeVisible();
  await ownRow.getByRole('button', { name: /^Stäng av / }).click();
  await expect(ownRow.getByText('(avstängt, kommer inte med i rapporten)')).toBeVisible();
  await ownRow.getByRole('button', { name: /^Slå på / }).click();
  await expect(page.getByRole('status').filter({ hasText: `${own} är påslaget igen.` })).toBeVisible();
  await ownRow.getByRole('button', { name: /^Ändra / }).click();
  const settings = page.getByRole('dialog', { name: `Ändra avsnittet ${own}` });
  await expect(settings.getByLabel('Rubrik', { exact: true })).toHaveValue(own);
  await expectAccessible(page);
  await settings.getByRole('button', { name: 'Ta bort avsnittet', exact: true }).click();
  await settings.getByRole('button', { name: 'Ja, ta bort avsnittet', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `${own} är borttaget.` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Avsnitt', exact: true })).toBeFocused();
  await expect(ownRow).toHaveCount(0);

  // Back on the list, the new report is under its kind with its deadline.
  await page.getByRole('link', { name: 'Rapporter', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Halvårsredovisning' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Halvårsredovisning 2031', exact: true })).toBeVisible();
  await expect(page.getByText('15 september 2031')).toBeVisible();
});

test('a viewer reads a report without a single edit control; a wrong report address is the not-found page', async ({
  page,
}) => {
  await logInAt(page, `viewer@${tenant}.demo`, `/f/${tenant}/rapporter`);
  await expect(page.getByRole('link', { name: 'Ny rapport' })).toHaveCount(0);
  await page
    .getByRole('region', { name: /^Verksamhetsplan och budget: / })
    .getByRole('link')
    .first()
    .click();
  await expect(
    page.getByText('Du kan läsa rapporterna. Att ändra dem kräver behörigheten redigerare.'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /^Avsnitten i / })).toBeVisible();
  await expect(
    page.getByRole('button', {
      name: /^(Markera|Ta bort|Flytta|Stäng av|Slå på|Ändra|Tilldela|Fastställ|Skicka)/,
    }),
  ).toHaveCount(0);

  await page.goto(`/f/${tenant}/rapporter/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Till rapporterna', exact: true })).toBeVisible();
});
