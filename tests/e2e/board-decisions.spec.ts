import { expect, type Page, test } from '@playwright/test';
import { planBoardMeeting } from './support/demo-applications.ts';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';
import { call } from './support/trpc-call.ts';

/**
 * Issue 21, the decisions register: an editor writes an item's decision by keyboard, finds it in
 * /beslut by an inflected Swedish word and opens it; a viewer reads the demo's decision that
 * adopted Gävleborg's plan 2020–2022 (found as "verksamhetsplanen", the plan page naming it), the
 * filters, the empty state and the not-found page, and cannot change an approved decision. Axe on
 * the register (1280 and 320 px) and on a decision's page.
 */

const register = '/f/gavleborg/beslut';

/** A held meeting of Gävleborg's board on 2020-02-14 with one item and no decision yet. */
async function meetingWithItem(page: Page, title: string): Promise<string> {
  const tenant = 'gavleborg';
  const meeting = await planBoardMeeting(page, tenant, '2020-02-14');
  await call(
    page,
    'meetings.items.add',
    {
      tenant,
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      title,
      description: '',
      concernsKind: 'none',
      concernsId: null,
    },
    true,
  );
  return meeting.id;
}

test('an editor writes a decision by keyboard, finds it by a Swedish word and opens it', async ({ page }) => {
  await logInAt(page, 'editor@gavleborg.demo', register);
  const itemTitle = 'Samverkansavtal om arbetsrehabilitering';
  const meetingId = await meetingWithItem(page, itemTitle);
  await page.goto(`/f/gavleborg/moten/${meetingId}`);

  const section = page.getByRole('region', { name: 'Beslut' });
  await expect(section).toContainText('Inget beslut är skrivet för ärendet.');
  await section.getByRole('button', { name: `Skriv beslut: ${itemTitle}` }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Beslut i ärendet' });
  const kind = form.getByLabel('Slag av beslut');
  await kind.focus();
  await page.keyboard.type('Organisation');
  await expect(kind).toHaveValue('organisation');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Rubrik')).toBeFocused();
  await expect(form.getByLabel('Rubrik')).toHaveValue(itemTitle);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Beslutstext')).toBeFocused();
  await page.keyboard.type(
    'Styrelsen beslutar att ingå samverkansavtal med Region Gävleborg om arbetsrehabilitering.',
  );
  await form.getByRole('button', { name: 'Spara beslutet' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Beslutet är sparat.' })).toBeVisible();
  await expect(section).toContainText('Styrelsen beslutar att ingå samverkansavtal');
  await expect(section.getByRole('button', { name: `Ändra beslut: ${itemTitle}` })).toBeFocused();

  // Found by an inflected form: the decision says "arbetsrehabilitering", the search "arbetsrehabiliteringen".
  await page.goto(register);
  await page.getByLabel('Sök bland besluten').fill('arbetsrehabiliteringen');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=arbetsrehabiliteringen/);
  await expect(
    page.getByRole('status').filter({ hasText: '1 beslut matchar "arbetsrehabiliteringen"' }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(itemTitle) });
  await expect(row).toContainText('14 februari 2020');
  await expect(row).toContainText('Förbundsstyrelse');
  await expect(row).toContainText('Organisation');
  await row.getByRole('link', { name: itemTitle }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(itemTitle);
  await expect(
    page.getByText('Styrelsen beslutar att ingå samverkansavtal med Region Gävleborg'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mötet den 14 februari 2020' })).toHaveAttribute(
    'href',
    `/f/gavleborg/moten/${meetingId}`,
  );
  // The meeting was only created (planned): the decision is a draft until the minutes are approved.
  await expect(page.getByText('Mötet är inte hållet än')).toBeVisible();
  await expectAccessible(page);

  // The approved decision of 2019-11-29: no edit, and "Rätta beslut" says where a correction is made.
  await page.goto(`${register}?q=verksamhetsplanen`);
  await page.getByRole('link', { name: 'Verksamhetsplan och budget 2020–2022' }).click();
  await page.getByRole('link', { name: 'Mötet den 29 november 2019' }).click();
  const approved = page.getByRole('region', { name: 'Beslut' }).filter({ hasText: 'Styrelsen fastställer' });
  await expect(approved.getByRole('button', { name: /Ändra beslut/ })).toHaveCount(0);
  await approved.getByRole('button', { name: /Rätta beslut/ }).click();
  await expect(approved).toContainText('En rättelse är ett nytt beslut vid ett senare möte');
});

test('a viewer finds the plan 2020–2022 decision as "verksamhetsplanen", filters, and changes nothing', async ({
  page,
}) => {
  await logInAt(page, 'viewer@gavleborg.demo', register);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beslut');
  await expect(
    page.getByRole('navigation', { name: 'Styrelse och möten' }).getByRole('link', { name: 'Beslut' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Sök bland besluten').fill('verksamhetsplanen');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const row = page.getByRole('row', { name: /Verksamhetsplan och budget 2020–2022/ }).first();
  await expect(row).toContainText('29 november 2019');
  await expect(row).toContainText('20');
  await expectAccessible(page);

  // Filters: the year and the kind; a word nobody wrote gives the empty state.
  await page.getByLabel('År').selectOption('2019');
  await page.getByLabel('Slag av beslut').selectOption({ label: 'Verksamhetsplan' });
  await expect(page).toHaveURL(/ar=2019/);
  await expect(page).toHaveURL(/slag=plan/);
  await expect(page.getByRole('row', { name: /Verksamhetsplan och budget 2020–2022/ })).toBeVisible();
  await page.getByLabel('Slag av beslut').selectOption({ label: 'Delegation' });
  await expect(page.getByText('Inga beslut matchar.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '0 beslut' })).toBeVisible();

  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${register}?q=verksamhetsplanen`);
  await expect(page.getByRole('row', { name: /Verksamhetsplan och budget 2020–2022/ }).first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the register scrolls sideways at 320 px').toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The decision's page: what it concerns links to the plan, whose page names the decision.
  await page.getByRole('link', { name: 'Verksamhetsplan och budget 2020–2022' }).first().click();
  await expect(page.getByText('Justerat protokoll')).toBeVisible();
  await page.getByRole('link', { name: 'Verksamhetsplan: Verksamhetsplan och budget 2020–2022' }).click();
  await expect(
    page.getByRole('link', { name: 'Fastställd vid Förbundsstyrelsens möte den 29 november 2019, § 20' }),
  ).toBeVisible();

  // The meeting page: the decision is shown, and nothing offers to write or change it.
  await page
    .getByRole('link', { name: 'Fastställd vid Förbundsstyrelsens möte den 29 november 2019, § 20' })
    .click();
  await page.getByRole('link', { name: 'Mötet den 29 november 2019' }).click();
  await expect(
    page.getByText('Styrelsen fastställer verksamhetsplan och budget för 2020–2022.'),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /Skriv beslut|Ändra beslut|Ta bort beslut|Rätta beslut/ }),
  ).toHaveCount(0);

  await page.goto(`${register}/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
});
