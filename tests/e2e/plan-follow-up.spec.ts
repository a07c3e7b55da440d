import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn } from './support/log-in.ts';

/**
 * Issue 20, a plan's follow-up and risks: an editor follows up Gävleborg's goal 5.2 for 2020 (an
 * entered indicator's value, refused in Swedish when it is no number, and the goal's summary),
 * prints it on A4; a viewer reads it without edit buttons; Insjöriket's risks as a matrix with its
 * table, one added and deleted through the confirm dialog. Axe at 1280 and 320 px. The year 2020 of
 * the 2020–2022 plan is followed up by no other spec.
 */

const planName = 'Verksamhetsplan och budget 2020–2022';
const goalName =
  '5.2 Stödja och utveckla samverkansstrukturer inom området samordnad rehabilitering i länet.';
const trisam = /^Följ upp indikatorn: Oavsett var du bor i länet finns det tillgång till Trisam-team/;

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
}

async function openPlanPage(page: Page, slug: string, name: string, subpage: 'Uppföljning' | 'Risker') {
  await page.goto(`/f/${slug}/plan`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Verksamhetsplan' })
    .getByRole('link', { name: subpage })
    .click();
}

test('an editor follows up a goal for 2020 and prints it; a viewer reads it', async ({ page }) => {
  await logIn(page, 'editor@gavleborg.demo');
  await openPlanPage(page, 'gavleborg', planName, 'Uppföljning');
  // Outside the plan's years today, the page opens on the plan's last year.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Uppföljning Helåret 2022: ${planName}`);
  await page.getByLabel('Period').selectOption({ label: 'Helåret 2020' });
  await expect(page).toHaveURL(/uppfoljning\?period=2020$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Uppföljning Helåret 2020: ${planName}`);
  await expectAccessible(page);

  const card = page.getByRole('region', { name: goalName, exact: true });
  const opener = card.getByRole('button', { name: trisam });
  await opener.click();
  const form = card.getByRole('form', { name: 'Uppföljning av indikatorn' });
  await form.getByLabel('Utfall').fill('nittio');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(
    form.getByText('Skriv ett tal med högst två decimaler, till exempel 92 eller 92,5.').first(),
  ).toBeVisible();
  await form.getByLabel('Utfall').fill('92,5');
  await form.getByLabel('Kommentar').fill('Trisam-team finns på 37 av 40 hälsocentraler.');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Uppföljningen av indikatorn har sparats.' }),
  ).toBeVisible();
  await expect(opener).toBeFocused();
  const row = card.getByRole('row').filter({ hasText: 'Oavsett var du bor i länet' });
  await expect(row).toContainText('Minst 90\u00a0%');
  await expect(row).toContainText('92,5\u00a0%');
  await expect(row).toContainText('Uppfyllt');
  await expect(row).toContainText('Trisam-team finns på 37 av 40 hälsocentraler.');

  await card.getByRole('button', { name: `Skriv sammanfattning: ${goalName}` }).click();
  const summary = card.getByRole('form', { name: 'Målets sammanfattning' });
  await summary
    .getByLabel('Sammanfattning')
    .fill('Samverkansstrukturerna håller; MYSAM-grupperna träffas enligt plan.');
  await summary.getByRole('button', { name: 'Spara' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Målets sammanfattning har sparats.' }),
  ).toBeVisible();
  await expect(card).toContainText('Samverkansstrukturerna håller; MYSAM-grupperna träffas enligt plan.');
  await expectAccessible(page);

  // Print: the toolbar and edit buttons are gone, the goals and their tables stay, on A4 portrait.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(opener).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Verksamhetsplan' })).toBeHidden();
  await expect(card.getByRole('table')).toBeVisible();
  await expect(page.getByText(`Samordningsförbund Gävleborg, ${planName}, Helåret 2020`)).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const [, width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
  expect(Number(width)).toBeCloseTo(595, -1);
  expect(Number(height)).toBeCloseTo(842, -1);
  await page.emulateMedia({ media: 'screen' });
  const url = page.url();

  // The viewer in the same browser: the editor's session cookie goes first, as on a shared computer.
  await page.context().clearCookies();
  await logIn(page, 'viewer@gavleborg.demo');
  await page.goto(url);
  const viewed = page.getByRole('region', { name: goalName, exact: true });
  await expect(viewed).toContainText('Trisam-team finns på 37 av 40 hälsocentraler.');
  await expect(page.getByText('Du har läsbehörighet och kan inte ändra uppföljningen.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Följ upp|^Skriv sammanfattning/ })).toHaveCount(0);
  await expect(page.getByRole('table', { name: /^Måluppfyllelse Helåret 2020/ })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test("Insjöriket's risks: the matrix and its table, a risk added and deleted with confirmation", async ({
  page,
}) => {
  await logIn(page, 'editor@insjoriket.demo');
  await openPlanPage(page, 'insjoriket', 'Verksamhetsplan 2020', 'Risker');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risker: Verksamhetsplan 2020');
  const matrix = page.getByRole('table', { name: 'Riskmatris' });
  // Arbetsförmedlingen's reorganisation: likelihood 4 (Sannolik), consequence 3 (Kännbar).
  const kannbar = matrix.getByRole('row').filter({ hasText: '3 – Kännbar' });
  await expect(kannbar.getByRole('cell').nth(3)).toHaveText('1 riskMycket hög');
  const table = page.getByRole('table', { name: 'Riskanalys' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText('Arbetsförmedlingens omorganisation');
  await expect(table.getByRole('row').nth(1)).toContainText('12 (Mycket hög)');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Lägg till risk' }).click();
  const form = page.getByRole('form', { name: 'Ny risk' });
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByText('Beskriv händelsen.').first()).toBeVisible();
  await form.getByLabel('Händelse').fill('Förbundschefen slutar utan efterträdare');
  await form.getByLabel('Sannolikhet').selectOption({ label: '2 – Mindre sannolik' });
  await form.getByLabel('Konsekvens').selectOption({ label: '4 – Allvarlig' });
  await form.getByLabel('Senast genomgången').fill('2020-02-30');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByText('Skriv ett datum som finns, till exempel 2020-02-20.').first()).toBeVisible();
  await form.getByLabel('Senast genomgången').fill('2020-02-20');
  await form.getByLabel('Ansvarig').fill('Styrelsens ordförande');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Risken har sparats.' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row').nth(4)).toContainText('8 (Hög)');

  await table.getByRole('button', { name: 'Ta bort: Förbundschefen slutar utan efterträdare' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort risken?' });
  await expect(dialog).toContainText('”Förbundschefen slutar utan efterträdare” tas bort ur riskanalysen.');
  await dialog.getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Risken har tagits bort.' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Lägg till risk' })).toBeFocused();

  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});
