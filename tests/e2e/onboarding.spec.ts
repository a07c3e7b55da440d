import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { submitLogin } from './support/log-in.ts';

/**
 * Issue 6's "done means", on a fresh database (project `fresh-database` in playwright.config.ts):
 * the only account is the platform admin that `admin:create` made before the server started.
 * One test, because each step builds on the one before.
 */
const platformEmail = process.env.SAMSYN_E2E_PLATFORM_EMAIL ?? '';
const platformPassword = process.env.SAMSYN_E2E_PLATFORM_PASSWORD ?? '';
const adminPassword = 'kansliets långa lösenord';
const editorPassword = 'redaktörens långa lösenord';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/logga-in$/);
}

/**
 * The invitation link in the newest mail to `email`. The outbox page shows the mail but never the
 * link's secret (no reader but the recipient may hold it), so the link comes from the operator's
 * command, `pnpm samsyn outbox --link`, run against the server's running database.
 */
async function invitationLinkTo(page: Page, email: string): Promise<string> {
  const mail = page.getByRole('article').filter({ hasText: email }).first();
  await expect(mail).toBeVisible();
  await expect(mail).toContainText('/inbjudan#••••••');
  await expect(mail.getByRole('link', { name: /\/inbjudan#/ })).toHaveCount(0);
  const printed = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', 'outbox', '--to', email, '--link'],
    {
      cwd: path.join(repoRoot, 'apps/api'),
      env: { ...process.env, SAMSYN_DATA_DIR: process.env.SAMSYN_E2E_FRESH_DATA_DIR },
      encoding: 'utf8',
    },
  );
  const url = new URL(printed.trim());
  // The secret travels in the fragment, never in the path or the query.
  expect(url.pathname).toBe('/inbjudan');
  expect(url.search).toBe('');
  return `${url.pathname}${url.hash}`;
}

test('from a fresh database to a working office', async ({ page }) => {
  test.setTimeout(180_000);

  await test.step('the bootstrapped platform admin logs in to an empty console', async () => {
    await page.goto('/logga-in');
    await submitLogin(page, platformEmail, platformPassword);
    await expect(page).toHaveURL(/\/plattform$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Plattformsadministration' })).toBeVisible();
    // No demo data: nothing has been onboarded yet.
    await expect(page.getByText('Inga förbund är upplagda ännu.')).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('onboards Samordningsförbundet Test with three municipalities', async () => {
    await page.getByRole('link', { name: 'Lägg upp nytt förbund' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lägg upp nytt förbund' })).toBeVisible();
    await page.getByLabel('Förbundets namn').fill('Samordningsförbundet Test');
    // The slug is suggested from the name and checked while typing.
    await expect(page.getByLabel('Kortnamn i webbadressen')).toHaveValue('test');
    await expect(page.getByText('Kortnamnet är ledigt.')).toBeVisible();
    await page.getByLabel('Organisationsnummer (valfritt)').fill('222000-3136');
    await page.getByLabel('Län', { exact: true }).selectOption({ label: 'Uppsala län' });
    await expect(
      page.getByText('Försäkringskassan, Arbetsförmedlingen och Region Uppsala läggs till'),
    ).toBeVisible();
    // The county's municipalities in Swedish alphabetical order (Älvkarleby, Östhammar last).
    const municipalities = await page
      .getByRole('group', { name: 'Kommuner i Uppsala län som är medlemmar' })
      .getByRole('listitem')
      .allTextContents();
    expect(municipalities).toEqual([...municipalities].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(municipalities.at(-1)).toBe('Östhammar');
    await page.getByLabel('Sök bland länets kommuner').fill('upp');
    await page.getByRole('checkbox', { name: 'Uppsala' }).check();
    await page.getByLabel('Sök bland länets kommuner').fill('');
    await page.getByRole('checkbox', { name: 'Enköping' }).check();
    await page.getByRole('checkbox', { name: 'Östhammar' }).check();
    await expect(page.getByText('3 kommuner valda.')).toBeVisible();
    await page.getByLabel('Administratörens e-postadress').fill('chef@test.se');
    // A member outside the municipality list, named by hand.
    await page.getByRole('button', { name: 'Lägg till en annan medlem' }).click();
    await expect(page.getByLabel('Namn på medlem 1')).toBeFocused();
    await page.getByLabel('Namn på medlem 1').fill('Kommunalförbundet Sydväst');
    await expect(page.getByLabel('Typ av medlem 1')).toHaveValue('municipality');
    await expectAccessible(page);

    // A wrong check digit is caught in the browser, named in the summary and beside the field.
    await page.getByRole('button', { name: 'Granska' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Rätta följande:' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /kontrollsiffran stämmer inte/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Organisationsnummer (valfritt)').fill('222000-3137');
    await page.getByRole('button', { name: 'Granska' }).click();

    await expect(page.getByRole('heading', { name: 'Steg 2 av 2: Granska och lägg upp' })).toBeFocused();
    for (const member of [
      'Försäkringskassan',
      'Arbetsförmedlingen',
      'Region Uppsala',
      'Enköpings kommun',
      'Uppsala kommun',
      'Östhammars kommun',
      'Kommunalförbundet Sydväst',
    ]) {
      await expect(page.getByRole('listitem').filter({ hasText: member })).toBeVisible();
    }
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lägg upp förbundet' }).click();
    await expect(page.getByRole('heading', { name: 'Förbundet är upplagt' })).toBeVisible();
    await expect(page.getByText('En inbjudan har skickats till chef@test.se')).toBeVisible();
    await expectAccessible(page);
  });

  let adminInvitation = '';
  await test.step('reads the invitation in the outbox', async () => {
    await page.getByRole('link', { name: 'Öppna utkorgen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Utkorg' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Inbjudan till Samordningsförbundet Test i Samsyn' }),
    ).toBeVisible();
    adminInvitation = await invitationLinkTo(page, 'chef@test.se');
    await expectAccessible(page);
  });

  await test.step('sees the new förbund in the console and the platform log', async () => {
    await page.getByRole('link', { name: 'Förbund', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: 'Samordningsförbundet Test' });
    await expect(row).toContainText('Aktivt');
    await expect(row.getByRole('link', { name: 'Exportera Samordningsförbundet Test' })).toHaveAttribute(
      'href',
      '/api/export/test',
    );
    // Destructive actions ask first; cancelling changes nothing.
    await row.getByRole('button', { name: 'Stäng av Samordningsförbundet Test' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stänga av Samordningsförbundet Test?' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Aktivt');

    await page.getByRole('link', { name: 'Plattformslogg' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plattformslogg' })).toBeVisible();
    await expect(
      page.getByRole('rowheader', { name: 'Förbundet Samordningsförbundet Test upplagt' }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('the platform admin is refused the förbund’s own pages', async () => {
    await page.goto('/f/test');
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen åtkomst' })).toBeVisible();
    await expect(page.getByText('Östhammars kommun')).toHaveCount(0);
    await page.goto('/f/test/administration');
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen åtkomst' })).toBeVisible();
  });

  await test.step('the invitation, opened while logged in as someone else, asks to log out first', async () => {
    await page.goto(adminInvitation);
    await expect(page.getByRole('heading', { level: 1, name: 'Inbjudan till Samsyn' })).toBeVisible();
    await expect(
      page.getByText(
        `Du är inloggad som ${platformEmail.toLowerCase()}. Logga ut för att ta emot inbjudan som chef@test.se.`,
      ),
    ).toBeVisible();
    // No account form under the other person's name.
    await expect(page.getByLabel('Ditt namn')).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Logga ut för att ta emot inbjudan' }).click();
  });

  await test.step('the first admin accepts the invitation and lands in the förbund', async () => {
    await expect(page.getByLabel('Ditt namn')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Inbjudan till Samsyn' })).toBeVisible();
    await expect(page.getByText('Samordningsförbundet Test')).toBeVisible();
    await expect(page.getByText('chef@test.se')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Ditt namn').fill('Kim Chef');
    await page.getByLabel('Lösenord', { exact: true }).fill(adminPassword);
    await page.getByLabel('Upprepa lösenordet').fill(`${adminPassword}!`);
    await page.getByRole('button', { name: 'Acceptera inbjudan' }).click();
    await expect(page.getByRole('alert')).toContainText('Lösenorden är inte likadana.');
    await page.getByLabel('Upprepa lösenordet').fill(adminPassword);
    await page.getByRole('button', { name: 'Acceptera inbjudan' }).click();

    await expect(page).toHaveURL(/\/f\/test$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
    await expect(page.getByText('Östhammars kommun')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Inloggad som Kim Chef' })).toBeVisible();
  });

  let editorInvitation = '';
  await test.step('the new admin invites an editor and looks after the förbund', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
    const adminNav = page.getByRole('navigation', { name: 'Administration av förbundet' });
    await expect(page.getByRole('rowheader', { name: /Kim Chef/ })).toBeVisible();
    await expectAccessible(page);

    // The last admin cannot demote or deactivate themself: said up front, not refused afterwards.
    const self = page.getByRole('row').filter({ hasText: 'chef@test.se' });
    const lastAdmin = 'Förbundets enda aktiva administratör kan inte inaktiveras eller få en annan roll.';
    await expect(self.getByLabel('Roll för Kim Chef')).toBeDisabled();
    await expect(self.getByLabel('Roll för Kim Chef')).toHaveAccessibleDescription(new RegExp(lastAdmin));
    const deactivate = self.getByRole('button', { name: 'Inaktivera Kim Chef' });
    await expect(deactivate).toHaveAttribute('aria-disabled', 'true');
    await expect(deactivate).toHaveAccessibleDescription(new RegExp(lastAdmin));
    // Pressed anyway (force: the button says it is unavailable), it asks nothing.
    await deactivate.click({ force: true });
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // A bad address is explained beside the field and in a summary that names the field.
    await page.getByLabel('E-postadress').fill('redaktor-at-test.se');
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Rätta följande:' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(
      'E-postadress: Skriv en giltig e-postadress, till exempel namn@exempel.se.',
    );
    await summary.getByRole('link').click();
    await expect(page.getByLabel('E-postadress')).toBeFocused();
    await expect(page.getByLabel('E-postadress')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('E-postadress').fill('redaktor@test.se');
    await expect(summary).toHaveCount(0);
    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Redigerare' });
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await expect(page.getByText('En inbjudan har skickats till redaktor@test.se.')).toBeVisible();
    const invitationRow = page.getByRole('row').filter({ hasText: 'redaktor@test.se' });
    await expect(invitationRow).toContainText('Väntar på svar');
    await expectAccessible(page);

    await adminNav.getByRole('link', { name: 'Inställningar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
    await page.getByLabel('Mål för eget kapital (procent)').fill('15');
    await page.getByRole('button', { name: 'Spara inställningar' }).click();
    await expect(page.getByText('Inställningarna är sparade.')).toBeVisible();
    await expectAccessible(page);

    await adminNav.getByRole('link', { name: 'Logg' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
    // Each entry is a Swedish sentence with its changes, not event keys and field names.
    const settingsEntry = page.getByRole('row').filter({ hasText: 'Förbundets inställningar ändrade' });
    await expect(settingsEntry).toContainText('Kim Chef');
    await expect(settingsEntry).toContainText('Mål för eget kapital (%): 20 → 15');
    await page.getByLabel('Typ av händelse').selectOption({ label: 'Inbjudningar' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect(page.getByRole('rowheader', { name: 'Förbundets inställningar ändrade' })).toHaveCount(0);
    await expect(
      page.getByRole('rowheader', { name: 'Inbjudan skickad till redaktor@test.se som redigerare' }),
    ).toBeVisible();
    await expectAccessible(page);

    await adminNav.getByRole('link', { name: 'Utkorg' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Utkorg' })).toBeVisible();
    editorInvitation = await invitationLinkTo(page, 'redaktor@test.se');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Inloggad som Kim Chef' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
    await expect(page.getByText('loggas du ut på alla andra enheter')).toBeVisible();
    await expectAccessible(page);
    await logOut(page);
  });

  await test.step('the editor accepts, logs in and sees only their förbund', async () => {
    await page.goto(editorInvitation);
    await expect(page.getByText('Redigerare')).toBeVisible();
    await page.getByLabel('Ditt namn').fill('Robin Redaktör');
    await page.getByLabel('Lösenord', { exact: true }).fill(editorPassword);
    await page.getByLabel('Upprepa lösenordet').fill(editorPassword);
    await page.getByRole('button', { name: 'Acceptera inbjudan' }).click();
    await expect(page).toHaveURL(/\/f\/test$/);
    await logOut(page);

    await submitLogin(page, 'redaktor@test.se', editorPassword);
    await expect(page).toHaveURL(/\/f\/test$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
    await expect(page.getByText('Östhammars kommun')).toBeVisible();
    // One förbund, no switcher, and no administration for an editor.
    await expect(page.getByLabel('Byt förbund')).toHaveCount(0);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link', { name: 'Översikt' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Administration' })).toHaveCount(0);
    await page.goto('/f/test/administration');
    await expect(page.getByText('Sidorna är bara för förbundets administratörer.')).toBeVisible();
    await page.goto('/plattform');
    await expect(page.getByText('Sidan är bara för plattformsadministratörer.')).toBeVisible();
  });
});
