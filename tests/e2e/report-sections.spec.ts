import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { expectReflow } from './support/expect-reflow.ts';
import { logInAt } from './support/log-in.ts';
import { api } from './support/trpc-call.ts';

/**
 * Issue 23, a section and the whole document: an editor of Gävleborg opens §1.3 of the half-year
 * report 2019 (the demo's, or one the test creates while the demo has none), writes with the toolbar
 * and the keyboard — a heading, a bold word, a list, a table with its caption — saves, sees the
 * version in the history, saves again and restores the first, is asked before leaving with unsaved
 * changes, gets the stale-version sentence and reloads when someone saved meanwhile, comments and
 * marks the section klar;
 * §3.1 shows the income statement's 3 344 423; the document lists every section in its contents.
 * Axe on each page and no sideways scroll at 320 px.
 */

const tenant = 'gavleborg';

interface ReportRow {
  id: string;
  kind: string;
  periodStart: string;
}
interface ReportDetail {
  sections: { id: string; number: string; title: string; readyAt: string | null; version: number }[];
}

/** Gävleborg's half-year report 2019: the demo's when it has one, else a new one from the template. */
async function halfYear2019(page: Page): Promise<string> {
  const reports = await api<ReportRow[]>(page, 'periodReports.list', { tenant }, 'GET');
  const existing = reports.find(
    (report) => report.kind === 'halfYear' && report.periodStart === '2019-01-01',
  );
  if (existing) return existing.id;
  const created = await api<{ reportId: string }>(page, 'periodReports.create', {
    tenant,
    kind: 'halfYear',
    periodStart: '2019-01-01',
    periodEnd: '2019-06-30',
  });
  return created.reportId;
}

/** Types the text and presses each key written in braces (`{Enter}`, `{Control+b}`), in turn. */
async function typeKeys(page: Page, keys: string): Promise<void> {
  for (const part of keys.split(/(\{[^}]+\})/)) {
    if (part.startsWith('{')) await page.keyboard.press(part.slice(1, -1));
    else if (part !== '') await page.keyboard.type(part);
  }
}

async function savedVersion(page: Page): Promise<number> {
  const notice = page.getByRole('status').filter({ hasText: /^Texten är sparad som version \d+\.$/ });
  await expect(notice).toBeVisible();
  return Number((await notice.textContent())?.match(/\d+/)?.[0]);
}

