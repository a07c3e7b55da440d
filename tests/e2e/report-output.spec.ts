import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/** Issue 23: the förbund's logo for its reports (settings), and a report's PDF as the browser downloads it. */

/** A 1×1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('an admin saves the logo for the reports, sees it with its alt text, and removes it after confirming', async ({
  page,
}) => {
  await logInAt(page, 'admin@gavleborg.demo', '/f/gavleborg/administration/installningar');
  const section = page.getByRole('region', { name: 'Logotyp för rapporter' });
  await expect(section.getByText('Förbundet har ingen logotyp.')).toBeVisible();

  await section.getByRole('button', { name: 'Spara logotypen' }).click();
  await expect(section.getByText('Välj en bildfil för logotypen.', { exact: true })).toBeVisible();
  await section.getByLabel('Bildfil för logotypen').setInputFiles({
    name: 'logo.gif',
    mimeType: 'image/png',
    buffer: Buffer.from('GIF89a not a png'),
  });
  await section.getByRole('button', { name: 'Spara logotypen' }).click();
  await expect(
    section.getByText('Logotypen måste vara en PNG- eller JPEG-bild.', { exact: true }),
  ).toBeVisible();

  await section.getByLabel('Bildfil för logotypen').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await section.getByRole('button', { name: 'Spara logotypen' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Logotypen är sparad.' })).toBeVisible();
  await expect(section.getByRole('img', { name: /^Logotyp för / })).toBeVisible();
  await expectAccessible(page);

  await section.getByRole('button', { name: 'Ta bort logotypen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort logotypen?' });
  await dialog.getByRole('button', { name: 'Ja, ta bort logotypen' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Logotypen är borttagen.' })).toBeVisible();
  await expect(section.getByRole('img')).toHaveCount(0);
});

test('a viewer downloads a report as a PDF, and the adopted version of a draft is not found', async ({
  page,
}) => {
  await logInAt(page, 'viewer@gavleborg.demo', '/f/gavleborg');
  const reports = await page.evaluate(async () => {
    const input = encodeURIComponent(JSON.stringify({ tenant: 'gavleborg' }));
    const response = await fetch(`/trpc/periodReports.list?input=${input}`);
    return ((await response.json()) as { result: { data: { id: string; title: string; status: string }[] } })
      .result.data;
  });
  const halfYear = reports.find((report) => report.title === 'Halvårsredovisning 2019');
  expect(halfYear).toBeDefined();
  const live = await page.request.get(`/api/period-reports/gavleborg/${halfYear?.id}/live.pdf`);
  expect(live.status()).toBe(200);
  expect(live.headers()['content-type']).toBe('application/pdf');
  expect((await live.body()).subarray(0, 5).toString()).toBe('%PDF-');
  if (halfYear?.status !== 'adopted') {
    const adopted = await page.request.get(`/api/period-reports/gavleborg/${halfYear?.id}/adopted.pdf`);
    expect(adopted.status()).toBe(404);
  }
});
