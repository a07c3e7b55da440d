import { expect, type Page, test } from '@playwright/test';
import { createReceivedApplication, memberIdsByName, moveApplication } from './support/demo-applications.ts';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/**
 * Issue 22, the review: an admin adds a point to the förbund's formal checklist; an editor answers
 * the formal check and declares jäv — and sees no recommendation form, only that they cannot
 * recommend; the admin declares no jäv and recommends "Bevilja" with an opinion; the printable
 * yttrande shows the formal check and both reviews; a viewer reads it all with nothing to change. The application (two parties, in formal
 * check) is made through the API, so this spec does not depend on the pipeline's forms. Axe on
 * each page.
 */

const tenant = 'gavleborg';
const point = 'E2E: Det framgår hur samverkan mellan parterna ökar';

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
}

/** A received application of Region Gävleborg and Försäkringskassan, moved to formal check. */
async function applicationInFormalCheck(page: Page): Promise<string> {
  const member = await memberIdsByName(page, tenant);
  const created = await createReceivedApplication(page, tenant, {
    title: 'E2E Granskad samverkan',
    kind: 'structural',
    leadMemberId: member('Region'),
    partyMemberIds: [member('Försäkringskassan')],
    need: 'Behov',
    purpose: 'Syfte',
    collaboration: 'Samverkan',
  });
  await moveApplication(page, tenant, created, ['formalCheck'], '2026-12-01');
  return created.id;
}

