import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn } from './support/log-in.ts';

test('a network user without förbund lands on the national placeholder', async ({ page }) => {
  await logIn(page, 'network@samsyn.demo');
  await expect(page).toHaveURL(/\/nationellt$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nationella vyer' })).toBeVisible();
  await expect(page.getByLabel('Byt förbund')).toHaveCount(0);
  // The same page for the same user is scanned with axe by national.spec.ts (its first test).
});

test('a platform admin lands on the platform placeholder', async ({ page }) => {
  await logIn(page, 'platform@samsyn.demo');
  await expect(page).toHaveURL(/\/plattform$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Plattformsadministration' })).toBeVisible();
  await expectAccessible(page);
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/finns/inte');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page).toHaveTitle('Sidan finns inte – Samsyn');
  await expectAccessible(page);
});
