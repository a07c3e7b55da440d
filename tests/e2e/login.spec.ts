import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInThroughForm, submitLogin } from './support/log-in.ts';

test('an editor logs in and sees the 13 members of Gävleborg', async ({ page }) => {
  await page.goto('/logga-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page).toHaveTitle('Logga in – Samsyn');
  await expectAccessible(page);

  await submitLogin(page, 'editor@gavleborg.demo');

  await expect(page).toHaveURL(/\/f\/gavleborg$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await expect(page).toHaveTitle('Översikt – Samordningsförbund Gävleborg – Samsyn');
  await expect(page.getByText('222000-3137')).toBeVisible();
  const members = page.getByRole('region', { name: 'Medlemmar' });
  await expect(members.getByText('13 medlemmar')).toBeVisible();
  await expect(members.getByRole('listitem')).toHaveCount(13);
  await expect(members.getByRole('heading', { name: 'Staten (2)' })).toBeVisible();
  await expect(members.getByRole('heading', { name: 'Region (1)' })).toBeVisible();
  await expect(members.getByRole('heading', { name: 'Kommuner (10)' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Samordningsförbund Gävleborg');
  await expect(
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }),
  ).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);
});

test('a wrong password gets the generic error, announced and tied to the fields', async ({ page }) => {
  await page.goto('/logga-in');
  await submitLogin(page, 'editor@gavleborg.demo', 'not-the-password');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Fel e-postadress eller lösenord.');
  await expect(alert).toBeFocused();
  await expect(page).toHaveURL(/\/logga-in$/);
  const describedBy = await page.getByLabel('Lösenord').getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Fel e-postadress eller lösenord.');
  await expectAccessible(page);
});

test('an unknown email gets exactly the same answer as a wrong password', async ({ page }) => {
  await page.goto('/logga-in');
  await submitLogin(page, 'nobody@nowhere.demo', 'whatever');
  await expect(page.getByRole('alert')).toContainText('Fel e-postadress eller lösenord.');
});

test('empty fields are explained beside each field before anything is sent', async ({ page }) => {
  await page.goto('/logga-in');
  await page.getByRole('button', { name: 'Logga in' }).click();

  await expect(page.getByRole('alert')).toContainText('Fyll i din e-postadress.');
  const email = page.getByLabel('E-postadress');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Lösenord')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('alert').getByRole('link', { name: 'Fyll i din e-postadress.' }).click();
  await expect(email).toBeFocused();
  await expectAccessible(page);
});

test('a deep link survives the detour through the login page', async ({ page }) => {
  await page.goto('/f/gavleborg');
  await expect(page).toHaveURL(/\/logga-in\?next=%2Ff%2Fgavleborg$/);
  await submitLogin(page, 'viewer@gavleborg.demo');
  await expect(page).toHaveURL(/\/f\/gavleborg$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
});

test('a next parameter that points to another site is ignored', async ({ page }) => {
  await page.goto('/logga-in?next=%2F%2Fevil.example%2F');
  await submitLogin(page, 'editor@harnosand-timra.demo');
  await expect(page).toHaveURL(/\/f\/harnosand-timra$/);
});

test('logging out returns to the login page and the back button shows no data', async ({ page }) => {
  await logInThroughForm(page, 'editor@gavleborg.demo');
  await expect(page.getByText('Gävle kommun')).toBeVisible();

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/logga-in$/);
  await expect(page.getByRole('status')).toHaveText('Du är utloggad.');
  await expectAccessible(page);

  await page.goBack();
  await expect(page).toHaveURL(/\/logga-in/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.getByText('Gävle kommun')).toHaveCount(0);

  // The session is gone on the server too, not just forgotten by the page.
  await page.goto('/f/gavleborg');
  await expect(page).toHaveURL(/\/logga-in/);
  await expect(page.getByText('Gävle kommun')).toHaveCount(0);
});
