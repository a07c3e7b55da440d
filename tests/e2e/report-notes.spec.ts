import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';
import { api } from './support/trpc-call.ts';

/**
 * Issue 23, the notes of a report: an editor of Gävleborg opens the notes section of a delårsrapport
 * for January–June 2019 (created by the test from the template, no notes), adds Not 1 with a wrong
 * amount and no title (refused beside the fields), then right: the saving is announced and the
 * note's rows are checked against the income statement (6 659 750 against 6 659 748 kr); the note
 * is removed after confirming, and the report with it. Axe on the page with the form and with the note.
 */

const tenant = 'gavleborg';

interface ReportRow {
  id: string;
  kind: string;
  periodStart: string;
  periodEnd: string;
}
interface ReportDetail {
  report: { version: number };
  sections: { id: string; source: string | null }[];
}
interface NotesView {
  notes: { id: string; version: number }[];
}

test('an editor adds a note, sees its check against the income statement and removes it', async ({
  page,
}) => {
  await logInAt(page, `editor@${tenant}.demo`, `/f/${tenant}/rapporter`);
  const reports = await api<ReportRow[]>(page, 'periodReports.list', { tenant }, 'GET');
  const existing = reports.find(
    (report) =>
      report.kind === 'interim' && report.periodStart === '2019-01-01' && report.periodEnd === '2019-06-30',
  );
  const reportId =
    existing?.id ??
    (
      await api<{ reportId: string }>(page, 'periodReports.create', {
        tenant,
        kind: 'interim',
        periodStart: '2019-01-01',
        periodEnd: '2019-06-30',
      })
    ).reportId;
  // A rerun starts from no notes.
  const before = await api<NotesView>(page, 'reportNotes.list', { tenant, reportId }, 'GET');
  for (const note of before.notes)
    await api(page, 'reportNotes.delete', { tenant, noteId: note.id, expectedVersion: note.version });
  const detail = await api<ReportDetail>(page, 'periodReports.get', { tenant, reportId }, 'GET');
  const notesSection = detail.sections.find((section) => section.source === 'notes');
  if (!notesSection) throw new Error('the report has no notes section');
  await page.goto(`/f/${tenant}/rapporter/${reportId}/avsnitt/${notesSection.id}`);

  const editor = page.getByRole('region', { name: 'Noter' });
  await expect(editor.getByText('Rapporten har inga noter ännu.')).toBeVisible();
  await editor.getByRole('button', { name: 'Lägg till not' }).click();
  await expect(page.getByRole('heading', { name: 'Ny not' })).toBeFocused();
  await editor.getByLabel('Text, rad 1').fill('Driftbidrag från staten');
  await editor.getByLabel('Belopp 2019-06-30, rad 1').fill('tio');
  await editor.getByRole('button', { name: 'Spara noten' }).click();
  await expect(page.getByText('Skriv notens rubrik.').first()).toBeVisible();
  await expectAccessible(page);

  await editor.getByLabel('Rubrik').fill('Verksamhetens intäkter');
  await editor.getByLabel('Belopp 2019-06-30, rad 1').fill('3 330 000');
  await editor.getByLabel('Jämförelse 2018-06-30, rad 1').fill('1 665 000');
  await editor.getByRole('button', { name: 'Lägg till en rad i noten' }).click();
  await editor.getByLabel('Text, rad 2').fill('Driftbidrag från region och kommuner');
  await editor.getByLabel('Belopp 2019-06-30, rad 2').fill('3 329 750');
  await editor.getByLabel('Jämförelse 2018-06-30, rad 2').fill('1 712 234');
  await editor.getByRole('button', { name: 'Spara noten' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Not 1 sparad.' })).toBeVisible();
  const table = editor.getByRole('table', { name: 'Not 1. Verksamhetens intäkter' });
  await expect(table).toContainText('6\u00a0659\u00a0750');
  await expect(
    editor.getByText(
      '2019-06-30: raderna summerar till 6\u00a0659\u00a0750\u00a0kr, resultaträkningen visar 6\u00a0659\u00a0748\u00a0kr – skillnad 2\u00a0kr.',
    ),
  ).toBeVisible();
  await expectAccessible(page);

  await editor.getByRole('button', { name: 'Ta bort not 1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort noten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not 1 borttagen.' })).toBeVisible();
  await expect(editor.getByText('Rapporten har inga noter ännu.')).toBeVisible();
  // The report was the test's own: other specs count the förbund's reports.
  await api(page, 'periodReports.delete', { tenant, reportId, expectedVersion: detail.report.version });
});
