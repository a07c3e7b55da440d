import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';

/**
 * Issue 21, the board's meetings: an editor plans a board meeting, adds three agenda items by
 * keyboard, moves one (focus stays, the new place is announced), uploads a small PDF and sees a
 * refused file explained beside the field, and opens the kallelse and the protokoll; a viewer
 * reads the meeting without a single edit button. Axe on every page. The meeting is new (2021),
 * so the demo's 2019 meetings and other specs are untouched.
 */

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Adds an agenda item with the keyboard only: the button by Enter, the title typed, Enter sends. */
async function addItemByKeyboard(page: Page, title: string) {
  const agenda = page.getByRole('region', { name: 'Föredragningslista' });
  await agenda.getByRole('button', { name: 'Lägg till ärende', exact: true }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Nytt ärende', exact: true });
  await form.getByLabel('Rubrik').focus();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Ärendet ${title} är tillagt.` })).toBeVisible();
}

test('an editor plans a meeting with three items, orders them, adds a PDF and prints; a viewer reads', async ({
  page,
}) => {
  await logIn(page, 'editor@gavleborg.demo');
  await page.goto('/f/gavleborg');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Styrelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Möten' })).toBeVisible();
  await expectAccessible(page);

  // "Nytt möte": the domain's rule on the times, in Swedish beside the field, before anything is sent.
  await page.getByRole('button', { name: 'Nytt möte', exact: true }).click();
  const create = page.getByRole('form', { name: 'Nytt möte', exact: true });
  await create.getByLabel('Organ').selectOption({ label: 'Förbundsstyrelse' });
  await create.getByLabel('Datum').fill('2021-03-12');
  await create.getByLabel('Börjar').fill('13:00');
  await create.getByLabel('Slutar').fill('12:00');
  await create.getByLabel('Plats').fill('Förbundets kansli, Gävle');
  await create.getByRole('button', { name: 'Skapa mötet', exact: true }).click();
  await expect(create.getByText('Mötet kan inte sluta innan det börjar.').first()).toBeVisible();
  await create.getByLabel('Börjar').fill('09:00');
  await create.getByRole('button', { name: 'Skapa mötet', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förbundsstyrelse 12 mars 2021' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'är skapat' })).toBeVisible();
  const meetingUrl = new URL(page.url()).pathname;

  for (const title of ['Mötets öppnande', 'Ekonomisk rapport', 'Verksamhetsplan 2022'])
    await addItemByKeyboard(page, title);
  const agenda = page.getByRole('region', { name: 'Föredragningslista' });
  // The items' own headings (the jäv and decision parts below them have theirs).
  const headings = agenda.locator('.meeting-item > h3');
  await expect(headings).toHaveText(['Mötets öppnande', 'Ekonomisk rapport', 'Verksamhetsplan 2022']);

  // Moved up by keyboard: focus stays on the item's button, its new place is announced.
  await agenda.getByRole('button', { name: 'Flytta upp: Verksamhetsplan 2022', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(headings).toHaveText(['Mötets öppnande', 'Verksamhetsplan 2022', 'Ekonomisk rapport']);
  await expect(
    agenda.getByRole('button', { name: 'Flytta upp: Verksamhetsplan 2022', exact: true }),
  ).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Verksamhetsplan 2022 är nu ärende 2 av 3.' }),
  ).toBeVisible();

  // A file that is not what its name says is refused beside the field; a real PDF is kept.
  const item = agenda
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Ekonomisk rapport' }) });
  await item.getByRole('button', { name: 'Ladda upp fil: Ekonomisk rapport', exact: true }).click();
  const upload = page.getByRole('form', { name: 'Ladda upp fil', exact: true });
  await upload.getByLabel('Fil', { exact: true }).setInputFiles({
    name: 'rapport.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><script>alert(1)</script></html>'),
  });
  await upload.getByRole('button', { name: 'Ladda upp', exact: true }).click();
  await expect(upload.getByText('Filtypen tas inte emot.').first()).toBeVisible();
  await upload.getByLabel('Fil', { exact: true }).setInputFiles({
    name: 'Ekonomisk rapport 2020.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  await upload.getByRole('button', { name: 'Ladda upp', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Handlingen Ekonomisk rapport 2020.pdf är tillagd.' }),
  ).toBeVisible();
  const download = item.getByRole('link', { name: /^Ekonomisk rapport 2020\.pdf \(\d+ byte\)$/ });
  await expect(download).toHaveAttribute('href', /\/api\/board-documents\/gavleborg\//);
  const response = await page.request.get((await download.getAttribute('href')) ?? '');
  expect(response.headers()['content-disposition']).toContain('attachment');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await response.body())).toEqual(pdf);
  await expectAccessible(page);

  // The print pages.
  await page.getByRole('link', { name: 'Kallelse', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kallelse' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Föredragningslista' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'Mötets öppnande',
    'Verksamhetsplan 2022',
    'Ekonomisk rapport',
  ]);
  await expect(page.getByText('09:00–12:00')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Tillbaka till mötet' }).click();
  await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  await expect(page.getByText('Protokollet är inte justerat.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Underskrifter' })).toBeVisible();
  await expectAccessible(page);

  // A viewer reads the meeting and changes nothing.
  await logInAt(page, 'viewer@gavleborg.demo', meetingUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Förbundsstyrelse 12 mars 2021' })).toBeVisible();
  await expect(page.getByText('Du kan läsa mötet men inte ändra det.')).toBeVisible();
  await expect(page.locator('.meeting-item > h3')).toHaveText([
    'Mötets öppnande',
    'Verksamhetsplan 2022',
    'Ekonomisk rapport',
  ]);
  await expect(page.getByRole('button', { name: 'Lägg till ärende' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Ändra|Flytta|Ta bort|Ladda upp)/ })).toHaveCount(0);
  await expectAccessible(page);

  // Reflow: at 320 px the meeting reads without sideways scrolling.
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.locator('.meeting-item > h3').first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the meeting page scrolls sideways at 320 px').toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('a meeting that does not exist shows "not found"', async ({ page }) => {
  await logInAt(page, 'viewer@gavleborg.demo', '/f/gavleborg/moten/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
});
