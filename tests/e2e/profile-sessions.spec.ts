import { type Browser, expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInThroughForm } from './support/log-in.ts';

const EMAIL = 'viewer@insjoriket.demo';
const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

/** Logs the user in from another browser (its own cookies and User-Agent); returns its page. */
async function otherBrowser(browser: Browser, userAgent: string) {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  await logInThroughForm(page, EMAIL);
  return page;
}

test('Min profil lists where the user is logged in and ends one, then all other sessions', async ({
  page,
  browser,
}) => {
  const laptop = await otherBrowser(browser, FIREFOX_ON_WINDOWS);
  const phone = await otherBrowser(browser, SAFARI_ON_IPHONE);
  await logInThroughForm(page, EMAIL);
  await page.goto('/profil');
  await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();

  const sessions = page.getByRole('region', { name: 'Inloggningar' });
  const rows = sessions.getByRole('row');
  await expect(rows).toHaveCount(4); // a header row and three sessions
  await expect(sessions.getByRole('rowheader', { name: /\(den här enheten\)$/ })).toHaveCount(1);
  await expect(sessions.getByRole('rowheader', { name: 'Firefox på Windows' })).toBeVisible();
  await expect(sessions.getByRole('rowheader', { name: 'Safari på iPhone' })).toBeVisible();
  await expectAccessible(page);

  // One session: confirm, announce, and the laptop is logged out.
  await sessions.getByRole('button', { name: /^Avsluta inloggningen på Firefox på Windows/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Avsluta inloggningen på Firefox på Windows?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Avsluta', exact: true }).click();
  await expect(sessions.getByRole('status')).toHaveText('Inloggningen på Firefox på Windows är avslutad.');
  await expect(rows).toHaveCount(3);
  await laptop.goto('/profil');
  await expect(laptop).toHaveURL(/\/logga-in/);

  // All others: the phone goes too, this browser stays.
  await sessions.getByRole('button', { name: 'Avsluta alla andra inloggningar' }).click();
  const allDialog = page.getByRole('dialog', { name: 'Avsluta alla andra inloggningar?' });
  await expect(allDialog).toContainText('Du loggas ut på 1 annan enhet eller webbläsare. Här är du kvar.');
  await allDialog.getByRole('button', { name: 'Avsluta alla andra inloggningar' }).click();
  await expect(sessions.getByRole('status')).toHaveText('1 annan inloggning är avslutad.');
  await expect(rows).toHaveCount(2);
  await expect(sessions.getByText('Du är inte inloggad någon annanstans.')).toBeVisible();
  await expectAccessible(page);
  await phone.goto('/profil');
  await expect(phone).toHaveURL(/\/logga-in/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();

  await laptop.context().close();
  await phone.context().close();
});