test('the formal check, a reviewer with jäv, a recommendation and the printed yttrande', async ({
  browser,
}) => {
  const adminPage = await (await browser.newContext()).newPage();
  const editorPage = await (await browser.newContext()).newPage();

  // The admin adds a checklist point.
  await logInAt(adminPage, 'admin@gavleborg.demo', `/f/${tenant}/ansokningar/installningar`);
  await expect(adminPage.getByRole('heading', { level: 1, name: 'Checklista och kriterier' })).toBeVisible();
  await adminPage.getByLabel('Punktens text').fill(point);
  await adminPage.getByRole('button', { name: 'Lägg till punkt' }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: 'är tillagd' })).toBeVisible();
  await expect(adminPage.getByText(point, { exact: true })).toBeVisible();
  // Moved up by keyboard: announced, and the focus stays on the moved point's button.
  await adminPage.getByRole('button', { name: `Flytta upp ${point}` }).focus();
  await adminPage.keyboard.press('Enter');
  await expect(adminPage.getByRole('status').filter({ hasText: 'är flyttad till plats' })).toBeVisible();
  await expect(adminPage.getByRole('button', { name: `Flytta upp ${point}` })).toBeFocused();
  // Edited in place: the focus goes into the form, and back to "Ändra" after saving.
  await adminPage.getByRole('button', { name: `Ändra ${point}` }).click();
  const editField = adminPage.getByRole('textbox', { name: 'Punktens text' }).first();
  await expect(editField).toBeFocused();
  await editField.fill(`${point}.`);
  await adminPage.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: 'är sparad' })).toBeVisible();
  await expect(adminPage.getByRole('button', { name: `Ändra ${point}.` })).toBeFocused();
  // And a criterion scored 0–3.
  await adminPage.getByLabel('Namn', { exact: true }).fill('E2E-kriterium');
  await adminPage.getByLabel('Högsta poäng').selectOption('3');
  await adminPage.getByRole('button', { name: 'Lägg till kriterium' }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: 'E2E-kriterium är tillagd.' })).toBeVisible();
  await expect(adminPage.getByRole('listitem').filter({ hasText: 'E2E-kriterium' })).toContainText(
    'högst 3 poäng',
  );
  await expectAccessible(adminPage);
  await adminPage.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(adminPage);
  await adminPage.setViewportSize({ width: 1280, height: 800 });

  // The editor answers the formal check.
  await logInAt(editorPage, 'editor@gavleborg.demo', `/f/${tenant}/ansokningar`);
  const applicationId = await applicationInFormalCheck(editorPage);
  await editorPage.goto(`/f/${tenant}/ansokningar/${applicationId}`);
  const row = editorPage.getByRole('row', { name: new RegExp(point) });
  await row.getByRole('radio', { name: 'Ja' }).check();
  await row.getByRole('textbox').fill('Beskrivs i avsnitt 3.');
  await editorPage.getByRole('button', { name: 'Spara formell granskning' }).click();
  await expect(
    editorPage.getByRole('status').filter({ hasText: 'Den formella granskningen är sparad.' }),
  ).toBeVisible();

  // The editor declares jäv and gets no recommendation form.
  await editorPage.getByRole('radio', { name: 'Jag har jäv' }).check();
  await editorPage.getByLabel('Skäl till jävet').fill('Anställd hos Region Gävleborg.');
  await editorPage.getByRole('button', { name: 'Spara jävsdeklaration' }).click();
  await expect(
    editorPage.getByText('Du har anmält jäv och kan inte lämna rekommendation.').first(),
  ).toBeVisible();
  await expect(editorPage.getByLabel('Rekommendation')).toHaveCount(0);
  await expectAccessible(editorPage);

  // The admin declares no jäv, and only then recommends "Bevilja" with an opinion.
  await adminPage.goto(`/f/${tenant}/ansokningar/${applicationId}`);
  await expect(adminPage.getByLabel('Rekommendation')).toHaveCount(0);
  await adminPage.getByRole('radio', { name: 'Jag har inget jäv' }).check();
  await adminPage.getByRole('button', { name: 'Spara jävsdeklaration' }).click();
  await adminPage.getByLabel('Yttrande', { exact: true }).fill('Ansökan uppfyller förbundets krav.');
  await adminPage.getByLabel('Rekommendation').selectOption({ label: 'Bevilja' });
  await expect(adminPage.getByLabel('Prioriterad målgrupp (0–5)')).toHaveValue('');
  await adminPage.getByLabel('Prioriterad målgrupp (0–5)').selectOption('4');
  await adminPage.getByLabel('E2E-kriterium (0–3)').selectOption('3');
  await adminPage.getByRole('button', { name: 'Spara yttrande' }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: 'Ditt yttrande är sparat.' })).toBeVisible();
  await expectAccessible(adminPage);

  // The yttrande prints the formal check and both reviews.
  await adminPage.getByRole('link', { name: 'Yttrande (utskrift)' }).click();
  await expect(adminPage.getByRole('heading', { level: 1 })).toContainText('E2E Granskad samverkan');
  await expect(adminPage.getByText('Samordningsförbund Gävleborg').first()).toBeVisible();
  const formal = adminPage.getByRole('row', { name: new RegExp(point) });
  await expect(formal).toContainText('Ja');
  await expect(formal).toContainText('Beskrivs i avsnitt 3.');
  await expect(adminPage.getByText('Ansökan uppfyller förbundets krav.')).toBeVisible();
  await expect(adminPage.getByText('Skäl: Anställd hos Region Gävleborg.')).toBeVisible();
  await expect(adminPage.getByText('Bevilja: 1, Avslå: 0, Begär komplettering: 0')).toBeVisible();
  await expect(adminPage.getByRole('row', { name: /Prioriterad målgrupp/ })).toContainText('4 av 5');
  await expect(adminPage.getByRole('row', { name: /E2E-kriterium/ })).toContainText('3 av 3');
  await expectAccessible(adminPage);
  await adminPage.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(adminPage);

  // A viewer reads the reviews and the settings, with nothing to change.
  const viewerPage = await (await browser.newContext()).newPage();
  await logInAt(viewerPage, 'viewer@gavleborg.demo', `/f/${tenant}/ansokningar/${applicationId}`);
  await expect(viewerPage.getByText('Ansökan uppfyller förbundets krav.')).toBeVisible();
  await expect(viewerPage.getByRole('radio', { name: 'Jag har inget jäv' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Spara formell granskning' })).toHaveCount(0);
  await expectAccessible(viewerPage);
  await viewerPage.goto(`/f/${tenant}/ansokningar/installningar`);
  await expect(viewerPage.getByRole('listitem').filter({ hasText: `${point}.` })).toContainText(
    'Används i 1 ansökan',
  );
  await expect(viewerPage.getByRole('button', { name: 'Lägg till punkt' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: /^Ändra/ })).toHaveCount(0);
  await expectAccessible(viewerPage);
});
