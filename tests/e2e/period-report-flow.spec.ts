import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';

/**
 * Issue 23's Done-means flow, on Gävleborg's first half of 2020 (no other spec reports on it): an
 * editor creates the half-year report (copied from the Halvårsredovisning 2019), is told which
 * sections stand in the way of "klar för beslut", writes one section in the editor, marks every
 * section ready and the report ready for decision; an admin plans a board meeting with an item and
 * a decision of kind Rapport through the board's pages and adopts the report with it; then an
 * actual of March 2020 is entered in the economy, and the live report says "Ändrat efter
 * fastställande" while the adopted PDF is byte for byte what it was. Axe on the report page in
 * each state.
 */

const tenant = 'gavleborg';
const title = 'Halvårsredovisning 2020';
const itemTitle = 'Halvårsredovisning 2020 för fastställande';

/** The adopted PDF, fetched with the browser's session through the overview's download link. */
async function adoptedPdf(page: Page): Promise<Buffer> {
  const href = await page
    .getByRole('link', { name: 'Fastställd version (PDF)', exact: true })
    .getAttribute('href');
  if (!href) throw new Error('no adopted PDF link');
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  return response.body();
}

test('an editor prepares the 2020 half-year report, an admin adopts it, a later actual shows as changed', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await logInAt(page, `editor@${tenant}.demo`, `/f/${tenant}/rapporter/ny`);
  const form = page.getByRole('form', { name: 'Ny rapport' });
  await expect(form.getByText('Struktur och texter kopieras från Halvårsredovisning 2019.')).toBeVisible();
  await form.getByLabel('Periodens första dag', { exact: true }).fill('2020-01-01');
  await form.getByLabel('Periodens sista dag', { exact: true }).fill('2020-06-30');
  await expect(form.getByLabel('Titel', { exact: true })).toHaveValue(title);
  await form.getByRole('button', { name: 'Skapa rapporten', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const reportUrl = new URL(page.url()).pathname;
  const sections = page.getByRole('table', { name: `Avsnitten i ${title}` });

  // Not every section is ready: the refusal names what is missing.
  await page.getByRole('button', { name: 'Markera rapporten klar för beslut', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Alla avsnitt är inte klara');
  await expect(page.getByText('Avsnitt som inte är klara:')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Beskrivning av verksamheten' })).toBeVisible();

  // One section written in the editor (R7's page), saved as a new version.
  await sections.getByRole('link', { name: 'Beskrivning av verksamheten', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Avsnittets text' });
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Under första halvåret 2020 startade två nya insatser.');
  await page.getByRole('button', { name: 'Spara texten', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Texten är sparad som version \d+\./ }),
  ).toBeVisible();

  // Every section marked ready, then the report ready for decision.
  await page.goto(reportUrl);
  const markButtons = sections.getByRole('button', { name: /^Markera klar: / });
  await expect(markButtons.first()).toBeVisible();
  for (let left = await markButtons.count(); left > 0; left -= 1) {
    await markButtons.first().click();
    await expect(markButtons).toHaveCount(left - 1);
  }
  await expect(page.getByText(/^(\d+) av \1 avsnitt klara$/)).toBeVisible();
  await page.getByRole('button', { name: 'Markera rapporten klar för beslut', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Rapporten är markerad klar för beslut.' }),
  ).toBeVisible();
  await expect(page.getByText('Klar för beslut', { exact: true }).first()).toBeVisible();

  // The admin: a board meeting, an item and a decision of kind Rapport, through the board's pages.
  await page.context().clearCookies();
  await logIn(page, `admin@${tenant}.demo`);
  await page.goto(`/f/${tenant}/moten`);
  await page.getByRole('button', { name: 'Nytt möte', exact: true }).click();
  const meeting = page.getByRole('form', { name: 'Nytt möte', exact: true });
  await meeting.getByLabel('Organ').selectOption({ label: 'Förbundsstyrelse' });
  await meeting.getByLabel('Datum').fill('2020-08-20');
  await meeting.getByLabel('Börjar').fill('09:00');
  await meeting.getByLabel('Slutar').fill('12:00');
  await meeting.getByLabel('Plats').fill('Förbundets kansli, Gävle');
  await meeting.getByRole('button', { name: 'Skapa mötet', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Förbundsstyrelse 20 augusti 2020' }),
  ).toBeVisible();
  const agenda = page.getByRole('region', { name: 'Föredragningslista' });
  await agenda.getByRole('button', { name: 'Lägg till ärende', exact: true }).click();
  const item = page.getByRole('form', { name: 'Nytt ärende', exact: true });
  await item.getByLabel('Rubrik').fill(itemTitle);
  await item.getByLabel('Rubrik').press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: `Ärendet ${itemTitle} är tillagt.` }),
  ).toBeVisible();
  await page.getByRole('button', { name: `Skriv beslut: ${itemTitle}` }).click();
  const decision = page.getByRole('form', { name: 'Beslut i ärendet' });
  await decision.getByLabel('Slag av beslut').selectOption({ label: 'Rapport och redovisning' });
  await decision.getByLabel('Beslutstext').fill('Styrelsen fastställer halvårsredovisningen för 2020.');
  await decision.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Beslutet är sparat.' })).toBeVisible();

  // Fastställ with that decision: the banner names it and nothing has changed yet.
  await page.goto(reportUrl);
  await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
  const adopt = page.getByRole('dialog', { name: `Fastställ ${title}` });
  await expect(adopt.getByRole('link', { name: 'Till Möten' })).toBeVisible();
  await expectAccessible(page);
  await adopt.getByRole('radio', { name: new RegExp(itemTitle) }).check();
  await adopt.getByRole('button', { name: 'Fastställ', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rapporten är fastställd.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Fastställande' })).toBeFocused();
  await expect(page.getByText(/^Fastställd 20 augusti 2020 genom .+\.$/)).toBeVisible();
  await expect(page.getByText('Inga ändringar sedan fastställandet.')).toBeVisible();
  await expect(
    sections.getByRole('button', { name: /^(Markera|Ta bort klarmarkering|Flytta|Ändra)/ }),
  ).toHaveCount(0);
  await expectAccessible(page);
  const before = await adoptedPdf(page);

  // An actual of March 2020 entered afterwards: the live report differs, the adopted PDF does not.
  await page.goto(`/f/${tenant}/ekonomi/utfall?ar=2020`);
  await expect(page.getByRole('heading', { level: 1, name: 'Utfall 2020' })).toBeVisible();
  await page.getByLabel('Period', { exact: true }).fill('2020-03');
  await page.getByLabel('Budgetrad', { exact: true }).selectOption({ label: 'Övriga externa kostnader' });
  await page.getByLabel('Belopp (kr)', { exact: true }).fill('5 000');
  await page.getByRole('button', { name: 'Spara utfall', exact: true }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Utfallet för Övriga externa kostnader, 2020-03, är sparat.' }),
  ).toBeVisible();

  await page.goto(reportUrl);
  await expect(page.getByRole('heading', { level: 3, name: 'Ändrat efter fastställande' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Ändringar i / }).first()).toBeVisible();
  await expectAccessible(page);
  const after = await adoptedPdf(page);
  expect(after.equals(before), 'the adopted PDF changed after the actual was entered').toBe(true);
});