test('an editor writes §1.3 with the toolbar and keyboard, saves, restores, comments and marks it klar', async ({
  page,
}) => {
  await logInAt(page, `editor@${tenant}.demo`, `/f/${tenant}/rapporter`);
  const reportId = await halfYear2019(page);
  const detail = await api<ReportDetail>(page, 'periodReports.get', { tenant, reportId }, 'GET');
  const activity = detail.sections.find((section) => section.number === '1.3');
  const income = detail.sections.find((section) => section.number === '3.1');
  if (!activity || !income) throw new Error('the half-year report has no §1.3 or §3.1');
  if (activity.readyAt !== null)
    await api(page, 'reportWorkflow.unmarkSectionReady', {
      tenant,
      sectionId: activity.id,
      expectedVersion: activity.version,
    });

  await page.goto(`/f/${tenant}/rapporter/${reportId}/avsnitt/${activity.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`1.3 ${activity.title}`);
  const editor = page.getByRole('textbox', { name: 'Avsnittets text' });
  await expect(editor).toHaveAccessibleDescription(/Ctrl\+B fetstil/);
  const toolbar = page.getByRole('toolbar', { name: 'Formatera texten' });
  await editor.click();
  await typeKeys(page, '{Control+a}{Delete}');

  // A heading from the toolbar, a bold word from the keyboard, a bullet list.
  await toolbar.getByRole('button', { name: 'Rubrik', exact: true }).click();
  await expect(toolbar.getByRole('button', { name: 'Rubrik', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await typeKeys(page, 'Vårt arbete{Enter}Ett {Control+b}viktigt{Control+b} ord.{Enter}');
  await toolbar.getByRole('button', { name: 'Punktlista', exact: true }).click();
  await typeKeys(page, 'Första{Enter}Andra{Enter}{Enter}');

  // The table by keyboard only: Esc to the toolbar, arrows to "Tabell", Enter; Tab between cells.
  await typeKeys(page, '{Escape}{Home}');
  await expect(toolbar.getByRole('button', { name: 'Rubrik', exact: true })).toBeFocused();
  await typeKeys(page, '{ArrowRight}'.repeat(5));
  await expect(toolbar.getByRole('button', { name: 'Tabell', exact: true })).toBeFocused();
  await typeKeys(page, '{Enter}');
  await typeKeys(page, 'Insats{Tab}Kostnad{Tab}Antal{Tab}Steg{Tab}1 200{Tab}12');
  await page.getByLabel('Tabellens rubrik').fill('Kostnader per insats');
  await toolbar.getByRole('button', { name: 'Lägg till rad', exact: true }).click();
  await expect(page.getByText('Du har ändringar som inte är sparade.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Spara texten' }).click();
  const first = await savedVersion(page);
  const versions = page.getByRole('region', { name: 'Versioner av texten' });
  await expect(versions.getByText(`Version ${first} (aktuell)`)).toBeVisible();

  await editor.click();
  await typeKeys(page, '{Control+End}Tillägg som sedan ångras.');
  await page.getByRole('button', { name: 'Spara texten' }).click();
  await expect(page.getByRole('status').filter({ hasText: `version ${first + 1}.` })).toBeVisible();

  await versions.getByRole('button', { name: `Återställ version ${first}` }).click();
  const dialog = page.getByRole('dialog', { name: `Återställa version ${first}?` });
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Återställ' }).click();
  await expect(
    page.getByRole('status').filter({
      hasText: `Version ${first} är återställd och sparad som version ${first + 2}.`,
    }),
  ).toBeVisible();
  await expect(editor).not.toContainText('Tillägg som sedan ångras.');
  await expect(editor.getByRole('heading', { name: 'Vårt arbete' })).toBeVisible();
  await expect(editor.locator('strong')).toHaveText('viktigt');

  // Unsaved changes: leaving asks first. Someone else saves meanwhile: Spara says so and reloads.
  await editor.click();
  await typeKeys(page, '{Control+End}Ändring som inte sparas.');
  await page.getByRole('link', { name: /^Till rapporten / }).click();
  const leave = page.getByRole('dialog', { name: 'Lämna sidan utan att spara?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`1.3 ${activity.title}`);
  const [newest] = await api<{ body: unknown }[]>(
    page,
    'periodReports.sections.texts',
    { tenant, sectionId: activity.id },
    'GET',
  );
  const current = await api<ReportDetail>(page, 'periodReports.get', { tenant, reportId }, 'GET');
  await api(page, 'periodReports.sections.saveText', {
    tenant,
    sectionId: activity.id,
    expectedVersion: current.sections.find((section) => section.id === activity.id)?.version,
    body: newest?.body,
  });
  await page.getByRole('button', { name: 'Spara texten' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Någon annan har ändrat uppgifterna sedan du öppnade dem. Ladda om och gör ändringen igen.',
  );
  await page.getByRole('button', { name: 'Ladda om texten' }).click();
  await expect(editor).not.toContainText('Ändring som inte sparas.');
  await expect(page.getByText('Du har ändringar som inte är sparade.')).toBeHidden();
  await expect(versions.getByText(`Version ${first + 3} (aktuell)`)).toBeVisible();

  const comments = page.getByRole('region', { name: 'Kommentarer' });
  await comments.getByLabel('Ny kommentar').fill('Stäm av siffrorna med kansliet.');
  await comments.getByRole('button', { name: 'Lägg till kommentar' }).click();
  await expect(comments.getByRole('status')).toHaveText('Kommentaren är tillagd.');
  await expect(comments.getByRole('listitem')).toContainText(['Stäm av siffrorna med kansliet.']);

  await page.getByRole('button', { name: 'Markera klart' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Avsnittet är markerat klart.' })).toBeVisible();
  await expect(page.getByText(/^Klart – markerat av /)).toBeVisible();
  await expect(
    page.getByText('Avsnittet är markerat klart, så texten kan inte ändras.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kostnader per insats' })).toBeVisible();
  await expectAccessible(page);
  await expectReflow(page);

  // §3.1, generated: the income statement of 2019-H1.
  await page.goto(`/f/${tenant}/rapporter/${reportId}/avsnitt/${income.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`3.1 ${income.title}`);
  await expect(page.getByRole('region', { name: 'Hämtas från förbundets uppgifter' })).toContainText(
    /3\s344\s423/,
  );
  await expectAccessible(page);

  // The whole document: its contents link to every section, §1.3 with the text as written.
  await page.getByRole('link', { name: 'Hela dokumentet' }).click();
  const contents = page.getByRole('navigation', { name: 'Innehåll' });
  await expect(contents.getByRole('link', { name: `1.3 ${activity.title}` })).toBeVisible();
  await expect(contents.getByRole('link', { name: `3.1 ${income.title}` })).toBeVisible();
  const part = page.getByRole('region', { name: `1.3 ${activity.title}` });
  await expect(part.getByRole('heading', { name: 'Vårt arbete' })).toBeVisible();
  await expect(part.getByRole('table', { name: 'Kostnader per insats' })).toBeVisible();
  await expectAccessible(page);
  await expectReflow(page);

  // Addresses that name nothing: a malformed section id, a section of no report, a malformed report.
  for (const wrong of [
    `/f/${tenant}/rapporter/${reportId}/avsnitt/inte-ett-id`,
    `/f/${tenant}/rapporter/${reportId}/avsnitt/00000000-0000-4000-8000-000000000000`,
    `/f/${tenant}/rapporter/inte-ett-id/dokument`,
  ]) {
    await page.goto(wrong);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  }
});
