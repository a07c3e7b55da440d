import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/**
 * Issue 21, the board's organisation (/f/:slug/organisation): who sat on Gävleborg's board on a
 * date (the demo's 2019 composition), the composition checks (2016: Ockelbo and Söderhamn only
 * co-opted; 2019: Hofors only through the joint municipal seat), an admin adding a seat by keyboard
 * with a person created on the spot and the check following at once, and a viewer who reads without
 * a single edit button. Axe at 1280 and 320 px.
 */

const board = (page: Page) => page.getByRole('region', { name: 'Förbundsstyrelse', exact: true });
const checks = (page: Page) => page.getByRole('region', { name: 'Kontroll av sammansättningen' });

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
}

/** Focus a control and act on it with the keyboard only. */
async function press(page: Page, name: string | RegExp, key = 'Enter') {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press(key);
}

test('the 2016 board: the check flags Ockelbo and Söderhamn as co-opted without a seat', async ({ page }) => {
  await logInAt(page, 'viewer@gavleborg.demo', '/f/gavleborg/organisation?datum=2016-02-01');
  await expect(page.getByRole('heading', { name: 'Sammansättning den 2016-02-01' })).toBeVisible();
  await expect(checks(page)).toContainText(
    'Ockelbo kommun har ingen plats i styrelsen, bara en adjungerad representant.',
  );
  await expect(checks(page)).toContainText(
    'Söderhamns kommun har ingen plats i styrelsen, bara en adjungerad representant.',
  );
  await expect(checks(page)).toContainText('Finsam 10 §');
  await expect(checks(page)).toContainText(
    '”Varje förbundsmedlem skall vara representerad i styrelsen med minst en ledamot och en ersättare.”',
  );
});

test('an admin adds a seat by keyboard and the composition check follows', async ({ page }) => {
  await logInAt(page, 'admin@gavleborg.demo', '/f/gavleborg/organisation?datum=2019-05-01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation');
  await expect(
    page.getByRole('navigation', { name: 'Styrelse och möten' }).getByRole('link', { name: 'Organisation' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Sammansättning den 2019-05-01' })).toBeVisible();
  await expect(page.getByText('Mandatperiod 2019-04-01 – 2023-03-31')).toBeVisible();
  await expect(board(page).getByRole('row', { name: /Tommy Berger/ })).toContainText('Ordförande');
  await expect(board(page).getByRole('row', { name: /Kenneth Axling/ })).toContainText('Kommunerna');
  await expect(checks(page)).toContainText(
    'Hofors kommun företräds bara genom en gemensam plats för Kommunerna.',
  );
  await expectAccessible(page);

  // Add a seat for Hofors: the person is created on the spot, all by keyboard.
  await press(page, 'Lägg till plats i Förbundsstyrelse');
  const seatForm = page.getByRole('form', { name: 'Ny plats i Förbundsstyrelse' });
  await expect(seatForm.getByLabel('Från och med')).toHaveValue('2019-04-01');
  await expect(seatForm.getByLabel('Till och med')).toHaveValue('2023-03-31');
  await seatForm.getByRole('button', { name: 'Ny person…' }).focus();
  await page.keyboard.press('Enter');
  const personForm = page.getByRole('form', { name: 'Ny person' });
  await expect(personForm.getByLabel('Namn')).toBeFocused();
  await page.keyboard.type('Testa Hoforsson 800101-1234');
  await personForm.getByRole('button', { name: 'Spara' }).focus();
  await page.keyboard.press('Enter');
  await expect(personForm.getByText('Skriv inte personnummer.').first()).toBeVisible();
  await personForm.getByLabel('Namn').fill('');
  await personForm.getByLabel('Namn').focus();
  await page.keyboard.type('Testa Hoforsson');
  await personForm.getByLabel('Parti').focus();
  await page.keyboard.type('S');
  await personForm.getByRole('button', { name: 'Spara' }).focus();
  await page.keyboard.press('Enter');
  await expect(personForm).toBeHidden();
  await expect(seatForm.getByLabel('Person')).toHaveValue(/[0-9a-f-]{36}/);
  await seatForm.getByLabel('Representerar').selectOption({ label: 'Hofors kommun' });
  await seatForm.getByRole('button', { name: 'Spara' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Platsen är sparad.' })).toBeVisible();
  await expect(board(page).getByRole('row', { name: /Testa Hoforsson/ })).toContainText('Hofors kommun');
  await expect(checks(page)).toContainText(
    'Hofors kommun har ledamot men ingen egen ersättare i Förbundsstyrelse.',
  );
  await expect(checks(page)).not.toContainText('Hofors kommun företräds bara genom');
  await expect(checks(page)).toContainText('Förbundsstyrelse: 9 ledamöter men 8 ersättare.');

  // Delete asks first, then the check goes back.
  await board(page).getByRole('button', { name: 'Ta bort Testa Hoforsson' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ta bort platsen: Testa Hoforsson' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ta bort' }).focus();
  await page.keyboard.press('Enter');
  await expect(board(page).getByRole('row', { name: /Testa Hoforsson/ })).toHaveCount(0);
  await expect(checks(page)).toContainText(
    'Hofors kommun företräds bara genom en gemensam plats för Kommunerna.',
  );
});

test('a viewer reads the organisation but has no edit buttons; it reflows at 320 px', async ({ page }) => {
  await logInAt(page, 'viewer@gavleborg.demo', '/f/gavleborg/organisation?datum=2019-05-01');
  await expect(board(page).getByRole('row', { name: /Tommy Berger/ })).toBeVisible();
  await expect(page.getByText('Du har läsbehörighet och kan inte ändra organisationen.')).toBeVisible();
  for (const name of [/Lägg till/, /^Ändra/, /^Ta bort/, /^Avsluta/])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exportera sammansättningen (.xlsx)' })).toBeVisible();

  // Who sat there on another date: the address follows the date.
  await page.getByLabel('Sammansättning den').fill('2016-02-01');
  await expect(page).toHaveURL(/datum=2016-02-01/);
  await expect(page.getByRole('heading', { name: 'Sammansättning den 2016-02-01' })).toBeVisible();
  await expect(board(page).getByRole('row', { name: /Adjungerad för Ockelbo kommun 2016/ })).toBeVisible();

  // Print: the toolbar and the sub-menu go, the composition and its checks stay.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByLabel('Sammansättning den')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Styrelse och möten' })).toBeHidden();
  await expect(board(page).getByRole('row', { name: /Adjungerad för Ockelbo kommun 2016/ })).toBeVisible();
  await expect(checks(page)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await page.setViewportSize({ width: 320, height: 800 });
  await expect(checks(page)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});
