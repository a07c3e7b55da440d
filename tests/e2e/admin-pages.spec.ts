import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';
import { openLoaded } from './support/open-loaded.ts';

/** Issue 24 on the administration pages: the audit log reads as Swedish, and nothing scrolls sideways at 320 px. */

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(widths.client);
}

/** Calls the API as the page's logged-in user would (same origin, session cookie). */
async function callApi(page: Page, path: string, input: unknown, method: 'GET' | 'POST' = 'GET') {
  return page.evaluate(
    async ({ path, input, method }) => {
      const url =
        method === 'GET'
          ? `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
          : `/trpc/${path}`;
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
      });
      const body = (await response.json()) as { result?: { data?: unknown } };
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      return body.result?.data;
    },
    { path, input, method },
  );
}

test('the audit log reads as Swedish sentences, with amounts in kronor', async ({ page }) => {
  await logIn(page, 'admin@gavleborg.demo');
  const interventions = (await callApi(page, 'interventions.list', {
    tenant: 'gavleborg',
    includeArchived: false,
  })) as { id: string; name: string }[];
  const intervention = interventions[0];
  if (!intervention) throw new Error('the demo förbund has no interventions');
  await callApi(
    page,
    'interventions.budget.save',
    {
      tenant: 'gavleborg',
      interventionId: intervention.id,
      year: 2031,
      totalBudget: 600_000_000,
      spendToDate: 0,
      plannedParticipants: { total: 40, women: 20, men: 20, otherUnknown: 0 },
      expectedVersion: null,
    },
    'POST',
  );

  await page.goto('/f/gavleborg/administration/logg');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
  const entry = page.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: `Insatsen ${intervention.name}: budget 2031 sparad` }),
  });
  await expect(entry).toContainText(/Budget: 6\s000\s000\skr/);
  await expect(entry).toContainText('Planerade deltagare: 40');
  await expect(entry).toContainText('Maria Berg');
  // No stored keys, öre or JSON.
  await expect(entry).not.toContainText('budget.save');
  await expect(entry).not.toContainText('600000000');
  await expect(entry).not.toContainText('{');
  await expectAccessible(page);

  // The area filter keeps to the interventions.
  await page.getByLabel('Område').selectOption({ label: 'Insatser' });
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await expect(
    page.getByRole('rowheader', { name: `Insatsen ${intervention.name}: budget 2031 sparad` }),
  ).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /^Medlemmen / })).toHaveCount(0);

  // The log scrolls in its own labelled region, reachable by keyboard, at 1280 and at 320 px
  // (the log's check at 320 px for the test below and reflow.spec.ts).
  await expect(page.getByRole('region', { name: 'Loggen' })).toHaveAttribute('tabindex', '0');
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
  await expect(page.getByRole('main').locator('.loading-status')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

/** Logg is checked the same way at 320 px in the test above; reflow.spec.ts leaves these pages to this one. */
test('no administration page scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await logIn(page, 'admin@gavleborg.demo');
  for (const [path, heading] of [
    ['/f/gavleborg/administration', 'Team'],
    ['/f/gavleborg/administration/installningar', 'Inställningar'],
    ['/profil', 'Min profil'],
  ] as const) {
    await openLoaded(page, path, heading);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  }
});

test('the platform’s förbund list has a search box and Swedish, natural order', async ({ page }) => {
  await logInAt(page, 'platform@samsyn.demo', '/plattform');
  const names = page.getByRole('region', { name: 'Förbund, tabell' }).getByRole('rowheader');
  await expect(names.first()).toBeVisible();
  const shown = await names.allTextContents();
  expect(shown).toEqual([...shown].sort(new Intl.Collator('sv', { numeric: true }).compare));
  await page.getByLabel('Sök förbund (namn eller kortnamn)').fill('insjö');
  await expect(names).toHaveText(['Samordningsförbundet Insjöriket']);
  await page.getByLabel('Sök förbund (namn eller kortnamn)').fill('finns inte');
  await expect(page.getByText('Inget förbund matchar sökningen.')).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/plattform', '/plattform/nytt-forbund', '/plattform/logg']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Laddar' })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  }
});
