import { expect, type Page } from '@playwright/test';

/** Every demo account's password (demo mode only). */
export const DEMO_PASSWORD = 'samsyn-demo';

/** Fills in and sends the login form on the page the browser is on (the login page). */
export async function submitLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** Logs in from the login page and waits until the app has moved on from it. */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/logga-in');
  await submitLogin(page, email);
  await expect(page).not.toHaveURL(/\/logga-in/);
}
