import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';

/** Until the page's data has arrived: no loading status left in the main landmark. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').locator('.loading-status')).toHaveCount(0);
}

test('at 320 px the header folds its tools and menu behind one button that works by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await logIn(page, 'editor@gavleborg.demo');
  await expect(page).toHaveURL(/\/f\/gavleborg$/);
  await settled(page);

  const menuButton = page.getByRole('button', { name: 'Meny' });
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeHidden();
  // The folded header leaves the screen to the page: at 400 % zoom of 1280 × 720 the view is 180 px high.
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height ?? 999).toBeLessThanOrEqual(100);
  // The folded header at 320 px is scanned with axe on Översikt by reflow.spec.ts (as an admin,
  // whose Översikt has the most on it); here it is scanned with the menu open.

  // From the product name, the next stop is the menu button.
  await page.getByRole('link', { name: 'Samsyn', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await expectAccessible(page);

  // Escape closes from inside the menu and gives focus back to the button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(menuButton).toBeFocused();
  await expect(nav).toBeHidden();

  // Choosing a page closes the menu.
  await page.keyboard.press('Enter');
  await nav.getByRole('link', { name: 'Ekonomi' }).click();
  await expect(page).toHaveURL(/\/f\/gavleborg\/ekonomi$/);
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
});

test('at 1280 px the menu shows without a button', async ({ page }) => {
  await logIn(page, 'editor@gavleborg.demo');
  await settled(page);
  await expect(page.getByRole('button', { name: 'Meny' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
});

test("an editor's Översikt leads with the year's figures, what is due and links to each page", async ({
  page,
}) => {
  await logIn(page, 'editor@gavleborg.demo');
  await settled(page);
  const figures = page.getByRole('region', { name: 'Nyckeltal 2019' });
  await expect(figures).toBeVisible();
  const card = (name: string) =>
    figures.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  await expect(card('Budgetutnyttjande')).toContainText(/\d+,\d\u00a0% av kostnadsbudgeten/);
  // June from the seed (each spec file starts on a clean copy of it).
  await expect(card('Budgetutnyttjande')).toContainText('Utfall till och med juni');
  await expect(card('Resultat mot budget')).toContainText('kr hittills');
  // Gävleborg's forecast 2019 from its own half-year report: 5 776 803 / 13 319 500 kr = 43,4 %.
  await expect(card('Eget kapital mot målet')).toContainText('43,4\u00a0% av budgeterade intäkter');
  await expect(card('Eget kapital mot målet')).toContainText(
    'Målet är högst 20,0\u00a0% och nås inte enligt prognosen.',
  );
  await expect(card('Deltagare')).toContainText(/\d+ deltagare/);
  // The cards follow the latest period any intervention reported: 2019-H1 in the seed.
  await expect(
    card('Deltagare').getByRole('link', { name: 'Uppföljning Finsam 2019-H1', exact: true }),
  ).toBeVisible();
  await expect(
    card('Mål i fara').getByRole('link', { name: 'Mål och resultat 2019-H1', exact: true }),
  ).toBeVisible();

  const due = page.getByRole('region', { name: 'Att göra' });
  await expect(due.getByRole('link', { name: /^Rapportera siffror för / }).first()).toBeVisible();
  // The log is the admins'; an editor is not offered it.
  await expect(page.getByRole('region', { name: 'Senaste ändringarna' })).toHaveCount(0);
  await expectAccessible(page);

  await card('Eget kapital mot målet').getByRole('link', { name: 'Bokslut och prognos' }).click();
  await expect(page).toHaveURL(/\/f\/gavleborg\/ekonomi\/bokslut$/);
});

test("a board member's Översikt shows the figures without prompts to enter anything", async ({ page }) => {
  await logIn(page, 'viewer@gavleborg.demo');
  await settled(page);
  await expect(page.getByRole('region', { name: 'Nyckeltal 2019' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Nyckeltal 2019' }).getByRole('listitem').first(),
  ).toBeVisible();
  const due = page.getByRole('region', { name: 'Att göra' });
  await expect(due).toContainText(/ännu inga deltagarsiffror|har rapporterat siffror/);
  await expect(page.getByRole('link', { name: /^Rapportera siffror/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Registrera utfall' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Senaste ändringarna' })).toHaveCount(0);
  await expectAccessible(page);
});

test("an admin's Översikt lists the latest changes with a link to the whole log", async ({ page }) => {
  await logIn(page, 'admin@gavleborg.demo');
  await settled(page);
  const changes = page.getByRole('region', { name: 'Senaste ändringarna' });
  await expect(changes.locator('.loading-status')).toHaveCount(0);
  await changes.getByRole('link', { name: 'Hela loggen' }).click();
  await expect(page).toHaveURL(/\/f\/gavleborg\/administration\/logg$/);
});

test("a wrong address inside a förbund keeps the förbund's menu and leads back to its overview", async ({
  page,
}) => {
  await logInAt(page, 'viewer@gavleborg.demo', '/f/gavleborg/finns-inte');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page).toHaveTitle('Sidan finns inte – Samsyn');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expectAccessible(page);

  // An id that names nothing is a wrong address too, not "something went wrong".
  await page.goto('/f/gavleborg/insatser/inte-ett-id');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await page.goto('/f/gavleborg/insatser/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await page.goto('/katalog/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tillbaka till insatskatalogen' })).toBeVisible();

  await page.goto('/f/gavleborg/ekonomi/finns-inte');
  await page.getByRole('link', { name: 'Till förbundets översikt' }).click();
  await expect(page).toHaveURL(/\/f\/gavleborg$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
});
