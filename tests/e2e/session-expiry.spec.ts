import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInThroughForm, submitLogin } from './support/log-in.ts';

/**
 * A session that ends while the app is open (it expires, or is ended from another device) sends
 * the user to the login page with a word, and back to the page they were on after logging in
 * (issue 24). The session is ended on the server from a second browser, as "Avsluta alla andra
 * inloggningar" does, so the first browser still sends its cookie and only the API knows.
 */
const EMAIL = 'viewer@harnosand-timra.demo';
const EXPIRED = 'Din session har gått ut. Logga in igen.';

/** Ends every session of the user but a new one in another browser, which is then closed. */
async function endSessionFromElsewhere(browser: Browser) {
  const context = await browser.newContext();
  const other = await context.newPage();
  await logInThroughForm(other, EMAIL);
  const status = await other.evaluate(async () => {
    const response = await fetch('/trpc/profile.sessions.endOthers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return response.status;
  });
  expect(status).toBe(200);
  await context.close();
}

async function expectLoginWithWord(page: Page, next: string) {
  await expect(page).toHaveURL(`/logga-in?next=${encodeURIComponent(next)}`);
  await expect(page.getByRole('status').filter({ hasText: EXPIRED })).toBeVisible();
  await expectAccessible(page);
}

test('a save refused because the session ended returns to login with the reason, then back to the page', async ({
  page,
  browser,
}) => {
  await logInThroughForm(page, EMAIL);
  await page.goto('/profil');
  await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
  await endSessionFromElsewhere(browser);

  // The page does not know yet; its next request (this save) is refused.
  await page.getByRole('button', { name: 'Spara namnet' }).click();
  await expectLoginWithWord(page, '/profil');

  await submitLogin(page, EMAIL);
  await expect(page).toHaveURL('/profil');
  await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
});

test('a page opened again after the session ended says so too, and leads back to it', async ({
  page,
  browser,
}) => {
  await logInThroughForm(page, EMAIL);
  await page.goto('/f/harnosand-timra/insatser');
  await expect(page.getByRole('heading', { level: 1, name: 'Insatser' })).toBeVisible();
  await endSessionFromElsewhere(browser);

  // As when a laptop wakes up the next morning: the app starts over and finds no session.
  await page.reload();
  await expectLoginWithWord(page, '/f/harnosand-timra/insatser');

  await submitLogin(page, EMAIL);
  await expect(page).toHaveURL('/f/harnosand-timra/insatser');
  await expect(page.getByRole('heading', { level: 1, name: 'Insatser' })).toBeVisible();
});

test('logging out on purpose is not called an expired session, then or at the next visit', async ({
  page,
}) => {
  await logInThroughForm(page, EMAIL);
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL('/logga-in');
  await expect(page.getByRole('status')).toHaveText('Du är utloggad.');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.getByText(EXPIRED)).toHaveCount(0);
});
