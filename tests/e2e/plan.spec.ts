import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn } from './support/log-in.ts';

/**
 * Issue 20, the verksamhetsplan: an editor builds a plan with a goal measured by a computed
 * indicator (equity at most 20 %) and an NNS indicator, an activity and a linked intervention,
 * orders its target groups by keyboard; a viewer reads it without a single edit button. Axe at
 * 1280 and 320 px. The plan is new (2027), so the demo's plans and other specs are untouched.
 */

const planName = 'Verksamhetsplan E2E 2027';
const goal = '1 Verksamhet i ekonomisk balans';

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
}

test('an editor builds a plan with a computed and an NNS indicator, a viewer reads it', async ({ page }) => {
  await logIn(page, 'editor@gavleborg.demo');
  await page.goto('/f/gavleborg');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Verksamhetsplan' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verksamhetsplan' })).toBeVisible();
  await expectAccessible(page);

  // Ny plan: name and years first.
  await page.getByRole('button', { name: 'Ny plan', exact: true }).click();
  const create = page.getByRole('form', { name: 'Ny verksamhetsplan', exact: true });
  await create.getByLabel('Namn').fill(planName);
  await create.getByLabel('Första året').fill('2027');
  await create.getByLabel('Sista året').fill('2026');
  await create.getByRole('button', { name: 'Skapa plan', exact: true }).click();
  // The domain's rule, in Swedish beside the field, before anything is sent.
  await expect(create.getByText('Sista året får inte vara före första året.').first()).toBeVisible();
  await create.getByLabel('Sista året').fill('2027');
  await create.getByRole('button', { name: 'Skapa plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: planName })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Planen ${planName} är skapad.` })).toBeVisible();
  const planUrl = page.url();

  // Target groups in priority order: the second moved up by keyboard keeps focus.
  const groups = page.getByRole('region', { name: 'Målgrupper' });
  for (const group of ['Unga vuxna', 'Personer med långvarig sjukskrivning']) {
    await groups.getByLabel('Målgrupp', { exact: true }).fill(group);
    await groups.getByRole('button', { name: 'Lägg till målgrupp', exact: true }).click();
    await expect(groups.getByRole('listitem').filter({ hasText: group })).toBeVisible();
  }
  await groups
    .getByRole('button', { name: 'Flytta upp: Personer med långvarig sjukskrivning', exact: true })
    .focus();
  await page.keyboard.press('Enter');
  await expect(groups.getByRole('listitem').first()).toContainText('Personer med långvarig sjukskrivning');
  await expect(
    groups.getByRole('button', { name: 'Flytta ned: Personer med långvarig sjukskrivning', exact: true }),
  ).toBeFocused();
  await expect(groups.getByRole('status')).toHaveText('Personer med långvarig sjukskrivning är nu nummer 1.');

  // A goal.
  const tree = page.getByRole('region', { name: 'Mål och indikatorer' });
  await tree.getByRole('button', { name: 'Lägg till mål', exact: true }).click();
  const goalForm = page.getByRole('form', { name: 'Mål', exact: true });
  await goalForm.getByLabel('Numrering').fill('1');
  await goalForm.getByLabel('Mål', { exact: true }).fill('Verksamhet i ekonomisk balans');
  await goalForm.getByRole('button', { name: 'Spara', exact: true }).click();
  const card = tree.getByRole('region', { name: goal });
  await expect(card.getByRole('heading', { name: goal })).toBeVisible();

  // The computed indicator: equity at most 20 % of budgeted revenue.
  await card.getByRole('button', { name: `Lägg till indikator: ${goal}`, exact: true }).click();
  let indicatorForm = page.getByRole('form', { name: 'Indikator', exact: true });
  await indicatorForm.getByLabel('Källa').selectOption({ label: 'Beräknas' });
  await indicatorForm
    .getByLabel('Vad som beräknas')
    .selectOption({ label: 'Eget kapital vid årets slut som andel av budgeterade intäkter' });
  await indicatorForm
    .getByLabel('Indikator', { exact: true })
    .fill('Eget kapital högst 20 % av budgeterade intäkter vid årets slut');
  await indicatorForm.getByLabel('Jämförelse').selectOption({ label: 'Högst målvärdet' });
  await indicatorForm.getByLabel('Målvärde').fill('120');
  await indicatorForm.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(indicatorForm.getByText('En andel kan vara högst 100 %.').first()).toBeVisible();
  await indicatorForm.getByLabel('Målvärde').fill('20');
  await indicatorForm.getByRole('button', { name: 'Spara', exact: true }).click();
  const equity = card.getByRole('listitem').filter({ hasText: 'Eget kapital högst 20 %' });
  await expect(equity.getByText('Beräknas', { exact: true })).toBeVisible();
  await expect(equity.getByText('Mål: högst 20 %')).toBeVisible();

  // The NNS indicator: its statement's fixed wording, at least the national figure.
  await card.getByRole('button', { name: `Lägg till indikator: ${goal}`, exact: true }).click();
  indicatorForm = page.getByRole('form', { name: 'Indikator', exact: true });
  await indicatorForm.getByLabel('Källa').selectOption({ label: 'NNS-enkät' });
  await indicatorForm.getByLabel('NNS-indikator').selectOption('D1');
  await expect(indicatorForm.getByLabel('Indikator', { exact: true })).toHaveValue(
    'Jag känner mig mer redo att kunna arbeta eller studera efter insatsen.',
  );
  await indicatorForm.getByLabel('Jämförelse').selectOption({ label: 'Minst riket' });
  await indicatorForm.getByRole('button', { name: 'Spara', exact: true }).click();
  const nns = card.getByRole('listitem').filter({ hasText: 'Jag känner mig mer redo' });
  await expect(nns.getByText('NNS-enkät', { exact: true })).toBeVisible();
  await expect(nns.getByText('Mål: minst riket')).toBeVisible();

  // An activity and a linked intervention.
  await card.getByRole('button', { name: `Lägg till aktivitet: ${goal}`, exact: true }).click();
  const activityForm = page.getByRole('form', { name: 'Aktivitet', exact: true });
  await activityForm.getByLabel('Aktivitet', { exact: true }).fill('Följa upp prognosen varje kvartal');
  await activityForm.getByLabel('Ansvarig').fill('Förbundschef');
  await activityForm.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(
    card.getByRole('listitem').filter({ hasText: 'Följa upp prognosen varje kvartal' }),
  ).toContainText('Alla år');
  await card.getByRole('button', { name: `Koppla insatser: ${goal}`, exact: true }).click();
  const links = page.getByRole('form', { name: 'Insatser som bidrar till målet', exact: true });
  await links.getByLabel('Trisam struktur', { exact: true }).check();
  await links.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(card.getByRole('link', { name: 'Trisam struktur' })).toBeVisible();
  await expect(tree.getByRole('status')).toHaveText('Sparat.');

  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Printed, the plan is its text: no buttons or forms.
  await page.emulateMedia({ media: 'print' });
  await expect(tree.getByRole('button', { name: 'Lägg till mål', exact: true })).toBeHidden();
  await expect(card.getByRole('heading', { name: goal })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // A viewer reads the same plan, and is offered no change at all.
  await page.context().clearCookies();
  await logIn(page, 'viewer@gavleborg.demo');
  await page.goto(planUrl);
  await expect(page.getByRole('heading', { level: 1, name: planName })).toBeVisible();
  await expect(page.getByText('Du har läsbehörighet och kan inte ändra planen.')).toBeVisible();
  const readCard = page.getByRole('region', { name: goal });
  await expect(readCard.getByText('Mål: högst 20 %')).toBeVisible();
  await expect(readCard.getByText('Mål: minst riket')).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('button', { name: /Ändra|Lägg till|Ta bort|Flytta|Fastställ|Kopiera/ }),
  ).toHaveCount(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test('a plan id that names nothing gets the not-found page', async ({ page }) => {
  await logIn(page, 'viewer@gavleborg.demo');
  await page.goto('/f/gavleborg/plan/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await page.goto('/f/gavleborg/plan/inte-ett-id');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
});

test('the demo plan 2020–2022 reads as adopted, with its goals, and reflows at 320 px', async ({ page }) => {
  await logIn(page, 'viewer@gavleborg.demo');
  await page.goto('/f/gavleborg/plan');
  await page.getByRole('link', { name: 'Verksamhetsplan och budget 2020–2022' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Verksamhetsplan och budget 2020–2022' }),
  ).toBeVisible();
  await expect(page.getByText('Fastställd 29 november 2019')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^5\.4 / })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});
