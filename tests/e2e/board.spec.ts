import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';

/**
 * Issue 21's whole flow ("Done means", browser test): an admin plans a board meeting with three
 * items, records attendance with a substitute serving, a jäv declared on one item, the minutes and
 * a decision, approves the minutes, prints the protocol (its content asserted), and finds the
 * decision in /beslut by an inflected Swedish word ("verksamhetsplanen" finds "verksamhetsplan");
 * approved, nothing on the meeting can be changed; a viewer reads it all without a control. Axe on
 * every page. The meeting is new (2021), so the demo's meetings are untouched.
 */

const items = ['Verksamhetsplan 2022', 'Förlängning av Supported Employment', 'Övriga frågor'];
const decisionText = 'Styrelsen fastställer verksamhetsplan och budget för 2022.';

/** The agenda item whose own heading ends with `title`. */
const itemOf = (page: Page, title: string): Locator =>
  page
    .getByRole('region', { name: 'Föredragningslista' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title }) });

test('an admin holds a board meeting from agenda to approved protocol; the decision is found; a viewer reads', async ({
  page,
}) => {
  await logIn(page, 'admin@gavleborg.demo');
  await page.goto('/f/gavleborg/moten');
  await page.getByRole('button', { name: 'Nytt möte', exact: true }).click();
  const create = page.getByRole('form', { name: 'Nytt möte', exact: true });
  await create.getByLabel('Organ').selectOption({ label: 'Förbundsstyrelse' });
  await create.getByLabel('Datum').fill('2021-09-10');
  await create.getByLabel('Börjar').fill('09:00');
  await create.getByLabel('Slutar').fill('12:00');
  await create.getByLabel('Plats').fill('Region Gävleborg, Gävle');
  await create.getByRole('button', { name: 'Skapa mötet', exact: true }).click();
  const title = 'Förbundsstyrelse 10 september 2021';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const meetingUrl = new URL(page.url()).pathname;

  // Three items, by keyboard.
  for (const item of items) {
    await page.getByRole('button', { name: 'Lägg till ärende', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'Nytt ärende' }).getByLabel('Rubrik').fill(item);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `Ärendet ${item} är tillagt.` })).toBeVisible();
  }

  // Attendance: Eva Alner Liljedahl absent, Angelica Gabrielsson serving for her.
  const attendance = page.getByRole('region', { name: 'Närvaro och arvoden', exact: true });
  await attendance.getByLabel('Närvaro för Eva Alner Liljedahl').selectOption({ label: 'Frånvarande' });
  await attendance
    .getByLabel('Närvaro för Angelica Gabrielsson')
    .selectOption({ label: 'Tjänstgör för Eva Alner Liljedahl' });
  await attendance.getByRole('button', { name: 'Spara närvaro' }).click();
  await expect(attendance.getByRole('status').filter({ hasText: 'Närvaron är sparad.' })).toBeVisible();

  // Jäv on the second item.
  const second = itemOf(page, items[1] ?? '');
  await second
    .getByRole('region', { name: 'Jäv', exact: true })
    .getByRole('button', { name: 'Anmäl jäv' })
    .click();
  const conflictForm = page.getByRole('form', { name: 'Anmäl jäv' });
  await conflictForm.getByLabel('Vem anmäler jäv').selectOption({ label: 'Gabriella Persson' });
  await conflictForm.getByLabel('Skäl').fill('Arbetsförmedlingen är huvudman för insatsen');
  await conflictForm.getByRole('button', { name: 'Anmäl jäv', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Jäv är anmält för Gabriella Persson.' }),
  ).toBeVisible();

  // Held, numbered (the year's first board meeting in 2021 starts at § 1), the minutes written.
  await page.getByRole('button', { name: 'Markera mötet som hållet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mötet är markerat som hållet.' })).toBeVisible();
  await page.getByRole('button', { name: 'Numrera paragraferna' }).click();
  await expect(page.getByRole('status').filter({ hasText: '§ 1–3' })).toBeVisible();
  const first = itemOf(page, items[0] ?? '');
  await expect(first.locator('h3').first()).toHaveText(`§ 1 ${items[0]}`);
  await first.getByRole('button', { name: `Protokoll: Ändra ärendet ${items[0]}` }).click();
  await first.getByLabel('Protokollstext').fill('Förbundschefen föredrog förslaget till verksamhetsplan.');
  await first.getByRole('button', { name: 'Spara protokollet' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Protokollet för ${items[0]} är sparat.` }),
  ).toBeVisible();

  // The decision on the first item.
  const decision = first.getByRole('region', { name: 'Beslut' });
  await decision.getByRole('button', { name: `Skriv beslut: ${items[0]}` }).click();
  const decisionForm = page.getByRole('form', { name: 'Beslut i ärendet' });
  await decisionForm.getByLabel('Slag av beslut').selectOption({ label: 'Verksamhetsplan' });
  await decisionForm.getByLabel('Beslutstext').fill(decisionText);
  await decisionForm.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Beslutet är sparat.' })).toBeVisible();
  await expectAccessible(page);

  // Approval: the chair, an adjuster, confirmed as irreversible.
  await page.getByRole('button', { name: 'Justera protokollet', exact: true }).click();
  const approval = page.getByRole('form', { name: 'Justera protokollet' });
  await approval.getByLabel('Ordförande').selectOption({ label: 'Tommy Berger (S)' });
  await approval.getByLabel('Kenneth Axling (S)').check();
  await approval.getByRole('button', { name: 'Justera protokollet', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Justera protokollet?' });
  await expect(dialog).toContainText('går inte att ångra');
  await dialog.getByRole('button', { name: 'Justera', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Protokollet är justerat.' })).toBeVisible();
  await expect(page.getByText(/Mötet är nu förbundets handling och kan inte ändras/)).toBeVisible();
  // Approved: nothing offers a change, the decision included ("Rätta beslut" explains instead).
  await expect(
    page.getByRole('button', {
      name: /^(Lägg till ärende|Ändra|Flytta|Ta bort|Ladda upp|Markera|Numrera|Anmäl jäv|Skriv beslut|Spara)/,
    }),
  ).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Ändra beslut/ })).toHaveCount(0);
  await expectAccessible(page);

  // The protocol, printed on A4.
  await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  const protocol = page.locator('.meeting-print');
  await expect(protocol).toContainText('Förbundsstyrelse 10 september 2021, Region Gävleborg, Gävle');
  await expect(protocol).toContainText('Tommy Berger (S)');
  await expect(protocol).toContainText('Angelica Gabrielsson');
  await expect(protocol).toContainText('(tjänstgör för Eva Alner Liljedahl)');
  await expect(page.getByRole('heading', { level: 2, name: `§ 1 ${items[0]}` })).toBeVisible();
  await expect(protocol).toContainText('Förbundschefen föredrog förslaget till verksamhetsplan.');
  await expect(protocol).toContainText(decisionText);
  await expect(page.getByRole('heading', { level: 2, name: `§ 2 ${items[1]}` })).toBeVisible();
  await expect(protocol).toContainText('Gabriella Persson anmälde jäv och deltog inte i handläggningen.');
  await expect(protocol).toContainText('Ordförande: Tommy Berger (S)');
  await expect(protocol).toContainText('Justerare: Kenneth Axling (S)');
  await expect(protocol).not.toContainText('Protokollet är inte justerat.');
  await expectAccessible(page);

  // The decisions register finds it by an inflected word.
  await page.goto('/f/gavleborg/beslut');
  await page.getByLabel('Sök bland besluten').fill('verksamhetsplanen');
  await page.keyboard.press('Enter');
  const row = page.getByRole('row', { name: new RegExp(items[0] ?? '') });
  await expect(row).toContainText('10 september 2021');
  await expect(row).toContainText('Förbundsstyrelse');
  await expectAccessible(page);

  // A viewer reads the approved meeting and has nothing to change.
  await logInAt(page, 'viewer@gavleborg.demo', meetingUrl);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Du kan läsa mötet men inte ändra det.')).toBeVisible();
  await expect(page.getByText(decisionText)).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^(Lägg till|Ändra|Flytta|Ta bort|Justera|Anmäl|Skriv|Spara)/ }),
  ).toHaveCount(0);
  await expectAccessible(page);
});
