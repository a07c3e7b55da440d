import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/*
 * Uppföljning Finsam complete (issue 19): the förbund block from the books, the check, and the
 * registration mark set by an editor and taken away by an admin with a reason. The spec starts on a
 * clean copy of the demo data, so the figures are the seed's.
 */
const report = '/f/gavleborg/insatser/rapporter/uppfoljning-finsam?period=2019-H1';

/** Logs in as `email` straight onto the report and waits for its förbund block. */
async function openReport(page: Page, email: string) {
  await logInAt(page, email, report);
  await expect(page.getByRole('heading', { level: 1, name: 'Uppföljning Finsam 2019-H1' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Förbundet' })).toBeVisible();
}

test('the förbund block, the check and the registration mark, set by an editor with its announcement', async ({
  page,
}) => {
  await openReport(page, 'editor@gavleborg.demo');
  const forbund = page.getByRole('table', { name: 'Förbundets ekonomi 2019-H1' });
  await expect(
    forbund.getByRole('row', {
      name: /Tilldelade medel, staten \(Försäkringskassan och Arbetsförmedlingen\)/,
    }),
  ).toContainText('3 330 000 kr');
  await expect(forbund.getByRole('row', { name: /Tilldelade medel, regionen/ })).toContainText(
    '1 664 875 kr',
  );
  // Budget 3 400 000 kr from the seed.
  await expect(forbund.getByRole('row', { name: /Administrativa kostnader/ })).toContainText(
    /3\s400\s000\skr/,
  );
  await expect(page.getByText('Enligt balansräkningen per 30 juni 2019.')).toBeVisible();
  // The seed leaves 61 107 kr of the H1 2019 Insatsmedel on no intervention (allocations.spec.ts).
  const check = page.getByRole('region', { name: 'Kontroll mot driftredovisningen' });
  await expect(
    check.getByText(/^Stämmer inte: 61\s107\skr av driftredovisningens kostnader finns inte på någon insats/),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Uppgifter per insats' }).getByRole('row', { name: /Mentorskap/ }),
  ).toContainText('Indikatorer (NNS)');
  await expect(page.getByText('visas här när ekonomidelen finns')).toHaveCount(0);
  await expectAccessible(page);

  await expect(
    page.getByText('Perioden 2019-H1 är inte markerad som registrerad i Uppföljning Finsam.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Markera som registrerad' }).click();
  const dialog = page.getByRole('dialog', { name: 'Markera 2019-H1 som registrerad i Uppföljning Finsam?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Markera som registrerad' }).click();
  await expect(page.getByRole('status')).toHaveText(
    '2019-H1 är markerad som registrerad i Uppföljning Finsam.',
  );
  await expect(
    page.getByRole('heading', { level: 2, name: 'Registrering i Uppföljning Finsam' }),
  ).toBeFocused();
  await expect(
    page.getByText(/^Registrerad i Uppföljning Finsam \d{1,2} \w+ \d{4} kl\. \d\d:\d\d av /),
  ).toBeVisible();
  // An editor cannot take the mark away.
  await expect(page.getByRole('button', { name: 'Ångra registreringen' })).toHaveCount(0);

  // The period's interventions now show their Uppföljning Finsam fields read-only, saying why.
  await page.goto('/f/gavleborg/insatser');
  await page.getByRole('link', { name: 'Supported Employment coach Gävle' }).click();
  await page.getByRole('link', { name: 'Ändra uppgifter' }).click();
  await expect(page.getByText(/Låst eftersom 2019-H1 är registrerad i Uppföljning Finsam/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'ESF-finansierad' })).toHaveCount(0);
  await expectAccessible(page);
});

test('an admin undoes the registration with a reason, told beside the field when it is missing', async ({
  page,
}) => {
  await openReport(page, 'admin@gavleborg.demo');
  await page.getByRole('button', { name: 'Ångra registreringen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ångra registreringen av 2019-H1?' });
  await dialog.getByRole('button', { name: 'Ångra registreringen' }).click();
  await expect(dialog.getByText('Ange varför registreringen ångras.')).toBeVisible();
  await expect(dialog.getByLabel('Anledning')).toBeFocused();
  await expectAccessible(page);
  await dialog.getByLabel('Anledning').fill('Registrerad innan siffrorna var klara');
  await dialog.getByRole('button', { name: 'Ångra registreringen' }).click();
  await expect(page.getByRole('status')).toHaveText('Registreringen av 2019-H1 är ångrad.');
  await expect(page.getByRole('button', { name: 'Markera som registrerad' })).toBeVisible();

  // The form offers the fields again.
  await page.goto('/f/gavleborg/insatser');
  await page.getByRole('link', { name: 'Supported Employment coach Gävle' }).click();
  await page.getByRole('link', { name: 'Ändra uppgifter' }).click();
  await expect(page.getByRole('group', { name: 'ESF-finansierad' })).toBeVisible();
  await expect(page.getByLabel('Uppföljningsmetod')).toHaveValue('sus');
});

/*
 * The report is scanned with axe at 1280 px by the first test above (an editor) and by
 * interventions.spec.ts (a viewer), and at 320 px by interventions-polish.spec.ts' sweep.
 */
test('the report reflows at 320 px, and a viewer sees the mark without a button at 320 and 1280 px', async ({
  page,
}) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await openReport(page, 'viewer@gavleborg.demo');
    await expect(page.getByRole('main').locator('.loading-status')).toHaveCount(0);
    if (width === 320) {
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(320);
    }
    // A viewer sees the mark's state but no button.
    await expect(page.getByRole('button', { name: 'Markera som registrerad' })).toHaveCount(0);
  }
});
