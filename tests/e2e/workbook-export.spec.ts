import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { workbookSheetNames } from '@samsyn/domain/testing';
import { strFromU8, unzipSync } from 'fflate';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/** An .xlsx file's sheets by name, each as rows of cell values (text, or numbers as numbers). */
function readWorkbook(bytes: Uint8Array): Map<string, (string | number | null)[][]> {
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const file = files[name];
    return file ? strFromU8(file) : '';
  };
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
  const xmlText = (value: string) =>
    value
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) =>
    xmlText([...(match[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const targets = new Map(
    [...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*>/g)].map((match) => [
      attribute(match[0], 'Id'),
      `xl/${attribute(match[0], 'Target').replace(/^\/?(xl\/)?/, '')}`,
    ]),
  );
  /** "E12" → 4: cells left empty are not written, so each value goes to its own column. */
  const columnOf = (reference: string) =>
    [...(/^[A-Z]+/.exec(reference)?.[0] ?? 'A')].reduce(
      (n, letter) => n * 26 + letter.charCodeAt(0) - 64,
      0,
    ) - 1;
  const sheets = new Map<string, (string | number | null)[][]>();
  for (const [tag] of text('xl/workbook.xml').matchAll(/<sheet\s[^>]*>/g)) {
    const xml = text(targets.get(attribute(tag, 'r:id')) ?? '');
    const rows = [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
      const values: (string | number | null)[] = [];
      for (const cell of (row[1] ?? '').matchAll(/<c(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attributes = cell[1] ?? '';
        const body = cell[2] ?? '';
        const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        const type = attribute(attributes, 't');
        const column = columnOf(attribute(attributes, 'r'));
        while (values.length < column) values.push(null);
        values[column] =
          type === 's'
            ? (shared[Number(value)] ?? null)
            : type === 'inlineStr'
              ? xmlText(/<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? '')
              : value === undefined
                ? null
                : Number(value);
      }
      return values;
    });
    sheets.set(xmlText(attribute(tag, 'name')), rows);
  }
  return sheets;
}

test('an admin downloads the förbund as an Excel workbook with Swedish sheets and amounts in kronor', async ({
  page,
}) => {
  await logInAt(page, 'admin@gavleborg.demo', '/f/gavleborg/administration/installningar');
  const button = page.getByRole('button', { name: 'Ladda ned som Excel-arbetsbok' });
  await expect(button).toHaveAccessibleDescription(/ett blad per område/);
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^samsyn-gavleborg-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: 'Arbetsboken är nedladdad.' })).toBeVisible();

  const bytes = new Uint8Array(await readFile(await file.path()));
  const sheets = readWorkbook(bytes);
  expect([...sheets.keys()]).toEqual(workbookSheetNames);
  const actuals = sheets.get('Utfall') ?? [];
  expect(actuals[0]).toEqual(['År', 'Period', 'Rad', 'Typ av rad', 'Belopp (kr)', 'Anteckning']);
  // Gävleborg's first half of 2019: Insatsmedel 1 514 867 kr (Driftredovisning 3.3), in kronor.
  expect(actuals).toContainEqual(expect.arrayContaining([2019, '2019-H1', 'Insatsmedel', 1_514_867]));
  expect(sheets.get('Medlemmar')?.flat()).toContain('Gävle kommun');
  const log = sheets.get('Händelselogg') ?? [];
  expect(log[0]).toEqual(['Tid', 'Vem', 'Händelse', 'Ändringar']);
  // Sentences, not event keys such as "budget.save"; the time a date (an Excel serial number).
  expect(log.length).toBeGreaterThan(1);
  expect(
    log
      .slice(1)
      .flat()
      .filter((cell) => typeof cell === 'string' && /^[a-z]+\.[a-zA-Z]+$/.test(cell)),
  ).toEqual([]);
  expect(log[1]?.[0]).toBeGreaterThan(45_000);
  const team = sheets.get('Team') ?? [];
  expect(team.find((row) => row[1] === 'admin@gavleborg.demo')?.slice(2, 4)).toEqual(['Administratör', 'Ja']);
  // Kronor shown as "# ##0 kr" in Swedish Excel (the "," is the group separator's placeholder).
  expect(strFromU8(unzipSync(bytes)['xl/styles.xml'] ?? new Uint8Array())).toContain(
    'formatCode="#,##0 &quot;kr&quot;"',
  );
});

test('an editor has no workbook to download', async ({ page }) => {
  await logInAt(page, 'editor@gavleborg.demo', '/f/gavleborg/administration/installningar');
  await expect(page.getByRole('button', { name: 'Ladda ned som Excel-arbetsbok' })).toHaveCount(0);
});
