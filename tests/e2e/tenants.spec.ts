import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';

test("someone else's förbund shows the no-access page with links to one's own", async ({ page }) => {
  await logInAt(page, 'editor@gavleborg.demo', '/f/insjoriket');

  await expect(page.getByRole('heading', { level: 1, name: 'Ingen åtkomst' })).toBeVisible();
  await expect(page).toHaveTitle('Ingen åtkomst – Samsyn');
  await expect(page.getByText('Västra Götalandsregionen')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Samordningsförbund Gävleborg' })).toBeVisible();
  // No menu of a förbund the user cannot enter.
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
  await expectAccessible(page);
});

test('an unknown förbund gets the same no-access page', async ({ page }) => {
  await logInAt(page, 'editor@gavleborg.demo', '/f/finns-inte');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen åtkomst' })).toBeVisible();
});

test('a process leader picks a förbund, then switches to the other one', async ({ page }) => {
  await logIn(page, 'process@samsyn.demo');

  await expect(page).toHaveURL(/\/valj-forbund$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Välj förbund' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Samordningsförbund Gävleborg' }).click();

  await expect(page).toHaveURL(/\/f\/gavleborg$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeFocused();
  await expect(page.getByText('Gävle kommun')).toBeVisible();

  const switcher = page.getByLabel('Byt förbund');
  await expect(switcher).toHaveValue('gavleborg');
  await switcher.selectOption({ label: 'Samordningsförbundet Insjöriket' });
  // Choosing alone does not navigate (WCAG 3.2.2); the button does.
  await expect(page).toHaveURL(/\/f\/gavleborg$/);
  await page.getByRole('button', { name: 'Byt', exact: true }).click();

  await expect(page).toHaveURL(/\/f\/insjoriket$/);
  await expect(page).toHaveTitle('Översikt – Samordningsförbundet Insjöriket – Samsyn');
  await expect(page.getByText('Västra Götalandsregionen')).toBeVisible();
  await expect(page.getByText('Gävle kommun')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Medlemmar' }).getByRole('listitem')).toHaveCount(6);
  await expect(page.getByLabel('Byt förbund')).toHaveValue('insjoriket');
  await expectAccessible(page);
});

test('the skip link takes keyboard users to the main content', async ({ page }) => {
  await logInAt(page, 'editor@gavleborg.demo', '/f/gavleborg');
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();

  const skipLink = page.getByRole('link', { name: 'Hoppa till huvudinnehåll' });
  // Tab from the top of the document. Focus is put on the body first (and the step retried)
  // because a late focus move while the page settles (the heading takes focus after an in-app
  // navigation) made the first Tab start from the heading now and then.
  await expect(async () => {
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    await expect(skipLink).toBeFocused({ timeout: 1000 });
  }).toPass();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
