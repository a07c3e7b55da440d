import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/**
 * Min profil's forms on the form kit: problems named in a summary that takes focus and beside
 * each field, a server's answer beside the field it concerns, success announced.
 */
test('Min profil explains each problem beside its field and announces what was saved', async ({ page }) => {
  await logInAt(page, 'editor@insjoriket.demo', '/profil');
  await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();

  await test.step('a name that is too short', async () => {
    const name = page.getByRole('textbox', { name: 'Namn', exact: true });
    const original = await name.inputValue();
    await name.fill('A');
    await page.getByRole('button', { name: 'Spara namnet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Rätta följande:' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText('Namn: Namnet måste ha minst 2 tecken.');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    await name.fill(`${original} `);
    await page.getByRole('button', { name: 'Spara namnet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Namnet är sparat.' })).toBeVisible();
    await expect(summary).toHaveCount(0);
  });

  await test.step('a new password repeated wrong, then the wrong current password', async () => {
    await page.getByLabel('Nuvarande lösenord').fill('inte mitt lösenord');
    await page.getByLabel('Nytt lösenord').fill('ett nytt långt lösenord');
    await page.getByLabel('Upprepa det nya lösenordet').fill('ett annat långt lösenord');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Rätta följande:' });
    await expect(summary.getByRole('link')).toHaveText(
      'Upprepa det nya lösenordet: Lösenorden är inte likadana.',
    );

    await page.getByLabel('Upprepa det nya lösenordet').fill('ett nytt långt lösenord');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect(summary.getByRole('link')).toHaveText(
      'Nuvarande lösenord: Det nuvarande lösenordet stämmer inte.',
    );
    await expect(summary).toBeFocused();
    await expect(page.getByLabel('Nuvarande lösenord')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
  });
});
